/** Support hours: when a human can answer, in the team's and the shopper's time zones. */
export * from './types.js';
export { parseHolidays, parseSupportHours, type HoursParseResult, type HoursProblem } from './parse.js';
export {
  OPENING_HORIZON_DAYS,
  businessMinutesBetween,
  isTeamOpen,
  nextOpening,
  teamsSpeaking,
  type BusinessTimeOptions,
  type NextOpening,
  type NextOpeningInput,
  type TeamOpening,
} from './availability.js';
export { teamOpenIntervals, type OpenInterval } from './intervals.js';
export { describeAvailability, type AvailabilityDescription, type AvailabilityKind, type DescribeOptions } from './describe.js';
export { zonedParts, zonedTimeToInstant, isValidTimeZone, type ZonedParts } from './zoned-time.js';

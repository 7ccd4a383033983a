/**
 * Turns a team's weekly schedule and holidays into concrete open intervals (UTC instants). Every
 * schedule range is placed on its local date in the team's zone, so DST changes shift the UTC
 * times by themselves. A shift belongs to the day it starts on, like the schedule lists it: a
 * holiday cancels the shifts that start on its dates, and an overnight shift that started the
 * evening before runs to its end.
 */
import { WEEKDAYS, type Holiday, type SupportTeam } from './types.js';
import { addDays, weekdayOf, zonedParts, zonedTimeToInstant } from './zoned-time.js';

export interface OpenInterval {
  /** Epoch milliseconds, inclusive. */
  start: number;
  /** Epoch milliseconds, exclusive. */
  end: number;
}

const DAY = 86_400_000;

const minutesOf = (clock: string): number => {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

export function holidayApplies(holiday: Holiday, team: SupportTeam): boolean {
  return holiday.teams === undefined || holiday.teams.includes(team.id);
}

/** The team's open intervals overlapping [from, to), merged and sorted. */
export function teamOpenIntervals(team: SupportTeam, holidays: readonly Holiday[], from: number, to: number): OpenInterval[] {
  // Start a day early so an overnight shift that began yesterday is included.
  const firstDate = addDays(zonedParts(from, team.timezone).date, -1);
  const lastDate = zonedParts(to, team.timezone).date;
  const teamHolidays = holidays.filter((h) => holidayApplies(h, team));
  const open: OpenInterval[] = [];
  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    if (teamHolidays.some((h) => h.start <= date && date <= h.end)) continue;
    const weekday = WEEKDAYS[weekdayOf(date)];
    for (const [startClock, endClock] of weekday ? team.schedule[weekday] : []) {
      const start = minutesOf(startClock);
      let end = minutesOf(endClock);
      if (end <= start) end += 24 * 60;
      open.push({ start: zonedTimeToInstant(date, start, team.timezone), end: zonedTimeToInstant(date, end, team.timezone) });
    }
  }
  return merge(open).filter((i) => i.end > from && i.start < to);
}

/** Sorted, with overlapping or touching intervals joined (a 24/7 team is one long interval). */
export function merge(intervals: OpenInterval[]): OpenInterval[] {
  const sorted = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: OpenInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Horizon helper: `days` whole days after an instant. */
export const daysAfter = (instant: number, days: number): number => instant + days * DAY;

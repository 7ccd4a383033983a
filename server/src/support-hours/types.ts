/**
 * Support-hours shapes, exactly as in a store directory's `store.json` (`support_hours`,
 * `holidays`). Times are local to each team's IANA time zone.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `[start, end]` as "HH:MM"; an end at or before the start runs past midnight; "24:00" is midnight. */
export type TimeRange = [string, string];

/** Each weekday maps to its open ranges; an empty list means closed all day. */
export type WeeklySchedule = Record<Weekday, TimeRange[]>;

export interface SupportTeam {
  id: string;
  name: string;
  timezone: string;
  /** BCP 47 tags the team answers in ("en", "zh-CN"). */
  languages: string[];
  schedule: WeeklySchedule;
}

export interface SupportHours {
  assistant: { description: string; always_on: boolean };
  teams: SupportTeam[];
  /** Topics only a human may handle (wholesale, press, data deletion). */
  human_only_topics: string[];
}

/** Inclusive local dates ("YYYY-MM-DD") without human support: shifts starting on them do not happen. */
export interface Holiday {
  name: string;
  start: string;
  end: string;
  /** Team ids; absent means every team. */
  teams?: string[];
}

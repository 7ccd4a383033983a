/**
 * Validates `support_hours` and `holidays` from store.json, naming the first bad field
 * (`teams[1].schedule.mon[0][1]`) so a store owner knows what to fix.
 */
import { WEEKDAYS, type Holiday, type SupportHours, type SupportTeam, type TimeRange, type WeeklySchedule } from './types.js';
import { isValidTimeZone } from './zoned-time.js';

export interface HoursProblem {
  path: string;
  message: string;
}

export type HoursParseResult<T> = { ok: true; value: T } | { ok: false; problem: HoursProblem };

class FieldError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

export function parseSupportHours(value: unknown): HoursParseResult<SupportHours> {
  return attempt(() => {
    const raw = object(value, 'support_hours');
    const assistant = object(raw.assistant ?? { description: '', always_on: true }, 'support_hours.assistant');
    const teams = array(raw.teams, 'support_hours.teams').map((t, i) => readTeam(t, `support_hours.teams[${i}]`));
    const ids = new Set<string>();
    teams.forEach((team, i) => {
      if (ids.has(team.id)) throw new FieldError(`support_hours.teams[${i}].id`, `"${team.id}" appears twice`);
      ids.add(team.id);
    });
    return {
      assistant: {
        description: typeof assistant.description === 'string' ? assistant.description : '',
        always_on: assistant.always_on !== false,
      },
      teams,
      human_only_topics: array(raw.human_only_topics ?? [], 'support_hours.human_only_topics').map((t, i) =>
        string(t, `support_hours.human_only_topics[${i}]`),
      ),
    };
  });
}

export function parseHolidays(value: unknown): HoursParseResult<Holiday[]> {
  return attempt(() =>
    array(value, 'holidays').map((h, i) => {
      const at = `holidays[${i}]`;
      const raw = object(h, at);
      const start = isoDate(raw.start, `${at}.start`);
      const end = isoDate(raw.end, `${at}.end`);
      if (end < start) throw new FieldError(`${at}.end`, `ends before it starts (${start})`);
      const holiday: Holiday = { name: string(raw.name, `${at}.name`), start, end };
      if (raw.teams !== undefined) holiday.teams = array(raw.teams, `${at}.teams`).map((t, j) => string(t, `${at}.teams[${j}]`));
      return holiday;
    }),
  );
}

function readTeam(value: unknown, at: string): SupportTeam {
  const raw = object(value, at);
  const timezone = string(raw.timezone, `${at}.timezone`);
  if (!isValidTimeZone(timezone)) throw new FieldError(`${at}.timezone`, `"${timezone}" is not an IANA time zone`);
  const scheduleRaw = object(raw.schedule, `${at}.schedule`);
  const schedule = {} as WeeklySchedule;
  for (const day of WEEKDAYS) {
    const ranges = scheduleRaw[day] === undefined ? [] : array(scheduleRaw[day], `${at}.schedule.${day}`);
    schedule[day] = ranges.map((r, i) => readRange(r, `${at}.schedule.${day}[${i}]`));
  }
  for (const key of Object.keys(scheduleRaw)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) throw new FieldError(`${at}.schedule.${key}`, 'is not a weekday (mon…sun)');
  }
  return {
    id: string(raw.id, `${at}.id`),
    name: string(raw.name, `${at}.name`),
    timezone,
    languages: array(raw.languages ?? [], `${at}.languages`).map((l, i) => string(l, `${at}.languages[${i}]`)),
    schedule,
  };
}

function readRange(value: unknown, at: string): TimeRange {
  const list = array(value, at);
  if (list.length !== 2) throw new FieldError(at, 'must be ["HH:MM", "HH:MM"]');
  const start = clock(list[0], `${at}[0]`);
  const end = clock(list[1], `${at}[1]`);
  if (start === end && start !== '00:00') throw new FieldError(`${at}[1]`, 'an empty range; use ["00:00", "24:00"] for all day');
  return [start, end];
}

function clock(value: unknown, at: string): string {
  const text = string(value, at);
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match || (match[1] === '24' && match[2] !== '00')) throw new FieldError(at, `"${text}" is not a time (HH:MM)`);
  return text;
}

function isoDate(value: unknown, at: string): string {
  const text = string(value, at);
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new FieldError(at, `"${text}" is not a date (YYYY-MM-DD)`);
  }
  return text;
}

function attempt<T>(read: () => T): HoursParseResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, problem: { path: err.path, message: err.message } };
    throw err;
  }
}

function object(value: unknown, at: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FieldError(at, 'must be an object');
  return value as Json;
}

function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new FieldError(at, 'must be a list');
  return value;
}

function string(value: unknown, at: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new FieldError(at, 'must be a non-empty string');
  return value;
}

/**
 * Time helpers for fixture data: every timestamp in the store carries the UTC offset of the place
 * it belongs to (store, warehouse, scan location), computed with the IANA zone rules so daylight
 * saving time is right on both sides of the October change.
 */

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatterCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatterCache.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const parts = partsFormatter(timeZone).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Offset of `timeZone` from UTC at instant `ms`, in minutes (e.g. +60 for Amsterdam in winter). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the zone's offset: 2026-11-06T05:30:00+01:00. */
export function zonedIso(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  const off = offsetMinutes(ms, timeZone);
  const sign = off >= 0 ? '+' : '-';
  return (
    `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
  );
}

/** Local calendar date (YYYY-MM-DD) of instant `ms` in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The instant at which the wall clock in `timeZone` shows `local` ("2026-11-06 05:30[:ss]"). */
export function fromZoned(local: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`bad local time "${local}"`);
  const [, y, mo, d, h, mi, s] = m;
  const guess = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'));
  // Two passes settle the offset even right after a DST change.
  let ms = guess - offsetMinutes(guess, timeZone) * 60000;
  ms = guess - offsetMinutes(ms, timeZone) * 60000;
  return ms;
}

const DAY_MS = 86_400_000;

/** Adds `n` business days (Mon–Fri) to a YYYY-MM-DD date. */
export function addBusinessDays(date: string, n: number): string {
  let ms = Date.parse(`${date}T12:00:00Z`);
  let left = n;
  while (left > 0) {
    ms += DAY_MS;
    const dow = new Date(ms).getUTCDay();
    if (dow !== 0 && dow !== 6) left--;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

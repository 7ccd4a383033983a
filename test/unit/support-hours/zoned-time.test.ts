import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf, zonedParts, zonedTimeToInstant } from '../../../server/src/support-hours/zoned-time.js';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('zonedParts', () => {
  it('gives the local date, time and weekday (0 = Monday)', () => {
    expect(zonedParts(at('2026-11-20T17:00:00Z'), 'Asia/Tokyo')).toEqual({ date: '2026-11-21', hour: 2, minute: 0, weekday: 5 });
    expect(zonedParts(at('2026-11-20T17:00:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-11-21', hour: 1, minute: 0, weekday: 5 });
    expect(zonedParts(at('2026-07-01T08:30:00Z'), 'Europe/Lisbon')).toMatchObject({ hour: 9, minute: 30 });
    expect(zonedParts(at('2026-01-15T08:30:00Z'), 'Europe/Lisbon')).toMatchObject({ hour: 8, minute: 30 });
    expect(zonedParts(at('2026-11-22T23:59:00Z'), 'UTC')).toEqual({ date: '2026-11-22', hour: 23, minute: 59, weekday: 6 });
    expect(zonedParts(at('2026-11-23T00:00:00Z'), 'UTC')).toEqual({ date: '2026-11-23', hour: 0, minute: 0, weekday: 0 });
  });
});

describe('zonedTimeToInstant', () => {
  it('applies the offset in force on that date (Lisbon around the March change)', () => {
    expect(iso(zonedTimeToInstant('2026-03-27', 9 * 60, 'Europe/Lisbon'))).toBe('2026-03-27T09:00:00.000Z');
    expect(iso(zonedTimeToInstant('2026-03-30', 9 * 60, 'Europe/Lisbon'))).toBe('2026-03-30T08:00:00.000Z');
    expect(iso(zonedTimeToInstant('2026-10-23', 9 * 60, 'Europe/Lisbon'))).toBe('2026-10-23T08:00:00.000Z');
    expect(iso(zonedTimeToInstant('2026-10-26', 9 * 60, 'Europe/Lisbon'))).toBe('2026-10-26T09:00:00.000Z');
  });

  it('moves a skipped time forward by the gap and takes the earlier of a repeated time', () => {
    // Lisbon skips 01:00–02:00 on 29 March 2026 and repeats 01:00–02:00 on 25 October 2026.
    expect(iso(zonedTimeToInstant('2026-03-29', 90, 'Europe/Lisbon'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedTimeToInstant('2026-10-25', 90, 'Europe/Lisbon'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedTimeToInstant('2026-03-08', 150, 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(zonedTimeToInstant('2026-11-01', 90, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles fractional offsets, midnight as 24:00 and zones without DST', () => {
    expect(iso(zonedTimeToInstant('2026-11-20', 9 * 60, 'Asia/Kolkata'))).toBe('2026-11-20T03:30:00.000Z');
    expect(iso(zonedTimeToInstant('2026-11-20', 9 * 60, 'Asia/Kathmandu'))).toBe('2026-11-20T03:15:00.000Z');
    expect(iso(zonedTimeToInstant('2026-11-20', 24 * 60, 'Asia/Shanghai'))).toBe('2026-11-20T16:00:00.000Z');
    expect(iso(zonedTimeToInstant('2026-12-31', 26 * 60, 'Asia/Shanghai'))).toBe('2026-12-31T18:00:00.000Z');
  });
});

describe('calendar helpers', () => {
  it('adds days across months and years and counts days between dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-11-20')).toBe(4);
    expect(weekdayOf('2026-11-22')).toBe(6);
    expect(daysBetween('2026-11-20', '2026-11-23')).toBe(3);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

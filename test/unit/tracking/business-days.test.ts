import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  holidayDates,
  isBusinessDay,
  localDate,
} from '../../../server/src/time/business-days.js';

const NY = { timeZone: 'America/New_York' };

describe('localDate', () => {
  it('is the date where the instant happened, not the UTC date', () => {
    const friday = '2026-11-20T23:30:00-08:00';
    expect(localDate(friday, 'America/Los_Angeles')).toBe('2026-11-20');
    expect(localDate(friday, 'UTC')).toBe('2026-11-21');
    expect(localDate(friday, 'Asia/Shanghai')).toBe('2026-11-21');
  });

  it('differs by two days across the date line', () => {
    const instant = '2026-11-20T10:00:00Z';
    expect(localDate(instant, 'Pacific/Kiritimati')).toBe('2026-11-21'); // UTC+14
    expect(localDate(instant, 'Pacific/Pago_Pago')).toBe('2026-11-19'); // UTC−11
  });

  it('handles the 25-hour day when DST ends (1 November 2026 in the US)', () => {
    expect(localDate('2026-11-01T07:30:00Z', 'America/Los_Angeles')).toBe('2026-11-01'); // 00:30 PDT
    expect(localDate('2026-11-02T07:30:00Z', 'America/Los_Angeles')).toBe('2026-11-01'); // 23:30 PST
    expect(localDate('2026-03-29T00:30:00Z', 'Europe/Berlin')).toBe('2026-03-29'); // spring-forward night
  });

  it('rejects invalid instants and zones', () => {
    expect(() => localDate('not a date', 'UTC')).toThrow(RangeError);
    expect(() => localDate('2026-11-20T10:00:00Z', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('addBusinessDays', () => {
  it('skips weekends; the start day never counts', () => {
    expect(addBusinessDays('2026-11-20', 1, NY)).toBe('2026-11-23'); // Fri → Mon
    expect(addBusinessDays('2026-11-16', 2, NY)).toBe('2026-11-18'); // Mon → Wed
    expect(addBusinessDays('2026-11-21', 1, NY)).toBe('2026-11-23'); // Sat → Mon
    expect(addBusinessDays('2026-11-20', 0, NY)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-23', -1, NY)).toBe('2026-11-20');
  });

  it('skips holidays given as dates or inclusive ranges', () => {
    expect(addBusinessDays('2026-11-25', 1, { ...NY, holidays: ['2026-11-26'] })).toBe('2026-11-27');
    const range = { timeZone: 'Asia/Shanghai', holidays: [{ start: '2027-02-08', end: '2027-02-12' }] };
    expect(addBusinessDays('2027-02-05', 1, range)).toBe('2027-02-15');
    expect(holidayDates([{ start: '2027-02-27', end: '2027-03-02' }])).toEqual(new Set(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']));
  });

  it('supports other weekends (Friday–Saturday)', () => {
    const gulf = { timeZone: 'Asia/Riyadh', weekend: [5, 6] };
    expect(addBusinessDays('2026-11-19', 1, gulf)).toBe('2026-11-22'); // Thu → Sun
    expect(isBusinessDay('2026-11-22', gulf)).toBe(true);
  });

  it('counts an instant from its local date in the given zone', () => {
    const thursdayNightInLa = '2026-11-19T23:30:00-08:00'; // already Friday afternoon in Shanghai
    expect(addBusinessDays(thursdayNightInLa, 1, { timeZone: 'America/Los_Angeles' })).toBe('2026-11-20');
    expect(addBusinessDays(thursdayNightInLa, 1, { timeZone: 'Asia/Shanghai' })).toBe('2026-11-23');
  });

  it('is not shifted by DST changes inside the interval', () => {
    expect(addBusinessDays('2026-10-30', 1, { timeZone: 'Europe/Berlin' })).toBe('2026-11-02');
    expect(addBusinessDays('2026-03-06', 5, { timeZone: 'America/New_York' })).toBe('2026-03-13');
  });

  it('rejects fractional days and a week without business days', () => {
    expect(() => addBusinessDays('2026-11-20', 1.5, NY)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-11-20', 1, { ...NY, weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError);
  });
});

describe('businessDaysBetween', () => {
  it('counts business days in (a, b], negative when b is earlier', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-23', NY)).toBe(1);
    expect(businessDaysBetween('2026-11-20', '2026-11-22', NY)).toBe(0);
    expect(businessDaysBetween('2026-11-23', '2026-11-20', NY)).toBe(-1);
    expect(businessDaysBetween('2026-11-20', '2026-11-20', NY)).toBe(0);
    expect(businessDaysBetween('2026-11-20', '2026-11-30', { ...NY, holidays: ['2026-11-26'] })).toBe(5);
  });

  it('inverts addBusinessDays from any start, over weekends and holidays', () => {
    const options = { timeZone: 'Europe/Madrid', holidays: ['2026-12-08', '2026-12-25', '2027-01-01', '2027-01-06'] };
    for (const start of ['2026-11-28', '2026-12-04', '2026-12-07', '2026-12-24', '2026-12-31']) {
      for (let n = 0; n <= 25; n++) {
        expect(businessDaysBetween(start, addBusinessDays(start, n, options), options)).toBe(n);
      }
    }
  });
});

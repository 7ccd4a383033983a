import { describe, expect, it } from 'vitest';
import { BusinessClock } from '../../../server/src/insights/reports/business-time.js';
import { businessMinutesBetween } from '../../../server/src/support-hours/index.js';
import type { SupportTeam } from '../../../server/src/support-hours/types.js';

const weekdays = (open: string, close: string) => ({ mon: [[open, close]], tue: [[open, close]], wed: [[open, close]], thu: [[open, close]], fri: [[open, close]], sat: [], sun: [] }) as SupportTeam['schedule'];
const madrid: SupportTeam = { id: 'madrid', name: 'Madrid', timezone: 'Europe/Madrid', languages: ['es'], schedule: weekdays('09:00', '18:00') };
const tokyo: SupportTeam = { id: 'tokyo', name: 'Tokyo', timezone: 'Asia/Tokyo', languages: ['ja'], schedule: { ...weekdays('09:00', '18:00'), sat: [['10:00', '14:00']] } };
const at = (iso: string) => Date.parse(iso);

describe('BusinessClock', () => {
  it('counts only open minutes: Friday 16:00Z to Monday 08:10Z in Madrid is 60 + 10', () => {
    const clock = new BusinessClock({ teams: [madrid], holidays: [] }, at('2027-01-01T00:00:00Z'), at('2027-01-31T00:00:00Z'));
    expect(clock.minutesBetween(at('2027-01-08T16:00:00Z'), at('2027-01-11T08:10:00Z'))).toBe(70);
    expect(clock.minutesBetween(at('2027-01-09T10:00:00Z'), at('2027-01-09T12:00:00Z'))).toBe(0); // Saturday
    expect(clock.minutesBetween(at('2027-01-11T09:00:00Z'), at('2027-01-11T08:00:00Z'))).toBe(0); // reversed
  });

  it('skips holidays and counts overlapping teams once', () => {
    const holidays = [{ name: 'Epiphany', start: '2027-01-06', end: '2027-01-06', teams: ['madrid'] }];
    const clock = new BusinessClock({ teams: [madrid], holidays }, at('2027-01-01T00:00:00Z'), at('2027-01-31T00:00:00Z'));
    expect(clock.minutesBetween(at('2027-01-05T16:00:00Z'), at('2027-01-07T09:00:00Z'))).toBe(60 + 60); // Tue 16–17Z, Thu 08–09Z
    const both = new BusinessClock({ teams: [madrid, madrid], holidays: [] }, at('2027-01-01T00:00:00Z'), at('2027-01-31T00:00:00Z'));
    expect(both.minutesBetween(at('2027-01-04T08:00:00Z'), at('2027-01-04T17:00:00Z'))).toBe(540);
  });

  it('is wall-clock time for a store without teams', () => {
    const clock = new BusinessClock({ teams: [], holidays: [] }, 0, 1);
    expect(clock.alwaysOpen).toBe(true);
    expect(clock.minutesBetween(at('2027-01-09T10:00:00Z'), at('2027-01-09T12:30:00Z'))).toBe(150);
  });

  it('agrees with the SLA calculation (businessMinutesBetween) on random intervals across DST changes', () => {
    const teams = [madrid, tokyo];
    const from = at('2027-03-01T00:00:00Z');
    const to = at('2027-04-30T00:00:00Z');
    const clock = new BusinessClock({ teams, holidays: [] }, from, to);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 200; i++) {
      const a = from + random() * (to - from - 10 * 86_400_000);
      const b = a + random() * 10 * 86_400_000;
      expect(clock.minutesBetween(a, b)).toBeCloseTo(businessMinutesBetween(new Date(a), new Date(b), { teams, holidays: [] }), 3);
    }
  });
});

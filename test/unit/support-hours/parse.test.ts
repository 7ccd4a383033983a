import { describe, expect, it } from 'vitest';
import { parseHolidays, parseSupportHours } from '../../../server/src/support-hours/index.js';
import { RAW_HOLIDAYS, RAW_SUPPORT_HOURS } from './teams.js';

type Raw = { teams: { id: string; timezone: string; schedule: Record<string, unknown> }[] } & Record<string, unknown>;
const raw = (): Raw => structuredClone(RAW_SUPPORT_HOURS) as unknown as Raw;

function problem(result: { ok: boolean; problem?: { path: string; message: string } }): { path: string; message: string } {
  if (result.ok || !result.problem) throw new Error('expected a problem');
  return result.problem;
}

describe('parseSupportHours', () => {
  it('parses teams, fills missing weekdays as closed and keeps the topics', () => {
    const result = parseSupportHours(raw());
    if (!result.ok) throw new Error(result.problem.path);
    expect(result.value.teams.map((t) => t.id)).toEqual(['shenzhen', 'lisbon', 'night']);
    expect(result.value.teams[2]!.schedule.sun).toEqual([]);
    expect(result.value.teams[2]!.schedule.sat).toEqual([
      ['10:00', '12:00'],
      ['14:00', '16:00'],
    ]);
    expect(result.value.human_only_topics).toEqual(['wholesale', 'press', 'data_deletion']);
    expect(result.value.assistant.always_on).toBe(true);
  });

  it('names a bad time, an unknown zone, an unknown weekday and a duplicate id', () => {
    const time = raw();
    time.teams[1]!.schedule.mon = [['9:00', '17:00']];
    expect(problem(parseSupportHours(time))).toEqual({ path: 'support_hours.teams[1].schedule.mon[0][0]', message: '"9:00" is not a time (HH:MM)' });

    const zone = raw();
    zone.teams[0]!.timezone = 'China/Shenzhen';
    expect(problem(parseSupportHours(zone)).path).toBe('support_hours.teams[0].timezone');

    const day = raw();
    day.teams[0]!.schedule.monday = [];
    expect(problem(parseSupportHours(day))).toEqual({ path: 'support_hours.teams[0].schedule.monday', message: 'is not a weekday (mon…sun)' });

    const duplicate = raw();
    duplicate.teams[2]!.id = 'lisbon';
    expect(problem(parseSupportHours(duplicate)).path).toBe('support_hours.teams[2].id');

    const empty = raw();
    empty.teams[0]!.schedule.tue = [['09:00', '09:00']];
    expect(problem(parseSupportHours(empty)).path).toBe('support_hours.teams[0].schedule.tue[0][1]');
  });

  it('accepts 24:00 as the end of a day', () => {
    const allDay = raw();
    allDay.teams[0]!.schedule.sun = [['00:00', '24:00']];
    expect(parseSupportHours(allDay).ok).toBe(true);
    allDay.teams[0]!.schedule.sun = [['00:00', '24:30']];
    expect(parseSupportHours(allDay).ok).toBe(false);
  });
});

describe('parseHolidays', () => {
  it('parses inclusive date ranges', () => {
    const result = parseHolidays(RAW_HOLIDAYS);
    expect(result.ok && result.value[1]).toEqual({ name: 'Spring Festival', start: '2027-02-05', end: '2027-02-13', teams: ['shenzhen'] });
  });

  it('names impossible dates and ranges that end before they start', () => {
    expect(problem(parseHolidays([{ name: 'x', start: '2027-02-30', end: '2027-03-01' }]))).toEqual({
      path: 'holidays[0].start',
      message: '"2027-02-30" is not a date (YYYY-MM-DD)',
    });
    expect(problem(parseHolidays([{ name: 'x', start: '2027-03-02', end: '2027-03-01' }])).path).toBe('holidays[0].end');
    expect(problem(parseHolidays({})).path).toBe('holidays');
  });
});

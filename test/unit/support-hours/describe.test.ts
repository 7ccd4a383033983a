import { describe, expect, it } from 'vitest';
import { describeAvailability, nextOpening } from '../../../server/src/support-hours/index.js';
import { dayTeams, holidays, lisbon, teams } from './teams.js';

/** ICU puts narrow no-break spaces in some times ("5:00 PM"); compare with plain spaces. */
const plain = (text: string | undefined): string | undefined => text?.replace(/[\u202f\u00a0]/g, ' ');

function describeFor(nowIso: string, language: string | undefined, shopperTimeZone: string, locale: string) {
  const now = new Date(nowIso);
  const opening = nextOpening({ teams, holidays, now, ...(language ? { language } : {}) });
  return describeAvailability(opening, { shopperTimeZone, locale, now });
}

describe('describeAvailability', () => {
  it('describes the opening on the shopper calendar: Tokyo at 02:00 Saturday → today 10:00', () => {
    const result = describeFor('2026-11-20T17:00:00Z', 'ja', 'Asia/Tokyo', 'ja');
    expect(result).toMatchObject({
      kind: 'today',
      teamId: 'shenzhen',
      weekday: '土曜日',
      time: '10:00',
      localDate: '2026-11-21',
      localTime: '10:00',
      daysAhead: 0,
      timeZone: 'Asia/Tokyo',
    });
    expect(result.at?.toISOString()).toBe('2026-11-21T01:00:00.000Z');
  });

  it('says "back Monday 10:00 your time" to a German shopper on Friday evening', () => {
    expect(describeFor('2026-11-20T17:00:00Z', 'de', 'Europe/Berlin', 'de')).toMatchObject({
      kind: 'weekday',
      teamId: 'lisbon',
      weekday: 'Montag',
      time: '10:00',
      date: '23.11.2026',
      daysAhead: 3,
    });
  });

  it('uses the shopper zone even when it is a different day there', () => {
    // Lisbon opens Monday 09:00 UTC: Sunday 23:00 in Honolulu, Monday 22:00 in Auckland.
    const now = new Date('2026-11-20T17:00:00Z');
    const opening = nextOpening({ teams: [lisbon], holidays, now });
    const honolulu = describeAvailability(opening, { shopperTimeZone: 'Pacific/Honolulu', locale: 'en', now });
    expect(honolulu).toMatchObject({ kind: 'weekday', weekday: 'Sunday', localTime: '23:00', daysAhead: 2 });
    const auckland = describeAvailability(opening, { shopperTimeZone: 'Pacific/Auckland', locale: 'en', now });
    expect(auckland).toMatchObject({ kind: 'weekday', weekday: 'Monday', localTime: '22:00', daysAhead: 2 });
  });

  it('is "today" for a Los Angeles shopper on Sunday morning when Shenzhen opens Monday', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const opening = nextOpening({ teams: dayTeams, holidays, now, language: 'en' });
    const result = describeAvailability(opening, { shopperTimeZone: 'America/Los_Angeles', locale: 'en', now });
    expect(result).toMatchObject({ kind: 'today', weekday: 'Sunday', localTime: '17:00' });
    expect(plain(result.time)).toBe('5:00 PM');
  });

  it('is "tomorrow" late on Friday evening in Tokyo', () => {
    expect(describeFor('2026-11-20T14:00:00Z', 'ja', 'Asia/Tokyo', 'ja')).toMatchObject({ kind: 'tomorrow', localTime: '10:00', daysAhead: 1 });
  });

  it('gives a date beyond the coming week', () => {
    expect(describeFor('2027-02-04T18:00:00Z', 'ja', 'Asia/Tokyo', 'ja')).toMatchObject({
      kind: 'date',
      date: '2027/02/15',
      localDate: '2027-02-15',
      daysAhead: 10,
    });
  });

  it('describes when an open team closes', () => {
    expect(describeFor('2026-11-20T10:00:00Z', 'de', 'Europe/Berlin', 'de')).toMatchObject({
      kind: 'open_now',
      teamId: 'lisbon',
      weekday: 'Freitag',
      time: '18:00',
      daysAhead: 0,
    });
  });

  it('is "unavailable" when nobody opens within the horizon', () => {
    const now = new Date('2027-01-04T10:00:00Z');
    const closure = [{ name: 'Closed', start: '2027-01-01', end: '2027-12-31' }];
    const opening = nextOpening({ teams, holidays: closure, now });
    expect(describeAvailability(opening, { shopperTimeZone: 'Europe/Paris', locale: 'fr', now })).toEqual({
      kind: 'unavailable',
      timeZone: 'Europe/Paris',
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  businessMinutesBetween,
  isTeamOpen,
  nextOpening,
  teamsSpeaking,
  zonedTimeToInstant,
  type SupportTeam,
} from '../../../server/src/support-hours/index.js';
import { dayTeams, holidays, lisbon, night, shenzhen, teams } from './teams.js';

const at = (iso: string): Date => new Date(iso);
const isoOf = (d: Date | null | undefined): string | null | undefined => (d ? d.toISOString() : d);

describe('isTeamOpen', () => {
  it('follows the schedule in the team zone, with the end of a range exclusive', () => {
    expect(isTeamOpen(shenzhen, at('2026-11-20T10:00:00Z'), holidays)).toBe(true); // Fri 18:00 Shanghai
    expect(isTeamOpen(shenzhen, at('2026-11-20T01:00:00Z'), holidays)).toBe(true); // 09:00
    expect(isTeamOpen(shenzhen, at('2026-11-20T00:59:00Z'), holidays)).toBe(false);
    expect(isTeamOpen(shenzhen, at('2026-11-20T13:00:00Z'), holidays)).toBe(false); // 21:00
    expect(isTeamOpen(shenzhen, at('2026-11-22T03:00:00Z'), holidays)).toBe(false); // Sunday
    expect(isTeamOpen(lisbon, at('2026-11-21T10:00:00Z'), holidays)).toBe(false); // Saturday
  });

  it('keeps an overnight shift open past midnight', () => {
    expect(isTeamOpen(night, at('2026-11-24T04:00:00Z'), holidays)).toBe(true); // Mon 23:00 New York
    expect(isTeamOpen(night, at('2026-11-24T06:00:00Z'), holidays)).toBe(true); // Tue 01:00, Monday's shift
    expect(isTeamOpen(night, at('2026-11-24T08:00:00Z'), holidays)).toBe(false); // Tue 03:00
    expect(isTeamOpen(night, at('2026-11-23T06:00:00Z'), holidays)).toBe(false); // Mon 01:00: Sunday has no shift
  });

  it('cancels the shifts that start on a holiday, not the one that started the evening before', () => {
    expect(isTeamOpen(night, at('2026-12-04T06:00:00Z'), holidays)).toBe(true); // Fri 01:00, Thursday's shift
    expect(isTeamOpen(night, at('2026-12-05T04:00:00Z'), holidays)).toBe(false); // Fri 23:00, offsite
    expect(isTeamOpen(night, at('2026-12-05T04:00:00Z'), [])).toBe(true);
    expect(isTeamOpen(lisbon, at('2026-12-25T10:00:00Z'), holidays)).toBe(false);
    expect(isTeamOpen(shenzhen, at('2026-12-25T03:00:00Z'), holidays)).toBe(true); // holiday is Lisbon's only
  });

  it('moves with Lisbon summer time (last Sundays of March and October)', () => {
    expect(isTeamOpen(lisbon, at('2026-03-27T08:30:00Z'), holidays)).toBe(false); // Fri 08:30 WET
    expect(isTeamOpen(lisbon, at('2026-03-30T08:30:00Z'), holidays)).toBe(true); // Mon 09:30 WEST
    expect(isTeamOpen(lisbon, at('2026-10-23T16:30:00Z'), holidays)).toBe(false); // Fri 17:30 WEST
    expect(isTeamOpen(lisbon, at('2026-10-26T16:30:00Z'), holidays)).toBe(true); // Mon 16:30 WET
  });
});

describe('nextOpening', () => {
  it('finds the Shenzhen team for a Japanese shopper at 02:00 Saturday Tokyo time', () => {
    const result = nextOpening({ teams, holidays, now: at('2026-11-20T17:00:00Z'), language: 'ja' });
    expect(result.team?.id).toBe('shenzhen');
    expect(result).toMatchObject({ openNow: false, languageMatched: true });
    expect(isoOf(result.opensAt)).toBe('2026-11-21T01:00:00.000Z'); // Sat 09:00 Shanghai
    expect(isoOf(result.closesAt)).toBe('2026-11-21T13:00:00.000Z');
    expect(result.soonerInOtherLanguage).toBeUndefined();
  });

  it('prefers the team that speaks the language and mentions an earlier team in another language', () => {
    const result = nextOpening({ teams, holidays, now: at('2026-11-20T17:00:00Z'), language: 'de' });
    expect(result.team?.id).toBe('lisbon');
    expect(isoOf(result.opensAt)).toBe('2026-11-23T09:00:00.000Z'); // Monday 09:00 Lisbon
    expect(result.soonerInOtherLanguage?.team.id).toBe('shenzhen');
    expect(isoOf(result.soonerInOtherLanguage?.opensAt)).toBe('2026-11-21T01:00:00.000Z');
  });

  it('reports a team open now with the time it closes', () => {
    const now = at('2026-11-20T10:00:00Z');
    const german = nextOpening({ teams, holidays, now, language: 'de' });
    expect(german).toMatchObject({ openNow: true, languageMatched: true });
    expect(german.team?.id).toBe('lisbon');
    expect(isoOf(german.opensAt)).toBe('2026-11-20T10:00:00.000Z');
    expect(isoOf(german.closesAt)).toBe('2026-11-20T17:00:00.000Z');
    const chinese = nextOpening({ teams, holidays, now, language: 'zh' });
    expect(chinese.team?.id).toBe('shenzhen');
    expect(isoOf(chinese.closesAt)).toBe('2026-11-20T13:00:00.000Z');
  });

  it('falls back to any team when nobody speaks the language, choosing the one open longest', () => {
    const result = nextOpening({ teams, holidays, now: at('2026-11-20T10:00:00Z'), language: 'ar' });
    expect(result).toMatchObject({ openNow: true, languageMatched: false });
    expect(result.team?.id).toBe('lisbon');
  });

  it('skips Sunday', () => {
    const result = nextOpening({ teams: dayTeams, holidays, now: at('2026-11-22T12:00:00Z'), language: 'en' });
    expect(result.team?.id).toBe('shenzhen');
    expect(isoOf(result.opensAt)).toBe('2026-11-23T01:00:00.000Z');
  });

  it('skips a one-day holiday and the weekend after it', () => {
    const result = nextOpening({ teams, holidays, now: at('2026-12-24T18:00:00Z'), language: 'fr' });
    expect(result.team?.id).toBe('lisbon');
    expect(isoOf(result.opensAt)).toBe('2026-12-28T09:00:00.000Z');
  });

  it('skips a nine-day closure', () => {
    // Thu 4 Feb 18:00 UTC: Shenzhen 02:00 Fri, Lisbon closed since 17:00, New York 13:00.
    const result = nextOpening({ teams, holidays, now: at('2027-02-04T18:00:00Z'), language: 'ja' });
    expect(result.team?.id).toBe('shenzhen');
    expect(isoOf(result.opensAt)).toBe('2027-02-15T01:00:00.000Z'); // 14 Feb is a Sunday
    expect(result.soonerInOtherLanguage?.team.id).toBe('night');
    expect(isoOf(result.soonerInOtherLanguage?.opensAt)).toBe('2027-02-05T03:00:00.000Z'); // Thu 22:00 New York
  });

  it('opens on Monday at the summer-time hour after the March change', () => {
    const spring = nextOpening({ teams: [lisbon], holidays, now: at('2026-03-27T18:00:00Z') });
    expect(isoOf(spring.opensAt)).toBe('2026-03-30T08:00:00.000Z');
    const autumn = nextOpening({ teams: [lisbon], holidays, now: at('2026-10-23T17:30:00Z') });
    expect(isoOf(autumn.opensAt)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('handles several ranges in a day', () => {
    const result = nextOpening({ teams: [night], holidays, now: at('2026-11-28T17:30:00Z') }); // Sat 12:30 New York
    expect(isoOf(result.opensAt)).toBe('2026-11-28T19:00:00.000Z');
    expect(isoOf(result.closesAt)).toBe('2026-11-28T21:00:00.000Z');
  });

  it('returns null when nobody opens within 60 days, falling back to another language first', () => {
    const closure = [{ name: 'Sabbatical', start: '2027-01-01', end: '2027-04-30', teams: ['lisbon'] }];
    const now = at('2027-01-04T10:00:00Z');
    expect(nextOpening({ teams: [lisbon], holidays: closure, now })).toEqual({
      openNow: false,
      team: null,
      opensAt: null,
      languageMatched: false,
    });
    const fallback = nextOpening({ teams: dayTeams, holidays: closure, now, language: 'de' });
    expect(fallback.team?.id).toBe('shenzhen');
    expect(fallback.languageMatched).toBe(false);
    expect(nextOpening({ teams: [lisbon], holidays, now: at('2026-11-21T12:00:00Z'), horizonDays: 1 }).opensAt).toBeNull();
  });

  it('treats a round-the-clock team as one open stretch', () => {
    const always: SupportTeam = {
      ...lisbon,
      id: 'always',
      schedule: { mon: [['00:00', '24:00']], tue: [['00:00', '24:00']], wed: [['00:00', '24:00']], thu: [['00:00', '24:00']], fri: [['00:00', '24:00']], sat: [['00:00', '24:00']], sun: [['00:00', '24:00']] },
    };
    const result = nextOpening({ teams: [always], holidays: [], now: at('2026-11-20T10:00:00Z'), horizonDays: 10 });
    expect(result.openNow).toBe(true);
    expect(result.closesAt!.getTime()).toBeGreaterThanOrEqual(at('2026-11-30T10:00:00Z').getTime());
  });
});

describe('teamsSpeaking', () => {
  it('matches exact tags first, then the base language', () => {
    const ids = (language: string) => teamsSpeaking(teams, language).map((t) => t.id);
    expect(ids('zh-CN')).toEqual(['shenzhen']);
    expect(ids('zh')).toEqual(['shenzhen']);
    expect(ids('pt-BR')).toEqual(['lisbon']);
    expect(ids('ko-KR')).toEqual(['night']);
    expect(ids('EN')).toEqual(['shenzhen', 'lisbon']);
    expect(ids('ar')).toEqual([]);
  });
});

describe('businessMinutesBetween', () => {
  it('counts minutes when at least one team is open', () => {
    // Fri 10:00Z–17:00Z (Lisbon after Shenzhen) 420 + Sat Shenzhen 720 + Mon 01:00Z–10:00Z 540.
    expect(businessMinutesBetween(at('2026-11-20T10:00:00Z'), at('2026-11-23T10:00:00Z'), { teams: dayTeams, holidays })).toBe(1680);
    expect(businessMinutesBetween(at('2026-11-23T10:00:00Z'), at('2026-11-20T10:00:00Z'), { teams: dayTeams, holidays })).toBe(0);
    expect(businessMinutesBetween(at('2026-11-20T10:00:00Z'), at('2026-11-20T10:30:00Z'), { teams: [lisbon], holidays })).toBe(30);
  });

  it('leaves out holidays', () => {
    const range = [at('2026-12-24T00:00:00Z'), at('2026-12-26T00:00:00Z')] as const;
    expect(businessMinutesBetween(...range, { teams: [lisbon], holidays })).toBe(480);
    expect(businessMinutesBetween(...range, { teams: [lisbon], holidays: [] })).toBe(960);
    expect(businessMinutesBetween(...range, { teams: dayTeams, holidays })).toBe(960 + 720);
  });

  it('counts real minutes across DST changes', () => {
    expect(businessMinutesBetween(at('2026-03-27T00:00:00Z'), at('2026-03-31T00:00:00Z'), { teams: [lisbon], holidays })).toBe(960);
    const always: SupportTeam = { ...night, id: 'always', schedule: { ...night.schedule, sun: [['00:00', '24:00']] } };
    const day = (date: string, next: string) =>
      [new Date(zonedTimeToInstant(date, 0, 'America/New_York')), new Date(zonedTimeToInstant(next, 0, 'America/New_York'))] as const;
    expect(businessMinutesBetween(...day('2026-03-08', '2026-03-09'), { teams: [always], holidays: [] })).toBe(23 * 60);
    expect(businessMinutesBetween(...day('2026-11-01', '2026-11-02'), { teams: [always], holidays: [] })).toBe(25 * 60);
  });
});

/**
 * Reads the shared reference store's support hours (outside the repository). Skipped when
 * ../shared is not checked out next to the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  describeAvailability,
  nextOpening,
  parseHolidays,
  parseSupportHours,
  type Holiday,
  type SupportHours,
} from '../../../server/src/support-hours/index.js';

const STORE_JSON = fileURLToPath(new URL('../../../../shared/fixtures/reference-store/store.json', import.meta.url));
const present = existsSync(STORE_JSON);
if (!present) console.warn(`skipping reference-store support-hours tests: ${STORE_JSON} is absent`);

function load(): { hours: SupportHours; holidays: Holiday[]; evalNow: Date } {
  const store = JSON.parse(readFileSync(STORE_JSON, 'utf8')) as { support_hours: unknown; holidays: unknown; eval_now: string };
  const hours = parseSupportHours(store.support_hours);
  const holidays = parseHolidays(store.holidays);
  if (!hours.ok) throw new Error(`${hours.problem.path}: ${hours.problem.message}`);
  if (!holidays.ok) throw new Error(`${holidays.problem.path}: ${holidays.problem.message}`);
  return { hours: hours.value, holidays: holidays.value, evalNow: new Date(store.eval_now) };
}

describe.skipIf(!present)('reference store support hours', () => {
  it('has a German-speaking agent online at the evaluation clock, until 18:00 Berlin time', () => {
    const { hours, holidays, evalNow } = load();
    expect(evalNow.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    const opening = nextOpening({ teams: hours.teams, holidays, now: evalNow, language: 'de' });
    expect(opening).toMatchObject({ openNow: true, languageMatched: true });
    expect(opening.team?.timezone).toBe('Europe/Lisbon');
    expect(opening.closesAt?.toISOString()).toBe('2026-11-20T17:00:00.000Z');
    const described = describeAvailability(opening, { shopperTimeZone: 'Europe/Berlin', locale: 'de', now: evalNow });
    expect(described).toMatchObject({ kind: 'open_now', time: '18:00', weekday: 'Freitag' });
  });

  it('sends a German shopper who writes after closing to Monday 10:00 Berlin time', () => {
    const { hours, holidays } = load();
    const now = new Date('2026-11-20T17:30:00Z');
    const opening = nextOpening({ teams: hours.teams, holidays, now, language: 'de' });
    expect(opening.opensAt?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(describeAvailability(opening, { shopperTimeZone: 'Europe/Berlin', locale: 'de', now })).toMatchObject({
      kind: 'weekday',
      weekday: 'Montag',
      time: '10:00',
    });
  });

  it('keeps Japanese shoppers with the Shenzhen team through the Chinese New Year closure', () => {
    const { hours, holidays } = load();
    const now = new Date('2027-02-05T02:00:00Z');
    const opening = nextOpening({ teams: hours.teams, holidays, now, language: 'ja' });
    expect(opening.team?.timezone).toBe('Asia/Shanghai');
    expect(opening.opensAt?.toISOString()).toBe('2027-02-15T01:00:00.000Z');
    expect(opening.soonerInOtherLanguage?.team.timezone).toBe('Europe/Lisbon');
  });
});

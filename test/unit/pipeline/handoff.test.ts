import { describe, expect, it } from 'vitest';
import { decideAfterAnswer, decideBeforeAnswer } from '../../../server/src/pipeline/handoff/decide-handoff.js';
import { DEFAULT_HANDOFF_RULES, handoffRules } from '../../../server/src/pipeline/handoff/handoff-rules.js';
import { composeHandoffMessage } from '../../../server/src/pipeline/handoff/handoff-message.js';
import type { Holiday, SupportTeam } from '../../../server/src/support-hours/index.js';

const weekdays = (from: string, to: string) => ({ mon: [[from, to]], tue: [[from, to]], wed: [[from, to]], thu: [[from, to]], fri: [[from, to]], sat: [], sun: [] }) as SupportTeam['schedule'];
const rotterdam: SupportTeam = { id: 'rtm', name: 'Rotterdam', timezone: 'Europe/Amsterdam', languages: ['en', 'nl', 'de', 'fr', 'es'], schedule: weekdays('09:00', '18:00') };
const hangzhou: SupportTeam = { id: 'hgh', name: 'Hangzhou', timezone: 'Asia/Shanghai', languages: ['zh-CN', 'ja', 'en'], schedule: { ...weekdays('09:00', '18:00'), sat: [['09:00', '18:00']] } };
const calm = { humanRequest: false, frustration: 0, abuse: false, sensitiveTopics: [] as string[], isVip: false };

describe('hand-off decisions', () => {
  it('hands off before answering for a request, abuse, frustration and sensitive topics', () => {
    expect(decideBeforeAnswer(DEFAULT_HANDOFF_RULES, [], { ...calm, humanRequest: true })?.reason).toBe('human_request');
    expect(decideBeforeAnswer(DEFAULT_HANDOFF_RULES, [], { ...calm, abuse: true })?.reason).toBe('abuse');
    expect(decideBeforeAnswer(DEFAULT_HANDOFF_RULES, [], { ...calm, frustration: 2 })?.reason).toBe('frustration');
    expect(decideBeforeAnswer(DEFAULT_HANDOFF_RULES, [], { ...calm, frustration: 1 })).toBeNull();
    expect(decideBeforeAnswer(DEFAULT_HANDOFF_RULES, [], { ...calm, sensitiveTopics: ['chargeback'] })).toEqual({ reason: 'sensitive', topic: 'chargeback' });
    expect(decideBeforeAnswer(DEFAULT_HANDOFF_RULES, [], calm)).toBeNull();
  });

  it("adds the store's human-only topics and honours per-store rules", () => {
    const rules = handoffRules({ onFrustration: false, sensitiveTopics: [], vip: 'always' });
    expect(decideBeforeAnswer(rules, ['press'], { ...calm, sensitiveTopics: ['press'] })?.reason).toBe('sensitive');
    expect(decideBeforeAnswer(rules, [], { ...calm, frustration: 2 })).toBeNull();
    expect(decideBeforeAnswer(rules, [], { ...calm, isVip: true })?.reason).toBe('vip');
    expect(handoffRules({ lowConfidenceTurns: 'lots' }).lowConfidenceTurns).toBe(2);
  });

  it('hands off after two weak answers in a row, or when the skill needs a person', () => {
    const after = { lowConfidenceStreak: 1, skillNeedsHuman: null, isVip: false, intent: 'shipping', frustration: 0 };
    expect(decideAfterAnswer(DEFAULT_HANDOFF_RULES, after)).toBeNull();
    expect(decideAfterAnswer(DEFAULT_HANDOFF_RULES, { ...after, lowConfidenceStreak: 2 })?.reason).toBe('low_confidence');
    expect(decideAfterAnswer(DEFAULT_HANDOFF_RULES, { ...after, lowConfidenceStreak: 0, skillNeedsHuman: 'needs_action' })?.reason).toBe('needs_action');
    expect(decideAfterAnswer(DEFAULT_HANDOFF_RULES, { ...after, lowConfidenceStreak: 0, isVip: true })).toBeNull();
    expect(decideAfterAnswer(DEFAULT_HANDOFF_RULES, { ...after, lowConfidenceStreak: 0, isVip: true, intent: 'complaint' })?.reason).toBe('vip');
  });
});

describe('what the shopper is told on hand-off', () => {
  const base = { decision: { reason: 'human_request' as const }, teams: [rotterdam, hangzhou], holidays: [] as Holiday[], hasEmail: false };

  it('says a person replies shortly when a team speaking the language is open', () => {
    // Monday 10:00 in Amsterdam.
    const m = composeHandoffMessage({ ...base, locale: 'de', now: new Date('2026-11-23T09:00:00Z'), shopperTimeZone: 'Europe/Berlin' });
    expect(m.openNow).toBe(true);
    expect(m.text).not.toMatch(/E-Mail/);
  });

  it("gives the next opening in the shopper's own time zone and asks for an email outside hours", () => {
    // Saturday 02:00 in Tokyo = Friday 17:00 UTC: Hangzhou (speaks ja) reopens Saturday 09:00 Shanghai = 10:00 Tokyo.
    const m = composeHandoffMessage({ ...base, locale: 'ja', now: new Date('2026-11-27T17:00:00Z'), shopperTimeZone: 'Asia/Tokyo' });
    expect(m.openNow).toBe(false);
    expect(m.expectedAt?.toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(m.text).toContain('10:00');
    expect(m.text).toMatch(/メール/);
  });

  it('skips a team on holiday', () => {
    const closedMonday: Holiday[] = [{ name: 'Store holiday', start: '2026-11-30', end: '2026-11-30', teams: ['rtm'] }];
    // Sunday 20:00 in Madrid; Rotterdam is closed on Monday the 30th, so the Spanish speaker waits until Tuesday.
    const m = composeHandoffMessage({ ...base, teams: [rotterdam], holidays: closedMonday, locale: 'es', now: new Date('2026-11-29T19:00:00Z'), shopperTimeZone: 'Europe/Madrid' });
    expect(m.expectedAt?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(m.text).toMatch(/martes/i);
  });
});

/**
 * Every report metric on a small history whose answers were worked out by hand (see the comments at
 * each conversation). The store is mini-store: Europe/Madrid (UTC+1 in January), one team open
 * Monday–Friday 09:00–18:00 Madrid (08:00–17:00 UTC). The report covers Mon 2027-01-04 … Sun
 * 2027-01-10 and is computed at 2027-01-10T22:00Z.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { insertHistory, type HistoryConversation, type HistoryMessage, type HistoryRating, type HistoryTurn } from '../../server/src/insights/history/insert-history.js';
import { buildReport, type ReportOverview } from '../../server/src/insights/reports/overview.js';
import { getStore } from '../../server/src/repositories/stores.js';
import { upsertCustomer } from '../../server/src/repositories/customers.js';

const STORE = 'mini-store';
const NOW = new Date('2027-01-10T22:00:00Z');
const RANGE = { from: '2027-01-04', to: '2027-01-10' };
const at = (iso: string) => new Date(iso);

describe('insights reports: metric definitions on hand-computed data', () => {
  let t: TestApp;
  let ana: string;
  let ben: string;
  const ids: Record<string, string> = {};
  const id = (name: string) => (ids[name] ??= randomUUID());

  const conversations: HistoryConversation[] = [];
  const messages: HistoryMessage[] = [];
  const turns: HistoryTurn[] = [];
  const ratings: HistoryRating[] = [];

  function conversation(name: string, c: Partial<HistoryConversation> & { createdAt: Date }): void {
    conversations.push({ id: id(name), storeId: STORE, status: 'bot', lastMessageAt: c.createdAt, channel: 'widget', ...c });
  }
  function shopper(name: string, iso: string, text = 'hello'): string {
    const messageId = randomUUID();
    messages.push({ id: messageId, storeId: STORE, conversationId: id(name), author: 'shopper', text, createdAt: at(iso) });
    return messageId;
  }
  function turn(name: string, messageId: string, iso: string, answered: boolean, extra: Partial<HistoryTurn> = {}): void {
    turns.push({ storeId: STORE, conversationId: id(name), messageId, createdAt: at(iso), locale: 'en', intent: 'other', answered, ...extra });
    messages.push({ id: randomUUID(), storeId: STORE, conversationId: id(name), author: 'assistant', text: 'answer', createdAt: at(iso) });
  }
  function agentReply(name: string, agentId: string, iso: string): void {
    messages.push({ id: randomUUID(), storeId: STORE, conversationId: id(name), author: 'agent', agentId, text: 'Hi, I am on it', createdAt: at(iso) });
  }
  function resolved(name: string, iso: string): void {
    messages.push({
      id: randomUUID(), storeId: STORE, conversationId: id(name), author: 'system', internal: true, text: 'resolved the conversation',
      createdAt: at(iso), payload: { kind: 'activity', action: 'status', status: 'resolved' },
    });
  }

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE });
    ana = (await loginAgent(t.app, { storeId: STORE, email: 'ana@mini.example' })).agentId;
    ben = (await loginAgent(t.app, { storeId: STORE, email: 'ben@mini.example' })).agentId;
    await t.app.db.query(`UPDATE stores SET profile = profile || $1::jsonb WHERE id = $2`, [
      JSON.stringify({ markets: [{ code: 'ES', country_code: 'ES' }, { code: 'UK', country_code: 'GB' }, { code: 'DE', country_code: 'DE' }] }),
      STORE,
    ]);
    const customer = async (externalId: string, country: string, timezone: string) =>
      upsertCustomer(t.app.db, STORE, { id: externalId, email: `${externalId}@example.com`, country_code: country, timezone } as never);
    const inSpain = await customer('c-es', 'ES', 'America/Mexico_City'); // a Spanish-market shopper living in Mexico City (UTC−6)
    const inBritain = await customer('c-gb', 'GB', 'Mars/Olympus_Mons'); // unknown zone: counted in the store's zone
    const inGermany = await customer('c-de', 'DE', 'Europe/Berlin');

    // A — Mon 11:00 Madrid, Spanish, ES market. Two answered turns, nobody came back: resolved by the assistant.
    conversation('A', { createdAt: at('2027-01-04T10:00:00Z'), customerId: inSpain, language: 'es', intent: 'shipping' });
    turn('A', shopper('A', '2027-01-04T10:00:00Z', '¿Cuánto tarda el envío?'), '2027-01-04T10:00:30Z', true);
    turn('A', shopper('A', '2027-01-04T10:01:00Z', '¿Y a Canarias?'), '2027-01-04T10:01:30Z', true);

    // B — Mon 21:00 Madrid, English, UK market: answered, but the shopper wrote again 11 h later with no answer: reopened.
    conversation('B', { createdAt: at('2027-01-04T20:00:00Z'), customerId: inBritain, language: 'en', intent: 'returns' });
    turn('B', shopper('B', '2027-01-04T20:00:00Z'), '2027-01-04T20:01:00Z', true);
    shopper('B', '2027-01-05T07:00:00Z', 'that did not help');

    // C — Tue, anonymous visitor v-c, answered; the same visitor starts D six hours later: reopened.
    conversation('C', { createdAt: at('2027-01-05T09:00:00Z'), visitorId: 'v-c', language: 'en', intent: 'tracking' });
    turn('C', shopper('C', '2027-01-05T09:00:00Z'), '2027-01-05T09:01:00Z', true);

    // D — Tue 16:00 Madrid, visitor v-c: the assistant could not answer and handed off at 15:01Z; Ana replied at 16:30Z
    // (first response 89 business minutes), resolved Wed 08:30Z (Tue 15:01–17:00Z = 119 + Wed 08:00–08:30Z = 30 → 149).
    // Rated 5/5 while Ana had it.
    conversation('D', {
      createdAt: at('2027-01-05T15:00:00Z'), visitorId: 'v-c', language: 'en', intent: 'tracking', status: 'resolved',
      handedOffAt: at('2027-01-05T15:01:00Z'), handoffReason: 'low_confidence', assigneeId: '$ana',
    });
    turn('D', shopper('D', '2027-01-05T15:00:00Z'), '2027-01-05T15:01:00Z', false, { handoffReason: 'low_confidence' });

    // E — Fri 17:00 Madrid, German, DE market, no assistant (asked for a person): handed off 16:00Z, Ben replied Sat
    // 10:00Z — 18 wall-clock hours but 60 business minutes (Fri 16:00–17:00Z; the team is closed on Saturday). Unresolved.
    conversation('E', {
      createdAt: at('2027-01-08T16:00:00Z'), customerId: inGermany, language: 'de', intent: 'complaint', status: 'open',
      handedOffAt: at('2027-01-08T16:00:00Z'), handoffReason: 'human_request', assigneeId: '$ben',
    });
    shopper('E', '2027-01-08T16:00:00Z', 'Ich möchte mit einem Menschen sprechen');

    // F — Sat, Spanish, ES market, answered and quiet for 35 h: resolved; rated 2/5 (no agent).
    conversation('F', { createdAt: at('2027-01-09T11:00:00Z'), customerId: inSpain, language: 'es', intent: 'shipping' });
    turn('F', shopper('F', '2027-01-09T11:00:00Z'), '2027-01-09T11:01:00Z', true);

    // K — 2027-01-03T23:00Z is Mon 00:00 in Madrid: inside the range. French, no customer, answered: resolved.
    conversation('K', { createdAt: at('2027-01-03T23:00:00Z'), visitorId: 'v-k', language: 'fr', intent: 'other' });
    turn('K', shopper('K', '2027-01-03T23:00:00Z'), '2027-01-03T23:01:00Z', true);

    // L — Sun 13:00 Madrid, answered 10 h before the report: still inside its 24 h window → pending.
    conversation('L', { createdAt: at('2027-01-10T12:00:00Z'), visitorId: 'v-l', language: 'en', intent: 'tracking' });
    turn('L', shopper('L', '2027-01-10T12:00:00Z'), '2027-01-10T12:01:00Z', true);

    // M — Thu, Italian: the last turn could not answer and nobody took over: unanswered.
    conversation('M', { createdAt: at('2027-01-07T10:00:00Z'), visitorId: 'v-m', language: 'it', intent: 'payment' });
    turn('M', shopper('M', '2027-01-07T10:00:00Z'), '2027-01-07T10:01:00Z', false);

    // Outside the cohort: G starts Mon 2027-01-11 00:30 Madrid; J Sun 2027-01-03 23:59 Madrid; H has no shopper message
    // (a proactive notice nobody answered); I was merged into D.
    conversation('G', { createdAt: at('2027-01-10T23:30:00Z'), visitorId: 'v-g', language: 'en' });
    shopper('G', '2027-01-10T23:30:00Z');
    conversation('J', { createdAt: at('2027-01-03T22:59:00Z'), visitorId: 'v-j', language: 'en' });
    shopper('J', '2027-01-03T22:59:00Z');
    conversation('H', { createdAt: at('2027-01-06T09:00:00Z'), customerId: inGermany, language: 'de' });
    messages.push({ id: randomUUID(), storeId: STORE, conversationId: id('H'), author: 'assistant', text: 'Your parcel is held by customs', createdAt: at('2027-01-06T09:00:00Z') });
    conversation('I', { createdAt: at('2027-01-06T10:00:00Z'), visitorId: 'v-i', language: 'en', mergedIntoId: id('D'), status: 'resolved' });
    shopper('I', '2027-01-06T10:00:00Z');

    for (const c of conversations) if (c.assigneeId === '$ana') c.assigneeId = ana;
    for (const c of conversations) if (c.assigneeId === '$ben') c.assigneeId = ben;
    agentReply('D', ana, '2027-01-05T16:30:00Z');
    resolved('D', '2027-01-06T08:30:00Z');
    agentReply('E', ben, '2027-01-09T10:00:00Z');
    ratings.push({ storeId: STORE, conversationId: id('D'), scale: 'five', rating: 5, assigneeId: ana, createdAt: at('2027-01-06T09:00:00Z') });
    ratings.push({ storeId: STORE, conversationId: id('F'), scale: 'five', rating: 2, assigneeId: null, createdAt: at('2027-01-09T12:00:00Z') });
    // H was started by Parley (no shopper message: not a conversation in the counts), but its rating is CSAT all the same.
    ratings.push({ storeId: STORE, conversationId: id('H'), scale: 'five', rating: 4, assigneeId: null, createdAt: at('2027-01-07T12:00:00Z') });
    await insertHistory(t.app.db, { conversations, messages, turns, ratings });
  });
  afterAll(() => t.close());

  const report = async (filters: Record<string, string> = {}): Promise<ReportOverview> =>
    buildReport(t.app.db, (await getStore(t.app.db, STORE))!, { ...RANGE, ...filters }, NOW);

  it('counts the cohort: started inside the range in the store zone, with a shopper message, not merged away', async () => {
    const r = await report();
    expect(r.totals.conversations).toBe(9); // A B C D E F K L M
    expect(r.daily.map((d) => [d.day, d.conversations])).toEqual([
      ['2027-01-04', 3], ['2027-01-05', 2], ['2027-01-06', 0], ['2027-01-07', 1], ['2027-01-08', 1], ['2027-01-09', 1], ['2027-01-10', 1],
    ]);
  });

  it('automated resolution: no hand-off, last turn answered, nobody back within 24 h; pending ones wait', async () => {
    const r = await report();
    expect(r.totals.automation).toEqual({ resolved: 3, reopened: 2, unanswered: 1, human: 1, pending: 1 });
    expect(r.totals.assistantInvolved).toBe(8);
    expect(r.totals.automatedEvaluated).toBe(7);
    expect(r.totals.automatedResolutionRate).toBeCloseTo(3 / 7, 4);
    expect(r.daily.find((d) => d.day === '2027-01-04')).toMatchObject({ automatedResolved: 2, automatedEvaluated: 3 }); // A, K resolved; B reopened
  });

  it('hand-off rate and reasons', async () => {
    const r = await report();
    expect(r.totals.handedOff).toBe(2);
    expect(r.totals.handoffRate).toBeCloseTo(2 / 9, 4);
    expect(r.handoffReasons).toEqual([
      { reason: 'human_request', count: 1, share: 0.5 },
      { reason: 'low_confidence', count: 1, share: 0.5 },
    ]);
  });

  it('first human response and resolution time count business minutes only', async () => {
    const { times } = await report();
    expect(times.businessHours).toBe(true);
    expect(times.firstResponse).toMatchObject({ count: 2, median: 74.5, p90: 89, mean: 74.5, pending: 0 });
    expect(times.firstResponse.byAgent.map((a) => [a.label, a.median])).toEqual([['ana', 89], ['ben', 60]]);
    expect(times.resolution).toMatchObject({ count: 1, median: 149, p90: 149, pending: 1 });
  });

  it('CSAT: satisfied share and mean rating, by language, market, intent and agent', async () => {
    const { csat } = await report();
    expect(csat.overall).toMatchObject({ ratings: 3, satisfied: 2, score: 0.6667, average: 3.67 }); // D 5, F 2, H 4
    expect(csat.byLanguage.map((c) => [c.key, c.ratings, c.score, c.average])).toEqual([['de', 1, 1, 4], ['en', 1, 1, 5], ['es', 1, 0, 2]]);
    expect(csat.byMarket.map((c) => [c.key, c.score])).toEqual([['DE', 1], ['ES', 0], ['unknown', 1]]);
    expect(csat.byIntent.map((c) => [c.key, c.score])).toEqual([['shipping', 0], ['tracking', 1], ['unknown', 1]]);
    expect(csat.byAgent.map((c) => [c.label, c.ratings, c.score])).toEqual([['Unassigned', 2, 0.5], ['ana', 1, 1]]);
  });

  it('volume heatmap counts conversations started, by weekday and hour, in the store zone and in each shopper zone', async () => {
    const { heatmap } = await report();
    const total = (grid: number[][]) => grid.flat().reduce((s, n) => s + n, 0);
    expect(total(heatmap.store)).toBe(9);
    expect(total(heatmap.shopper)).toBe(9);
    expect(heatmap.store[0]![11]).toBe(1); // A: Monday 11:00 in Madrid…
    expect(heatmap.shopper[0]![4]).toBe(1); // …and 04:00 in Mexico City, where its shopper lives
    expect(heatmap.store[0]![21]).toBe(1); // B: Monday 21:00 in Madrid; its shopper's zone is unknown, so the store's
    expect(heatmap.shopper[0]![21]).toBe(1);
    expect(heatmap.store[0]![0]).toBe(1); // K: Monday 00:00 in Madrid
    expect(heatmap.store[6]![13]).toBe(1); // L: Sunday 13:00
  });

  it('busiest intents, with hand-off and automated resolution rates per intent', async () => {
    const { intents } = await report();
    expect(intents.map((i) => [i.intent, i.conversations])).toEqual([
      ['tracking', 3], ['shipping', 2], ['complaint', 1], ['other', 1], ['payment', 1], ['returns', 1],
    ]);
    expect(intents[0]).toMatchObject({ handedOff: 1, handoffRate: 0.3333, automatedResolutionRate: 0 }); // C reopened, D human, L pending
    expect(intents[1]).toMatchObject({ automatedResolutionRate: 1 });
  });

  it('filters by market, language, channel and intent', async () => {
    expect((await report({ market: 'ES' })).totals.conversations).toBe(2); // A, F
    expect((await report({ market: 'unknown' })).totals.conversations).toBe(5); // the anonymous C, D, K, L, M
    expect((await report({ language: 'en' })).totals.conversations).toBe(4); // B, C, D, L
    expect((await report({ intent: 'tracking', language: 'en' })).totals.handedOff).toBe(1);
    expect((await report({ channel: 'email' })).totals.conversations).toBe(0);
  });
});

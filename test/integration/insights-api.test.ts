/**
 * The insights API on mini-store: who may read reports, the CSV export, knowledge gaps and article
 * drafts (outline without a model, a real OpenAI-compatible call with one), settings validation, and
 * compensation decisions with their hand-computed costs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildTestApp, loginAgent, MINI_STORE, testConfig, type TestApp } from '../helpers/app.js';
import { startFakeOpenAI, type FakeModelServer } from '../helpers/fake-openai-server.js';
import { insertHistory, type HistoryConversation, type HistoryMessage, type HistoryTurn } from '../../server/src/insights/history/insert-history.js';
import { listMessages } from '../../server/src/conversations/messages-repository.js';

const STORE = 'mini-store';
type Agent = Awaited<ReturnType<typeof loginAgent>>;

/** Questions the assistant could not answer, one conversation each, on 2026-11-10. */
async function gapHistory(t: TestApp, questions: Array<[string, string]>): Promise<void> {
  const conversations: HistoryConversation[] = [];
  const messages: HistoryMessage[] = [];
  const turns: HistoryTurn[] = [];
  questions.forEach(([locale, text], i) => {
    const at = new Date(Date.UTC(2026, 10, 10, 9, i));
    const id = randomUUID();
    const messageId = randomUUID();
    conversations.push({ id, storeId: STORE, createdAt: at, lastMessageAt: at, status: 'bot', visitorId: `v-gap-${i}`, language: locale, intent: 'presale' });
    messages.push({ id: messageId, storeId: STORE, conversationId: id, author: 'shopper', text, createdAt: at });
    turns.push({ storeId: STORE, conversationId: id, messageId, createdAt: new Date(at.getTime() + 2000), locale, intent: 'presale', answered: false, answerability: 0.12 });
  });
  // An answered question is not a gap.
  const okId = randomUUID();
  const okMessage = randomUUID();
  const at = new Date(Date.UTC(2026, 10, 10, 12));
  conversations.push({ id: okId, storeId: STORE, createdAt: at, lastMessageAt: at, status: 'bot', visitorId: 'v-ok', language: 'en', intent: 'shipping' });
  messages.push({ id: okMessage, storeId: STORE, conversationId: okId, author: 'shopper', text: 'How long does shipping take?', createdAt: at });
  turns.push({ storeId: STORE, conversationId: okId, messageId: okMessage, createdAt: at, locale: 'en', intent: 'shipping', answered: true, answerability: 0.9 });
  await insertHistory(t.app.db, { conversations, messages, turns });
}

describe('insights API', () => {
  let t: TestApp;
  let model: FakeModelServer;
  let admin: Agent;
  let agent: Agent;
  const get = (who: Agent | null, url: string) => t.app.inject({ url, headers: who ? { cookie: who.cookie } : {} });
  const send = (who: Agent, method: 'POST' | 'PUT', url: string, payload: object) =>
    t.app.inject({ method, url, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken }, payload });

  beforeAll(async () => {
    model = await startFakeOpenAI({ respond: () => ({ content: '# Do you offer gift wrapping?\n\nYes — [TODO: confirm the price].' }) });
    const llm = { ...testConfig().llm, baseUrl: `${model.url}/v1`, apiKey: 'test-key' };
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'llm', llm, insights: { proactiveScanMinutes: 0, feedbackScanMinutes: 0 } } });
    t.app.clock.set('2026-11-20T12:00:00Z');
    admin = await loginAgent(t.app, { storeId: STORE, role: 'admin' });
    agent = await loginAgent(t.app, { storeId: STORE });
    await gapHistory(t, [
      ['en', 'Do you do gift wrapping?'],
      ['en', 'Do you do gift wrapping?'],
      ['en', 'Can you gift wrap it for me?'],
      ['es', '¿Hacéis envoltorio de regalo?'],
      ['en', 'Do you have a student discount?'],
      ['es', '¿Tenéis descuento para estudiantes?'],
    ]);
  });
  afterAll(async () => {
    await t.close();
    await model.close();
  });

  it('serves reports, gaps and settings to admins only', async () => {
    for (const path of ['reports', 'reports/gaps', 'reports/dimensions', 'reports/export.csv', 'insights/settings']) {
      const url = `/api/stores/${STORE}/${path}`;
      expect((await get(null, url)).statusCode, url).toBe(401);
      expect((await get(agent, url)).statusCode, url).toBe(403);
      expect((await get(admin, url)).statusCode, url).toBe(200);
    }
    const outsider = await loginAgent(t.app, { storeId: STORE, role: 'admin' });
    await t.app.db.query('DELETE FROM store_agents WHERE agent_id = $1', [outsider.agentId]);
    expect((await get(outsider, `/api/stores/${STORE}/reports`)).statusCode).toBe(403);
  });

  it('reports the range asked for and refuses bad ranges', async () => {
    const r = (await get(admin, `/api/stores/${STORE}/reports?from=2026-11-01&to=2026-11-15`)).json();
    expect(r.range).toMatchObject({ from: '2026-11-01', to: '2026-11-15', timeZone: 'Europe/Madrid' });
    expect(r.totals.conversations).toBe(7);
    expect(r.daily).toHaveLength(15);
    expect((await get(admin, `/api/stores/${STORE}/reports?from=2026-11-15&to=2026-11-01`)).statusCode).toBe(400);
    expect((await get(admin, `/api/stores/${STORE}/reports?from=2026-02-30`)).statusCode).toBe(400);
  });

  it('exports CSV sections', async () => {
    const res = await get(admin, `/api/stores/${STORE}/reports/export.csv?from=2026-11-01&to=2026-11-15&section=intents`);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="mini-store-intents-2026-11-01-2026-11-15.csv"');
    expect(res.body.split('\r\n')[0]).toBe('intent,conversations,handed_off,handoff_rate,automated_resolution_rate');
    expect(res.body).toContain('presale,6,0,0,0');
    expect((await get(admin, `/api/stores/${STORE}/reports/export.csv?section=secrets`)).statusCode).toBe(400);
  });

  it('groups unanswered questions into topics across languages', async () => {
    const gaps = (await get(admin, `/api/stores/${STORE}/reports/gaps?from=2026-11-01&to=2026-11-15`)).json();
    expect(gaps.questions).toBe(6);
    const top = gaps.clusters[0];
    expect(top.label).toBe('Do you do gift wrapping?');
    expect(top.count).toBe(4);
    expect(top.languages).toEqual([{ locale: 'en', count: 3 }, { locale: 'es', count: 1 }]);
    expect(gaps.clusters[1]).toMatchObject({ count: 2, languages: [{ locale: 'en', count: 1 }, { locale: 'es', count: 1 }] });
    expect(gaps.clusters.flatMap((c: { examples: Array<{ text: string }> }) => c.examples.map((e) => e.text))).not.toContain('How long does shipping take?');
  });

  it('drafts the article with the model, from the questions and the store facts only', async () => {
    const res = await send(admin, 'POST', `/api/stores/${STORE}/reports/gaps/draft`, { label: 'Do you offer gift wrapping?', questions: ['¿Hacéis envoltorio de regalo?'], locale: 'es' });
    expect(res.json().draft).toMatchObject({ mode: 'llm', title: 'Do you offer gift wrapping?', locale: 'es' });
    const prompt = model.requests.at(-1)!.messages[0]!.content!;
    expect(prompt).toContain('¿Hacéis envoltorio de regalo?');
    expect(prompt).toContain('Write in Spanish');
    const { rows } = await t.app.db.query<{ webhook_secret: string; identity_secret: string }>('SELECT webhook_secret, identity_secret FROM stores WHERE id = $1', [STORE]);
    expect(prompt).not.toContain(rows[0]!.webhook_secret);
    expect(prompt).not.toContain(rows[0]!.identity_secret);

    model.failNext(2);
    const fallback = (await send(admin, 'POST', `/api/stores/${STORE}/reports/gaps/draft`, { label: 'Student discount?', questions: [] })).json().draft;
    expect(fallback).toMatchObject({ mode: 'outline', fallbackReason: 'model_error', title: 'Student discount?', locale: 'en' });
    expect(fallback.body).toMatch(/^# Student discount\?\n\n\[TODO/);
  });

  it('validates settings and keeps what a partial update leaves out', async () => {
    const bad = await send(admin, 'PUT', `/api/stores/${STORE}/insights/settings`, { compensation: { couponPercent: 250 } });
    expect(bad.statusCode).toBe(400);
    const ok = await send(admin, 'PUT', `/api/stores/${STORE}/insights/settings`, { feedback: { enabled: true, delayDays: 5 } });
    expect(ok.json().settings.feedback).toEqual({ enabled: true, delayDays: 5, email: true });
    expect(ok.json().settings.proactive.enabled).toBe(false);
    const again = await send(admin, 'PUT', `/api/stores/${STORE}/insights/settings`, { proactive: { events: { late: false } } });
    expect(again.json().settings.feedback.delayDays).toBe(5);
    expect(again.json().settings.proactive.events).toEqual({ customs_hold: true, failed_attempt: true, lost: true, late: false });
  });

  it('suggests remedies within policy with their cost, and records what the agent decides', async () => {
    const { rows } = await t.app.db.query<{ id: string }>(`SELECT id FROM orders WHERE name = '#M1001'`);
    const orderId = rows[0]!.id;
    // #M1001: 59.00 EUR, no shipping charged, no shipping rate in the policy.
    const options = (await get(agent, `/api/stores/${STORE}/orders/${orderId}/remedies`)).json().options;
    expect(options.late).toEqual([
      { remedy: 'coupon', amount: '5.90', currency: 'EUR', estimatedCost: '2.07', recommended: true }, // 10% of 59.00, used 35% of the time
      { remedy: 'partial_refund', amount: '8.85', currency: 'EUR', estimatedCost: '8.85', recommended: false }, // 15%
    ]);
    expect(options.lost).toEqual([
      { remedy: 'reship', amount: null, currency: 'EUR', estimatedCost: '23.60', recommended: true }, // 40% cost of goods
      { remedy: 'refund', amount: '59.00', currency: 'EUR', estimatedCost: '59.00', recommended: false },
    ]);

    const { conversation } = await t.app.conversations.start({ storeId: STORE, locale: 'es', visitorId: 'v-comp' });
    const approved = await send(agent, 'POST', `/api/stores/${STORE}/orders/${orderId}/remedies`, { problem: 'damaged', remedy: 'partial_refund', decision: 'approved', amount: 10, conversationId: conversation.id });
    expect(approved.statusCode).toBe(201);
    expect(approved.json().decision).toMatchObject({ problem: 'damaged', remedy: 'partial_refund', status: 'approved', amount: '10.00', cost: '10.00', withinPolicy: true });
    const note = (await listMessages(t.app.db, conversation.id, { includeInternal: true })).find((m) => m.internal);
    expect(note?.text).toMatch(/approved partial refund of 10\.00 EUR for #M1001 \(damaged; estimated cost 10\.00 EUR\)/);

    // 30% of 59.00 is 17.70: more is outside the policy and needs a reason.
    const over = { problem: 'damaged', remedy: 'partial_refund', decision: 'approved', amount: 20 };
    expect((await send(agent, 'POST', `/api/stores/${STORE}/orders/${orderId}/remedies`, over)).statusCode).toBe(422);
    const justified = await send(agent, 'POST', `/api/stores/${STORE}/orders/${orderId}/remedies`, { ...over, note: 'Second damaged item in a row' });
    expect(justified.json().decision).toMatchObject({ withinPolicy: false, cost: '20.00' });
    const rejected = await send(agent, 'POST', `/api/stores/${STORE}/orders/${orderId}/remedies`, { problem: 'lost', remedy: 'reship', decision: 'rejected' });
    expect(rejected.json().decision).toMatchObject({ status: 'rejected', cost: '0.00', amount: null });
    expect((await send(agent, 'POST', `/api/stores/${STORE}/orders/${orderId}/remedies`, { problem: 'lost', remedy: 'refund', decision: 'approved', amount: 80 })).statusCode).toBe(400);

    const report = (await get(admin, `/api/stores/${STORE}/reports?from=2026-11-20&to=2026-11-20`)).json();
    expect(report.compensation).toEqual([
      { problem: 'damaged', remedy: 'partial_refund', status: 'approved', currency: 'EUR', decisions: 2, cost: '30.00', amount: '30.00' },
      { problem: 'lost', remedy: 'reship', status: 'rejected', currency: 'EUR', decisions: 1, cost: '0.00', amount: '0.00' },
    ]);
  });
});

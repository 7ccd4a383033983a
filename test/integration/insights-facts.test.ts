/**
 * conversation_facts (migration 081): the triggers on messages and assistant_turns keep each
 * conversation's report facts current through the real flows (shopper message, assistant turn, agent
 * reply, private note, "resolved"), and always agree with recomputing them from the real tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { HistoryGenerator } from '../../server/src/insights/history/generate-history.js';
import { insertMessages, insertTurns, insertConversations } from '../../server/src/insights/history/insert-history.js';

interface FactsRow {
  conversation_id: string;
  first_shopper_at: Date | null;
  shopper_messages: number;
  first_agent_reply_at: Date | null;
  first_resolved_at: Date | null;
  turns: number;
  last_turn_at: Date | null;
  last_answered: boolean | null;
  first_turn_handoff_reason: string | null;
  shopper_after_last_turn: Date | null;
}

describe('conversation facts', () => {
  let t: TestApp;
  const facts = async (id: string) => (await t.app.db.query<FactsRow>('SELECT * FROM conversation_facts WHERE conversation_id = $1', [id])).rows[0];
  const all = async () => (await t.app.db.query<FactsRow>('SELECT * FROM conversation_facts ORDER BY conversation_id')).rows;
  const turn = (conversationId: string, messageId: string, answered: boolean, handoffReason: string | null = null) =>
    t.app.db.query(
      `INSERT INTO assistant_turns (store_id, conversation_id, message_id, mode, locale, intent, intent_confidence, skill, answered, handoff_reason, latency_ms)
       VALUES ('mini-store', $1, $2, 'offline', 'en', 'tracking', 0.9, 'tracking', $3, $4, 120)`,
      [conversationId, messageId, answered, handoffReason],
    );

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff', insights: { proactiveScanMinutes: 0, feedbackScanMinutes: 0 } } });
  });
  afterAll(() => t.close());

  it('follow a conversation through the real services', async () => {
    const service = t.app.conversations;
    const { conversation } = await service.start({ storeId: 'mini-store', locale: 'en', visitorId: 'v-facts' });
    expect(await facts(conversation.id)).toBeUndefined();
    const first = await service.receiveShopperMessage(conversation, { clientId: 'facts-1', text: 'Where is my parcel?' });
    await service.drain();
    expect(await facts(conversation.id)).toMatchObject({ first_shopper_at: new Date(first.createdAt), shopper_messages: 1, turns: 0 });

    await turn(conversation.id, first.id, true);
    expect(await facts(conversation.id)).toMatchObject({ turns: 1, last_answered: true, shopper_after_last_turn: null });
    const second = await service.receiveShopperMessage(conversation, { clientId: 'facts-2', text: 'It still has not arrived' });
    await service.drain();
    expect(await facts(conversation.id)).toMatchObject({ shopper_messages: 2, shopper_after_last_turn: new Date(second.createdAt) });
    await turn(conversation.id, second.id, false, 'low_confidence');
    expect(await facts(conversation.id)).toMatchObject({ turns: 2, last_answered: false, shopper_after_last_turn: null, first_turn_handoff_reason: 'low_confidence' });

    const ana = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@mini.example' });
    await service.sendAgentMessage({ storeId: 'mini-store', conversationId: conversation.id, agentId: ana.agentId, clientId: 'facts-note', text: 'checking with the carrier', internal: true });
    expect((await facts(conversation.id))!.first_agent_reply_at).toBeNull(); // a private note is not a reply
    const reply = await service.sendAgentMessage({ storeId: 'mini-store', conversationId: conversation.id, agentId: ana.agentId, clientId: 'facts-3', text: 'It is with the local post office' });
    expect((await facts(conversation.id))!.first_agent_reply_at).toEqual(new Date(reply.createdAt));

    const res = await t.app.inject({
      method: 'POST', url: `/api/stores/mini-store/conversations/${conversation.id}/status`,
      headers: { cookie: ana.cookie, 'x-csrf-token': ana.csrfToken }, payload: { status: 'resolved' },
    });
    expect(res.statusCode).toBe(200);
    expect((await facts(conversation.id))!.first_resolved_at).not.toBeNull();
  });

  it('agree with recomputing from messages and turns, for history written in time order', async () => {
    const generator = new HistoryGenerator({
      storeId: 'mini-store', storeTimeZone: 'Europe/Madrid', end: new Date('2026-11-20T12:00:00Z'), days: 5, conversationsPerDay: 25, seed: 11,
      markets: ['ES'], agents: [{ id: (await loginAgent(t.app, { storeId: 'mini-store' })).agentId, name: 'Ben', languages: ['en', 'es'] }],
      customers: [], orderNames: ['#M1001'], hours: null,
    });
    for (const { history } of generator.days()) {
      await insertConversations(t.app.db, history.conversations ?? []);
      // One row at a time, messages and turns interleaved by time, as the live system writes them.
      const rows = [
        ...(history.messages ?? []).map((m) => ({ at: m.createdAt.getTime(), order: 0, write: () => insertMessages(t.app.db, [m]) })),
        ...(history.turns ?? []).map((x) => ({ at: x.createdAt.getTime(), order: 1, write: () => insertTurns(t.app.db, [x]) })),
      ].sort((a, b) => a.at - b.at || a.order - b.order);
      for (const row of rows) await row.write();
    }
    const live = await all();
    expect(live.length).toBeGreaterThan(100);
    await t.app.db.query('SELECT refresh_conversation_facts(ARRAY(SELECT id FROM conversations))');
    expect(await all()).toEqual(live);
  });
});

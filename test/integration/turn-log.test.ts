/**
 * The assistant's turn log writes turns finished together in one statement (group commit). Every
 * caller still learns whether its own row was written, and one bad row does not fail the others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildTestApp, MINI_STORE, type TestApp } from '../helpers/app.js';
import { logTurn, type TurnLogEntry } from '../../server/src/pipeline/turn-log.js';
import { countingQueryable } from '../helpers/database.js';

describe('turn log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
  });
  afterAll(() => t.close());

  async function shopperMessage(visitorId: string) {
    const { conversation } = await t.app.conversations.start({ storeId: 'mini-store', locale: 'en', visitorId });
    const message = await t.app.conversations.receiveShopperMessage(conversation, { clientId: `${visitorId}-1`, text: 'Where is my parcel?' });
    await t.app.conversations.drain();
    return { conversationId: conversation.id, messageId: message.id };
  }

  const entry = (ids: { conversationId: string; messageId: string }, latencyMs: number): TurnLogEntry => ({
    storeId: 'mini-store', ...ids, mode: 'offline', locale: 'en', intent: 'tracking', intentConfidence: 0.9, skill: 'tracking',
    answered: true, answerability: null, sources: ['shipping-times'], handoffReason: null, latencyMs,
  });

  it('writes concurrent turns in fewer statements than turns, each row once', async () => {
    const messages = await Promise.all(Array.from({ length: 12 }, (_, i) => shopperMessage(`turn-log-${i}`)));
    const { q: counting, statements } = countingQueryable(t.app.db);
    await Promise.all(messages.map((ids, i) => logTurn(counting, entry(ids, 100 + i))));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThan(messages.length); // the first alone, the rest together
    const { rows } = await t.app.db.query<{ message_id: string; latency_ms: number; sources: string[] }>(
      'SELECT message_id, latency_ms, sources FROM assistant_turns WHERE message_id = ANY($1::uuid[]) ORDER BY latency_ms',
      [messages.map((m) => m.messageId)],
    );
    expect(rows.map((r) => r.message_id)).toEqual(messages.map((m) => m.messageId));
    expect(rows.map((r) => r.latency_ms)).toEqual(messages.map((_, i) => 100 + i));
    expect(rows[0]!.sources).toEqual(['shipping-times']);
  });

  it('fails only the row that cannot be written', async () => {
    const good = await Promise.all([shopperMessage('turn-log-good-1'), shopperMessage('turn-log-good-2'), shopperMessage('turn-log-good-3')]);
    const gone = { conversationId: randomUUID(), messageId: randomUUID() }; // e.g. deleted by a GDPR request meanwhile
    const results = await Promise.allSettled([
      logTurn(t.app.db, entry(good[0]!, 1)),
      logTurn(t.app.db, entry(good[1]!, 2)),
      logTurn(t.app.db, entry(gone, 3)),
      logTurn(t.app.db, entry(good[2]!, 4)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const { rows } = await t.app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM assistant_turns WHERE message_id = ANY($1::uuid[])', [good.map((m) => m.messageId)]);
    expect(rows[0]!.n).toBe(3);
  });
});

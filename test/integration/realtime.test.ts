import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { agentSocket, connected, emitAck, waitFor, widgetSocket } from '../helpers/sockets.js';

describe('shopper ↔ agent over real sockets', () => {
  let t: TestApp;
  let base: string;
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = address;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('persists a shopper message before acking, hands off politely, and delivers the agent reply', async () => {
    const agent = await loginAgent(t.app, { storeId: 'mini-store' });
    const inbox = track(agentSocket(base, agent.cookie));
    await connected(inbox);
    const shopper = track(widgetSocket(base, { storeId: 'mini-store', locale: 'es', visitorId: 'v-1' }));
    await connected(shopper);

    const seenByAgent = waitFor<Message>(inbox, 'message:created', (m) => m.author === 'shopper');
    const handoffNotice = waitFor<Message>(shopper, 'message:created', (m) => m.author === 'system');
    const ack = await emitAck<{ ok: boolean; message: Message; session: { conversationId: string; token: string } }>(shopper, 'message:send', { clientId: 'c-0000001', text: 'Hola, ¿dónde está mi pedido?' });
    expect(ack.ok).toBe(true);
    expect(ack.session.token).toBeTruthy();
    const stored = await t.app.db.query<{ text: string }>('SELECT text FROM messages WHERE id = $1', [ack.message.id]);
    expect(stored.rows[0]?.text).toBe('Hola, ¿dónde está mi pedido?');
    expect((await seenByAgent).id).toBe(ack.message.id);
    expect((await handoffNotice).text).toContain('equipo');

    const replySeen = waitFor<Message>(shopper, 'message:created', (m) => m.author === 'agent');
    const reply = await emitAck<{ ok: boolean; message: Message }>(inbox, 'message:send', {
      storeId: 'mini-store', conversationId: ack.session.conversationId, clientId: 'a-0000001', text: 'Te lo miro ahora mismo.',
    });
    expect(reply.ok).toBe(true);
    expect((await replySeen).text).toBe('Te lo miro ahora mismo.');
    await t.app.conversations.drain();
  });

  it('never duplicates a retried send and resyncs everything after the last seen message', async () => {
    const shopper = track(widgetSocket(base, { storeId: 'mini-store', visitorId: 'v-2' }));
    await connected(shopper);
    const first = await emitAck<{ message: Message; session: { token: string } }>(shopper, 'message:send', { clientId: 'dup-00001', text: 'first' });
    const again = await emitAck<{ message: Message }>(shopper, 'message:send', { clientId: 'dup-00001', text: 'first' });
    expect(again.message.id).toBe(first.message.id);
    await t.app.conversations.drain();
    shopper.disconnect();

    // Reconnect as after a reload: same token, resync from the first message's seq.
    const resumed = track(widgetSocket(base, { storeId: 'mini-store', token: first.session.token }));
    await connected(resumed);
    const all = await emitAck<{ messages: Message[] }>(resumed, 'messages:sync', { afterSeq: 0 });
    expect(all.messages.filter((m) => m.author === 'shopper')).toHaveLength(1);
    const after = await emitAck<{ messages: Message[] }>(resumed, 'messages:sync', { afterSeq: first.message.seq });
    expect(after.messages.map((m) => m.id)).not.toContain(first.message.id);
    expect(after.messages.length).toBe(all.messages.length - 1);
  });

  it('refuses bad input with a clear error and keeps the socket usable', async () => {
    const shopper = track(widgetSocket(base, { storeId: 'mini-store' }));
    await connected(shopper);
    const empty = await emitAck<{ ok: boolean; code: string }>(shopper, 'message:send', { clientId: 'bad-00001', text: '   ' });
    expect(empty).toMatchObject({ ok: false, code: 'PARLEY_ERR_VALIDATION' });
    const huge = await emitAck<{ ok: boolean; code: string }>(shopper, 'message:send', { clientId: 'bad-00002', text: 'x'.repeat(5000) });
    expect(huge).toMatchObject({ ok: false, code: 'PARLEY_ERR_PAYLOAD_TOO_LARGE' });
    const fine = await emitAck<{ ok: boolean }>(shopper, 'message:send', { clientId: 'bad-00003', text: 'still here' });
    expect(fine.ok).toBe(true);
    await t.app.conversations.drain();
  });

  it('rejects unknown stores and agents without a session', async () => {
    const stranger = widgetSocket(base, { storeId: 'no-such-store' });
    await expect(connected(stranger)).rejects.toThrow(/unknown store/);
    const anonymousAgent = agentSocket(base, 'parley_session=forged');
    await expect(connected(anonymousAgent)).rejects.toThrow(/not signed in/);
  });
});

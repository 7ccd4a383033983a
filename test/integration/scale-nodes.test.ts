/**
 * Two Parley nodes on two ports sharing one PostgreSQL database and one Redis: messages cross nodes
 * both ways, and when a node goes away mid-conversation its shopper reconnects to the other node
 * and resyncs by sequence number with no gap. Needs DATABASE_URL (PostgreSQL) and REDIS_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';
import { buildApp, type ParleyInstance } from '../../server/src/app.js';
import { loginAgent, MINI_STORE, testConfig } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { agentSocket, connected, emitAck, waitFor, widgetSocket } from '../helpers/sockets.js';

const REDIS_URL = process.env.REDIS_URL;
const POSTGRES = Boolean(process.env.DATABASE_URL);
const SKIP = !REDIS_URL || !POSTGRES;
if (SKIP) console.info('scale-nodes: skipped — needs DATABASE_URL (PostgreSQL) and REDIS_URL (.ci/run sets both)');

interface SendAck {
  ok: boolean;
  message: Message;
  session: { conversationId: string; token: string };
}

describe.skipIf(SKIP)('two nodes, one PostgreSQL, one Redis', () => {
  let database: TestDatabase;
  let nodeA: ParleyInstance;
  let nodeB: ParleyInstance;
  let baseA: string;
  let baseB: string;
  let cookie: string;
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ assistantMode: 'handoff', redisUrl: REDIS_URL, databaseUrl: database.url });
    // Node A uses the test's pool; node B opens its own, as a second process would.
    nodeA = await buildApp(config, { db: database.db, logger: false });
    nodeB = await buildApp(config, { logger: false });
    await nodeA.importStoreDirectory(MINI_STORE);
    baseA = await nodeA.listen({ port: 0, host: '127.0.0.1' });
    baseB = await nodeB.listen({ port: 0, host: '127.0.0.1' });
    ({ cookie } = await loginAgent(nodeA, { storeId: 'mini-store' }));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await nodeB?.close();
    await nodeA?.close().catch(() => undefined);
    await database?.drop();
  });

  it('delivers a shopper on node B to an agent on node A, and the reply back', async () => {
    const agent = track(agentSocket(baseA, cookie));
    const shopper = track(widgetSocket(baseB, { storeId: 'mini-store', visitorId: 'cross-1' }));
    await Promise.all([connected(agent), connected(shopper)]);

    const seenByAgent = waitFor<Message & { storeId: string }>(agent, 'message:created', (m) => m.author === 'shopper' && m.text === 'Hello from node B');
    const ack = await emitAck<SendAck>(shopper, 'message:send', { clientId: 'cross-b-0001', text: 'Hello from node B' });
    expect(ack.ok).toBe(true);
    expect((await seenByAgent).id).toBe(ack.message.id);

    const replySeen = waitFor<Message>(shopper, 'message:created', (m) => m.author === 'agent');
    const reply = await emitAck<{ ok: boolean; message: Message }>(agent, 'message:send', {
      storeId: 'mini-store', conversationId: ack.session.conversationId, clientId: 'cross-a-0001', text: 'Answered from node A',
    });
    expect(reply.ok).toBe(true);
    expect((await replySeen).id).toBe(reply.message.id);
  });

  it('delivers a shopper on node A to an agent on node B, and the reply back', async () => {
    const agent = track(agentSocket(baseB, cookie));
    const shopper = track(widgetSocket(baseA, { storeId: 'mini-store', visitorId: 'cross-2' }));
    await Promise.all([connected(agent), connected(shopper)]);

    const seenByAgent = waitFor<Message>(agent, 'message:created', (m) => m.author === 'shopper' && m.text === 'Hello from node A');
    const ack = await emitAck<SendAck>(shopper, 'message:send', { clientId: 'cross-a-0002', text: 'Hello from node A' });
    expect((await seenByAgent).id).toBe(ack.message.id);

    const replySeen = waitFor<Message>(shopper, 'message:created', (m) => m.author === 'agent');
    const reply = await emitAck<{ ok: boolean; message: Message }>(agent, 'message:send', {
      storeId: 'mini-store', conversationId: ack.session.conversationId, clientId: 'cross-b-0002', text: 'Answered from node B',
    });
    expect((await replySeen).id).toBe(reply.message.id);
  });

  it('moves a shopper to the surviving node when one goes away and resyncs without a gap', async () => {
    const agent = track(agentSocket(baseB, cookie));
    const shopper = track(widgetSocket(baseA, { storeId: 'mini-store', visitorId: 'failover-1' }));
    await Promise.all([connected(agent), connected(shopper)]);
    const seen = new Map<string, Message>();
    shopper.on('message:created', (m: Message) => seen.set(m.id, m));

    const agentSaw = waitFor<Message>(agent, 'message:created', (m) => m.text === 'My parcel has not arrived');
    const first = await emitAck<SendAck>(shopper, 'message:send', { clientId: 'fail-s-0001', text: 'My parcel has not arrived' });
    seen.set(first.message.id, first.message);
    const { conversationId, token } = first.session;
    expect((await agentSaw).id).toBe(first.message.id);

    // Node A goes away mid-conversation; the agent on B keeps answering meanwhile.
    const dropped = new Promise<void>((resolve) => shopper.once('disconnect', () => resolve()));
    await nodeA.close();
    await dropped;
    const missed: Message[] = [];
    for (const text of ['Sorry for the wait, checking now.', 'It left the warehouse yesterday.']) {
      const sent = await emitAck<{ ok: boolean; message: Message }>(agent, 'message:send', { storeId: 'mini-store', conversationId, clientId: `fail-a-${missed.length}`, text });
      expect(sent.ok).toBe(true);
      missed.push(sent.message);
    }

    // The widget reconnects (its load balancer now sends it to B) with its token and resyncs.
    const lastSeenSeq = Math.max(...[...seen.values()].map((m) => m.seq));
    const resumed = track(widgetSocket(baseB, { storeId: 'mini-store', token }));
    await connected(resumed);
    const sync = await emitAck<{ ok: boolean; messages: Message[] }>(resumed, 'messages:sync', { afterSeq: lastSeenSeq });
    expect(sync.ok).toBe(true);
    for (const m of sync.messages) seen.set(m.id, m);
    expect(sync.messages.map((m) => m.id)).toEqual(expect.arrayContaining(missed.map((m) => m.id)));

    // No gap: what the shopper holds now is exactly the conversation as stored.
    const stored = await nodeB.db.query<{ id: string }>('SELECT id FROM messages WHERE conversation_id = $1 AND internal = false ORDER BY seq', [conversationId]);
    expect([...seen.values()].sort((a, b) => a.seq - b.seq).map((m) => m.id)).toEqual(stored.rows.map((r) => r.id));

    // And the conversation continues live on B.
    const live = waitFor<Message>(agent, 'message:created', (m) => m.text === 'Thanks, still here');
    const again = await emitAck<SendAck>(resumed, 'message:send', { clientId: 'fail-s-0002', text: 'Thanks, still here' });
    expect((await live).id).toBe(again.message.id);
    await nodeB.conversations.drain();
  });
});

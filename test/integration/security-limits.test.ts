/**
 * Abuse limits over real sockets and HTTP: connection rates and open sockets per IP, message and
 * new-conversation rates, per-socket floods, message size, agent sign-ups, slow-loris clients, and
 * (with Redis) one budget shared by two nodes and a fallback to memory when Redis is unreachable.
 */
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { io, Manager, type Socket } from 'socket.io-client';
import { buildTestApp, loginAgent, MINI_STORE, testConfig, type TestApp } from '../helpers/app.js';
import { listMessages } from '../../server/src/conversations/messages-repository.js';
import { startFakeOpenAI } from '../helpers/fake-openai-server.js';
import type { Message } from '../../protocol/messages.js';
import { connected, emitAck, waitFor, widgetSocket } from '../helpers/sockets.js';
import type { LimitSettings } from '../../server/src/config.js';
import { RateLimiter } from '../../server/src/limits/rate-limiter.js';
import { RedisCounterStore } from '../../server/src/limits/counter-store.js';
import { createClient } from 'redis';

const MINUTE = 60_000;
const UNLIMITED: LimitSettings = {
  widgetConnectPerIp: null,
  widgetConnectPerStore: null,
  messagesPerIp: null,
  messagesPerStore: null,
  conversationsPerIp: null,
  signupsPerIp: null,
  maxSocketsPerIp: 1000,
  socketFlood: null,
  maxMessageChars: 4000,
  minFreeDiskMb: 0,
  modelConcurrency: 0,
  assistantConcurrency: 0,
};

interface Refusal {
  ok: boolean;
  code?: string;
  retryAfterMs?: number;
}

function connectError(socket: Socket): Promise<{ message: string; data?: { code?: string; retryAfterMs?: number } } | null> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(null));
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => resolve({ message: err.message, data: err.data }));
  });
}

async function appWith(limits: Partial<LimitSettings>, extra: Record<string, unknown> = {}): Promise<{ t: TestApp; base: string }> {
  const t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff', limits: { ...UNLIMITED, ...limits }, ...extra } });
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { t, base };
}

describe('abuse limits (one node)', () => {
  // One node for every case; each case is a different client address (X-Forwarded-For behind a
  // trusted proxy), so the per-IP budgets do not interfere.
  let t: TestApp;
  let base: string;
  const opened: Socket[] = [];
  const shopper = (ip: string) => {
    const s = io(`${base}/widget`, { auth: { storeId: 'mini-store' }, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { 'x-forwarded-for': ip } });
    opened.push(s);
    return s;
  };

  beforeAll(async () => {
    ({ t, base } = await appWith(
      {
        widgetConnectPerIp: { max: 3, windowMs: MINUTE },
        maxSocketsPerIp: 2,
        messagesPerIp: { max: 3, windowMs: MINUTE },
        conversationsPerIp: { max: 2, windowMs: MINUTE },
        socketFlood: { max: 10, windowMs: MINUTE },
        maxMessageChars: 100,
        signupsPerIp: { max: 2, windowMs: MINUTE },
      },
      { trustProxy: true },
    ));
  });
  afterAll(async () => {
    opened.forEach((s) => s.disconnect());
    await t.app.conversations.drain();
    await t.close();
  });

  it('refuses widget connections over the per-IP rate with a retry hint', async () => {
    // Connect and leave three times (so the open-socket cap is not what refuses the fourth).
    for (let i = 0; i < 3; i++) {
      const s = shopper('198.51.100.1');
      expect(await connectError(s)).toBeNull();
      s.disconnect();
    }
    await new Promise((r) => setTimeout(r, 100));
    const refused = await connectError(shopper('198.51.100.1'));
    expect(refused?.data).toMatchObject({ code: 'PARLEY_ERR_RATE_LIMITED' });
    expect(refused?.data?.retryAfterMs).toBeGreaterThan(0);
    // Another address is not affected.
    expect(await connectError(shopper('198.51.100.2'))).toBeNull();
  });

  it('caps open sockets per IP and lets a new one in when one closes', async () => {
    const a = shopper('198.51.100.10');
    expect(await connectError(a)).toBeNull();
    expect(await connectError(shopper('198.51.100.10'))).toBeNull();
    expect((await connectError(shopper('198.51.100.10')))?.data?.code).toBe('PARLEY_ERR_RATE_LIMITED');
    a.disconnect();
    await new Promise((r) => setTimeout(r, 100));
    expect(await connectError(shopper('198.51.100.10'))).toBeNull();
  });

  it('refuses messages over the per-IP rate on the ack and does not store them', async () => {
    const s = shopper('198.51.100.20');
    await connected(s);
    for (let i = 0; i < 3; i++) expect((await emitAck<Refusal>(s, 'message:send', { clientId: `lim-msg-${i}`, text: `hello ${i}` })).ok).toBe(true);
    const refused = await emitAck<Refusal>(s, 'message:send', { clientId: 'lim-msg-3', text: 'one too many' });
    expect(refused).toMatchObject({ ok: false, code: 'PARLEY_ERR_RATE_LIMITED' });
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    const { rows } = await t.app.db.query<{ n: number }>("SELECT count(*)::int AS n FROM messages WHERE client_id = 'lim-msg-3'");
    expect(rows[0]?.n).toBe(0);
  });

  it('limits new conversations (widget sign-ups) per IP', async () => {
    const s = shopper('198.51.100.30');
    await connected(s);
    expect((await emitAck<Refusal>(s, 'message:send', { clientId: 'conv-a-001', text: 'first conversation' })).ok).toBe(true);
    // A further message in the same conversation is not a sign-up.
    expect((await emitAck<Refusal>(s, 'message:send', { clientId: 'conv-a-002', text: 'same conversation' })).ok).toBe(true);
    await emitAck(s, 'conversation:new', {});
    expect(await emitAck<Refusal>(s, 'conversation:start', {})).toMatchObject({ ok: true });
    await emitAck(s, 'conversation:new', {});
    expect(await emitAck<Refusal>(s, 'message:send', { clientId: 'conv-c-001', text: 'third conversation' })).toMatchObject({ ok: false, code: 'PARLEY_ERR_RATE_LIMITED' });
  });

  it('refuses events beyond the per-socket budget and disconnects a socket that keeps flooding', async () => {
    const s = shopper('198.51.100.40');
    await connected(s);
    for (let i = 0; i < 9; i++) s.emit('typing', { typing: i % 2 === 0 });
    expect((await emitAck<Refusal>(s, 'message:send', { clientId: 'flood-0001', text: 'tenth event passes' })).ok).toBe(true);
    expect(await emitAck<Refusal>(s, 'message:send', { clientId: 'flood-0002', text: 'eleventh is refused' })).toMatchObject({ ok: false, code: 'PARLEY_ERR_RATE_LIMITED' });
    const gone = new Promise<string>((resolve) => s.once('disconnect', (reason) => resolve(reason)));
    for (let i = 0; i < 25; i++) s.emit('typing', { typing: true });
    expect(await gone).toBe('io server disconnect');
  });

  it('refuses messages longer than the configured size', async () => {
    const s = shopper('198.51.100.50');
    await connected(s);
    expect(await emitAck<Refusal>(s, 'message:send', { clientId: 'size-0001', text: 'x'.repeat(101) })).toMatchObject({ ok: false, code: 'PARLEY_ERR_PAYLOAD_TOO_LARGE' });
    expect((await emitAck<Refusal>(s, 'message:send', { clientId: 'size-0002', text: 'x'.repeat(100) })).ok).toBe(true);
  });

  it('limits agent sign-ups (invitation acceptances) per IP', async () => {
    const attempt = () => t.app.inject({ method: 'POST', url: '/api/auth/invites/accept', remoteAddress: '198.51.100.60', payload: { token: 'x'.repeat(32), password: 'a long password 123' } });
    expect((await attempt()).statusCode).not.toBe(429);
    expect((await attempt()).statusCode).not.toBe(429);
    const third = await attempt();
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: { code: 'PARLEY_ERR_RATE_LIMITED' } });
  });

  it('cuts slow-loris clients: trickled HTTP headers and sockets that never join a namespace', async () => {
    const { port } = new URL(base);
    // 1. Headers sent one line at a time, never finished.
    const http = tcpConnect(Number(port), '127.0.0.1');
    http.on('error', () => undefined);
    const started = Date.now();
    const httpClosed = new Promise<number>((resolve) => http.on('close', () => resolve(Date.now() - started)));
    http.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    const drip = setInterval(() => http.writable && http.write('X-Slow: 1\r\n'), 1_000);
    // 2. An engine.io websocket that opens but never connects to /widget.
    const manager = new Manager(base, { transports: ['websocket'], reconnection: false, autoConnect: false });
    const engineClosed = new Promise<number>((resolve) => {
      manager.open();
      manager.engine.on('close', () => resolve(Date.now() - started));
    });
    const [httpMs, engineMs] = await Promise.all([httpClosed, engineClosed]);
    clearInterval(drip);
    expect(httpMs).toBeLessThan(20_000);
    expect(engineMs).toBeLessThan(15_000);
  });
});

describe('embedded database disk almost full', () => {
  it('refuses messages and changes with a clear error while free space is under the minimum', async () => {
    // Any real directory has less than this free: the guard must trip.
    const { t, base } = await appWith({ minFreeDiskMb: 1_000_000_000 }, { dataDir: tmpdir() });
    try {
      const s = widgetSocket(base, { storeId: 'mini-store' });
      await connected(s);
      const refused = await emitAck<Refusal & { error?: string }>(s, 'message:send', { clientId: 'disk-0001', text: 'hello' });
      expect(refused).toMatchObject({ ok: false, code: 'PARLEY_ERR_UNAVAILABLE' });
      expect(refused.error).toContain('disk space');
      s.disconnect();
      const http = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@example.com', password: 'x' } });
      expect(http.statusCode).toBe(503);
      expect(http.json()).toMatchObject({ error: { code: 'PARLEY_ERR_UNAVAILABLE' } });
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('back-pressure in front of the model', () => {
  it('offline: composes at most PARLEY_ASSISTANT_CONCURRENCY turns at once and still answers every shopper in order', async () => {
    const { t, base } = await appWith({ assistantConcurrency: 1 }, { assistantMode: 'offline' });
    const shoppers: Socket[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        const s = widgetSocket(base, { storeId: 'mini-store', visitorId: `offline-queue-${i}` });
        shoppers.push(s);
        await connected(s);
      }
      const first = await Promise.all(shoppers.map((s, i) => emitAck<{ ok: boolean }>(s, 'message:send', { clientId: `offline-q-a-${i}`, text: 'How long does shipping take?' })));
      const second = await Promise.all(shoppers.map((s, i) => emitAck<{ ok: boolean }>(s, 'message:send', { clientId: `offline-q-b-${i}`, text: 'And can I return it?' })));
      expect([...first, ...second].every((a) => a.ok)).toBe(true);
      await t.app.conversations.drain();
      expect(t.app.assistantGate?.concurrency).toBe(1);
      expect(t.app.assistantGate?.peak).toBe(1);
      expect(t.app.assistantGate?.waiting).toBe(0);
      // Every shopper message got its turn, and within a conversation in the order they were sent.
      const { rows } = await t.app.db.query<{ client_id: string; turn_at: Date | null }>(
        `SELECT m.client_id, (SELECT min(a.created_at) FROM assistant_turns a WHERE a.message_id = m.id) AS turn_at
         FROM messages m WHERE m.author = 'shopper' AND m.client_id LIKE 'offline-q-%'`,
      );
      expect(rows).toHaveLength(8);
      for (const row of rows) expect(row.turn_at).not.toBeNull();
      const at = new Map(rows.map((r) => [r.client_id, new Date(r.turn_at!).getTime()]));
      for (let i = 0; i < 4; i++) expect(at.get(`offline-q-a-${i}`)!).toBeLessThanOrEqual(at.get(`offline-q-b-${i}`)!);
    } finally {
      shoppers.forEach((s) => s.disconnect());
      await t.close();
    }
  });

  it('does not let the assistant answer a turn that waited while an agent took the conversation over', async () => {
    const { t, base } = await appWith({ assistantConcurrency: 1 }, { assistantMode: 'offline' });
    const shopper = widgetSocket(base, { storeId: 'mini-store', visitorId: 'taken-while-waiting' });
    let release = (): void => undefined;
    try {
      await connected(shopper);
      const gate = t.app.assistantGate!;
      // Another turn holds the only slot, as on a node composing at full rate.
      const busy = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
      const sent = await emitAck<{ ok: boolean; message: Message }>(shopper, 'message:send', { clientId: 'taken-while-waiting-1', text: 'How long does shipping take?' });
      expect(sent).toMatchObject({ ok: true });
      for (let i = 0; i < 200 && gate.waiting === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(gate.waiting).toBe(1);

      const agent = await loginAgent(t.app, { storeId: 'mini-store' });
      const conversationId = sent.message.conversationId;
      const taken = await t.app.inject({
        method: 'POST',
        url: `/api/stores/mini-store/conversations/${conversationId}/messages`,
        headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken },
        payload: { text: 'Hi, Sam here, let me check that for you.', clientId: 'agent-takes-over-1' },
      });
      expect(taken.statusCode).toBe(201);

      release();
      await busy;
      await t.app.conversations.drain();
      const after = await listMessages(t.app.db, conversationId, { includeInternal: false });
      expect(after.map((m) => m.author)).toEqual(['shopper', 'agent']);
      expect(gate.waiting).toBe(0);
    } finally {
      release();
      shopper.disconnect();
      await t.close();
    }
  });

  it('queues turns beyond the model concurrency and tells each waiting shopper their place in line', async () => {
    const model = await startFakeOpenAI({ respond: () => ({ content: 'Happy to help with that.' }), firstByteDelayMs: 700 });
    const { t, base } = await appWith({ modelConcurrency: 1 }, { assistantMode: 'llm', llm: { ...testConfig().llm, baseUrl: model.url, apiKey: 'test-key', timeoutMs: 10_000 } });
    const shoppers: Socket[] = [];
    try {
      const queued = new Map<number, number[]>();
      const replied = new Map<number, Promise<unknown>>();
      for (let i = 0; i < 3; i++) {
        const s = widgetSocket(base, { storeId: 'mini-store', visitorId: `queue-${i}` });
        shoppers.push(s);
        await connected(s);
        queued.set(i, []);
        s.on('assistant:queued', (e: { position: number; estimatedWaitMs: number }) => queued.get(i)!.push(e.position));
        replied.set(i, waitFor<Message>(s, 'message:created', (m) => m.author === 'assistant' || m.author === 'system', 20_000));
      }
      let maxRunning = 0;
      const sampler = setInterval(() => (maxRunning = Math.max(maxRunning, t.app.modelGate?.running ?? 0)), 5);
      await Promise.all(shoppers.map((s, i) => emitAck(s, 'message:send', { clientId: `queue-msg-${i}`, text: 'Do you ship to Canada?' })));
      await Promise.all(replied.values());
      clearInterval(sampler);
      await t.app.conversations.drain();
      expect(maxRunning).toBe(1);
      const lines = [...queued.values()];
      // One went straight to the model; the others waited, saw their position and then their turn (0).
      expect(lines.filter((p) => p.length === 0)).toHaveLength(1);
      const waited = lines.filter((p) => p.length > 0);
      expect(waited).toHaveLength(2);
      expect(waited.map((p) => p[0]).sort()).toEqual([1, 2]);
      for (const p of waited) expect(p.at(-1)).toBe(0);
      expect(waited.find((p) => p[0] === 2)).toEqual([2, 1, 0]);
    } finally {
      shoppers.forEach((s) => s.disconnect());
      await t.close();
      await model.close();
    }
  });
});

const REDIS_URL = process.env.REDIS_URL;

describe.skipIf(!REDIS_URL)('limits shared by nodes through Redis', () => {
  it('counts connections made to two nodes against one budget', async () => {
    // The guard counts before the store is looked up, so a random (unknown) store id gives this run
    // its own budget in Redis: those sockets are then refused as "unknown store", the rest as limited.
    const store = `budget-${Math.random().toString(36).slice(2, 10)}`;
    const limits = { widgetConnectPerStore: { max: 4, windowMs: MINUTE } };
    const a = await appWith(limits, { redisUrl: REDIS_URL });
    const b = await appWith(limits, { redisUrl: REDIS_URL });
    await new Promise((r) => setTimeout(r, 300)); // the limiter's Redis link connects in the background
    const sockets: Socket[] = [];
    try {
      const results: Array<string | undefined> = [];
      for (let i = 0; i < 6; i++) {
        const s = widgetSocket(i % 2 ? b.base : a.base, { storeId: store });
        sockets.push(s);
        const refused = await connectError(s);
        results.push(refused?.data?.code ?? refused?.message);
      }
      expect(results).toEqual(['unknown store', 'unknown store', 'unknown store', 'unknown store', 'PARLEY_ERR_RATE_LIMITED', 'PARLEY_ERR_RATE_LIMITED']);
    } finally {
      sockets.forEach((s) => s.disconnect());
      await a.t.close();
      await b.t.close();
    }
  });

  it('keeps limiting in memory when Redis is unreachable', async () => {
    const client = createClient({ url: 'redis://127.0.0.1:1', disableOfflineQueue: true, socket: { reconnectStrategy: false, connectTimeout: 200 } });
    client.on('error', () => undefined);
    await client.connect().catch(() => undefined);
    const limiter = new RateLimiter(new RedisCounterStore(client), pino({ level: 'silent' }));
    const rate = { max: 2, windowMs: MINUTE };
    const verdicts = [];
    for (let i = 0; i < 3; i++) verdicts.push((await limiter.hit([{ scope: 'test', subject: '203.0.113.9', rate }])).allowed);
    expect(verdicts).toEqual([true, true, false]);
  });
});

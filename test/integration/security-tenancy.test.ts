/**
 * Tenant isolation on every route and socket event, found by listing the app's routes (so routes added
 * later are covered): an admin of store A calls each store route with store B's id, and with its own
 * store id but B's resource ids. For each, the same call is first made by B's own admin to find a
 * request that really works; A's copy must then be refused and leave B's data exactly as it was, and
 * nothing A gets back may contain B's data. The same for the agents' and shoppers' socket events.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { ParleyInstance } from '../../server/src/app.js';
import type { Message } from '../../protocol/messages.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { listRoutes, type Route } from '../helpers/routes.js';
import { agentSocket, connected, emitAck, widgetSocket } from '../helpers/sockets.js';

const A = 'mini-store';
const B = 'other-store';
const SECRET = 'OTHERSTORE-SECRET-7f3a';

/** Every route with its methods, without the HEAD and OPTIONS Fastify adds. */
function storeRoutes(app: ParleyInstance): Route[] {
  return listRoutes(app).filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
}

/** Requests an owner might plausibly make: tried in order until one works for B's admin. */
const BODIES: Array<Record<string, unknown> | undefined> = [
  undefined,
  {},
  { text: 'probe reply', clientId: 'tenancy-probe-0001' },
  { status: 'resolved' },
  { assigneeId: null },
  { priority: 'high' },
  { labels: ['probe'] },
  { shortcut: 'probe', language: 'en', title: 'Probe', body: 'Probe body' },
  { name: 'Probe token' },
  { email: 'probe-invite@example.com', role: 'agent' },
  { role: 'agent' },
  { title: 'Probe article', body: 'Probe body', locale: 'en' },
  { targetLanguage: 'en' },
  { language: 'en' },
  { note: 'probe' },
  { conversationId: '' },
];

describe('tenant isolation', () => {
  let t: TestApp;
  let base: string;
  let adminA: Awaited<ReturnType<typeof loginAgent>>;
  let adminB: Awaited<ReturnType<typeof loginAgent>>;
  let agentB2: Awaited<ReturnType<typeof loginAgent>>;
  let params: Record<string, string>;
  const sockets: Socket[] = [];
  const dirs: string[] = [];
  const track = (s: Socket) => (sockets.push(s), s);

  /** A digest of every row of store B, table by table. */
  async function snapshotB(): Promise<Record<string, string>> {
    const { rows: tables } = await t.app.db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'store_id' ORDER BY 1",
    );
    const out: Record<string, string> = {};
    for (const { table_name } of tables) {
      const { rows } = await t.app.db.query<{ d: string | null }>(`SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS d FROM "${table_name}" x WHERE store_id = $1`, [B]);
      out[table_name] = rows[0]?.d ?? '';
    }
    return out;
  }

  /** Ids of B's resources that earlier (owner) calls created or removed. */
  async function refreshParams(): Promise<void> {
    const latest = async (sql: string) => (await t.app.db.query<{ id: string }>(sql, [B])).rows[0]?.id;
    const found = {
      cannedId: await latest('SELECT id::text FROM canned_responses WHERE store_id = $1 ORDER BY created_at DESC LIMIT 1'),
      inviteId: await latest('SELECT id::text FROM agent_invites WHERE store_id = $1 AND revoked_at IS NULL AND accepted_at IS NULL ORDER BY created_at DESC LIMIT 1'),
      tokenId: await latest('SELECT id::text FROM store_api_tokens WHERE store_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1'),
      actionId: await latest("SELECT id::text FROM order_actions WHERE store_id = $1 AND status = 'requested' ORDER BY created_at DESC LIMIT 1"),
      attachmentId: await latest('SELECT id::text FROM attachments WHERE store_id = $1 ORDER BY created_at DESC LIMIT 1'),
    };
    for (const [k, v] of Object.entries(found)) if (v) params[k] = v;
  }

  const call = (agent: { cookie: string; csrfToken: string }, method: string, url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method: method as 'GET', url, headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken }, ...(payload ? { payload } : {}) });

  const fill = (url: string, storeId: string) => url.replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'storeId' ? storeId : params[name] ?? randomUUID()));

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-other-store-'));
    dirs.push(dir);
    cpSync(MINI_STORE, dir, { recursive: true });
    const storeFile = join(dir, 'store.json');
    writeFileSync(storeFile, JSON.stringify({ ...JSON.parse(readFileSync(storeFile, 'utf8')), id: B, name: 'Other Store' }));
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    await t.app.importStoreDirectory(dir);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    adminA = await loginAgent(t.app, { storeId: A, role: 'admin' });
    adminB = await loginAgent(t.app, { storeId: B, role: 'admin' });
    agentB2 = await loginAgent(t.app, { storeId: B, role: 'agent' });

    // Store B's shopper writes; B's agent answers and keeps a note.
    const shopper = track(widgetSocket(base, { storeId: B, visitorId: 'b-shopper' }));
    await connected(shopper);
    const ack = await emitAck<{ message: Message; session: { conversationId: string; token: string } }>(shopper, 'message:send', { clientId: 'b-secret-0001', text: `My card is ${SECRET}` });
    const conversationId = ack.session.conversationId;
    await t.app.conversations.sendAgentMessage({ storeId: B, conversationId, agentId: adminB.agentId, clientId: 'b-note-0001', text: `${SECRET} note`, internal: true });
    await t.app.conversations.drain();
    const one = async (sql: string) => (await t.app.db.query<{ id: string }>(sql, [B])).rows[0]?.id ?? randomUUID();
    params = {
      conversationId,
      messageId: ack.message.id,
      customerId: await one('SELECT id::text FROM customers WHERE store_id = $1 LIMIT 1'),
      orderId: await one('SELECT id::text FROM orders WHERE store_id = $1 LIMIT 1'),
      productId: await one('SELECT id::text FROM products WHERE store_id = $1 LIMIT 1'),
      articleId: await one('SELECT article_id AS id FROM knowledge_articles WHERE store_id = $1 LIMIT 1'),
      locale: 'en',
      agentId: agentB2.agentId,
      cannedId: await one('SELECT id::text FROM canned_responses WHERE store_id = $1 LIMIT 1'),
      attachmentId: randomUUID(),
    };
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('keeps every store route of store B closed to an admin of store A', async () => {
    // Agent routes (the public widget, help-center and webhook routes take a store id by design).
    const routes = storeRoutes(t.app).filter((r) => r.url.startsWith('/api/stores/:storeId') && !r.url.includes('/privacy/delete'));
    expect(routes.length).toBeGreaterThan(30);
    // Reads first, deletions last, so B's data exists while it matters.
    const order = (m: string) => ({ GET: 0, POST: 1, PUT: 1, PATCH: 1, DELETE: 2 })[m] ?? 1;
    routes.sort((x, y) => order(x.method) - order(y.method));
    const leaks: string[] = [];
    let exercised = 0;
    const notExercised: string[] = [];
    for (const route of routes) {
      await refreshParams();
      const variants = [fill(route.url, B), ...(/:(?!storeId)\w+/.test(route.url) ? [fill(route.url, A)] : [])];
      for (const [i, url] of variants.entries()) {
        // The request B's own admin can make (for the store-A variant: the same URL with B's id).
        const ownerUrl = i === 0 ? url : fill(route.url, B);
        let body: Record<string, unknown> | undefined;
        let worked = false;
        for (const candidate of BODIES) {
          const res = await call(adminB, route.method, ownerUrl, candidate);
          if (res.statusCode < 300) {
            body = candidate;
            worked = true;
            break;
          }
        }
        if (worked) exercised++;
        else notExercised.push(`${route.method} ${ownerUrl}`);
        const before = await snapshotB();
        const res = await call(adminA, route.method, url, body);
        const label = `${route.method} ${url}`;
        if (res.statusCode >= 500) leaks.push(`${label} → ${res.statusCode}`);
        if (i === 0 && res.statusCode < 300) leaks.push(`${label} → ${res.statusCode} for store A's admin`);
        if (res.body.includes(SECRET) || res.body.includes(params.conversationId!)) leaks.push(`${label} returned store B's data`);
        const after = await snapshotB();
        for (const table of Object.keys(after)) if (after[table] !== before[table]) leaks.push(`${label} changed store B's ${table}`);
      }
    }
    if (notExercised.length) console.info(`tenancy: ${exercised} route variants compared with their owner; ${notExercised.length} could not be made to work for the owner either`);
    expect(leaks).toEqual([]);
    // Enough of the routes really worked for their owner for the comparison to mean something.
    expect(exercised).toBeGreaterThan(routes.length / 2);
  }, 300_000);

  it('shows store A’s inbox nothing of store B', async () => {
    for (const route of storeRoutes(t.app).filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.includes(':'))) {
      const res = await call(adminA, 'GET', route.url);
      expect(res.statusCode, route.url).toBeLessThan(500);
      expect(res.body.includes(SECRET) || res.body.includes(params.conversationId!), `${route.url} leaks store B`).toBe(false);
    }
  });

  it('keeps store B’s conversations out of reach of store A’s agents on the socket', async () => {
    const inboxA = track(agentSocket(base, adminA.cookie));
    const inboxB = track(agentSocket(base, adminB.cookie));
    await Promise.all([connected(inboxA), connected(inboxB)]);
    const seenByA: string[] = [];
    inboxA.onAny((event: string, payload: unknown) => seenByA.push(`${event} ${JSON.stringify(payload)}`));
    const reachedB: string[] = [];
    inboxB.onAny((event: string, payload: unknown) => {
      if (event !== 'agents:online') reachedB.push(event);
    });
    const before = await snapshotB();
    const { conversationId } = params;
    for (const storeId of [B, A]) {
      const sent = await emitAck<{ ok: boolean; code?: string }>(inboxA, 'message:send', { storeId, conversationId, clientId: `a-probe-${storeId}`, text: 'sneaky', internal: false });
      expect(sent.ok).toBe(false);
    }
    inboxA.emit('typing', { conversationId, typing: true });
    inboxA.emit('conversation:view', { conversationId });
    await new Promise((r) => setTimeout(r, 300));
    expect(reachedB).toEqual([]);
    expect(await snapshotB()).toEqual(before);

    // A shopper of B writes again: A's inbox hears nothing of it.
    const shopper = track(widgetSocket(base, { storeId: B, visitorId: 'b-shopper-2' }));
    await connected(shopper);
    await emitAck(shopper, 'message:send', { clientId: 'b-secret-0002', text: `Again ${SECRET}` });
    await t.app.conversations.drain();
    await new Promise((r) => setTimeout(r, 200));
    expect(seenByA.filter((s) => s.includes(SECRET) || s.includes(B))).toEqual([]);
  });

  it('never opens one shopper’s conversation to another, nor across stores', async () => {
    const owner = track(widgetSocket(base, { storeId: A, visitorId: 'owner' }));
    await connected(owner);
    const ack = await emitAck<{ session: { conversationId: string; token: string } }>(owner, 'message:send', { clientId: 'owner-0001', text: 'my private question' });
    const { conversationId, token } = ack.session;

    const other = track(widgetSocket(base, { storeId: A, visitorId: 'other' }));
    await connected(other);
    expect(await emitAck(other, 'conversation:open', { conversationId })).toMatchObject({ ok: false, code: 'PARLEY_ERR_CONVERSATION_NOT_FOUND' });
    expect(await emitAck<{ messages: Message[] }>(other, 'messages:sync', { afterSeq: 0 })).toMatchObject({ messages: [] });
    const list = await emitAck<{ conversations: Array<{ id: string }> }>(other, 'conversations:list', { tokens: [] });
    expect(list.conversations.map((c) => c.id)).not.toContain(conversationId);
    // The token is the shopper's key, and only for its own store.
    const elsewhere = track(widgetSocket(base, { storeId: B, token }));
    await connected(elsewhere);
    expect(await emitAck<{ messages: Message[] }>(elsewhere, 'messages:sync', { afterSeq: 0 })).toMatchObject({ messages: [] });
    expect(await emitAck(elsewhere, 'conversation:open', { token })).toMatchObject({ ok: false });
    await t.app.conversations.drain();
  });
});

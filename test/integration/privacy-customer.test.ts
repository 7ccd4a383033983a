/**
 * GDPR export and erasure of one customer, through the admin API: the export holds their
 * conversations, images and orders and nobody else's; after the erasure no column of any table
 * (search indexes included) still mentions them, while the other customer's data is untouched.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { connected, emitAck, widgetSocket } from '../helpers/sockets.js';
import type { CustomerExport } from '../../server/src/privacy/export-customer.js';

const STORE = 'mini-store';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

interface Ids {
  customerId: string;
  conversationIds: string[];
  orderIds: string[];
  token: string;
}

/** Every (table, column) whose text form could hold a name, address, id or message. */
async function searchableColumns(t: TestApp): Promise<Array<{ table: string; column: string }>> {
  const { rows } = await t.app.db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema AND tb.table_type = 'BASE TABLE'
     WHERE c.table_schema = current_schema() AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'uuid', 'ARRAY', 'bytea')
     ORDER BY 1, 2`,
  );
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

/** Rows, per table.column, whose value mentions any of the needles (case-insensitive). */
async function mentions(t: TestApp, needles: string[]): Promise<string[]> {
  const hits: string[] = [];
  const patterns = needles.map((n) => `%${n.toLowerCase()}%`);
  for (const { table, column } of await searchableColumns(t)) {
    const expr = column === 'data' && table === 'attachments' ? `encode("${column}", 'escape')` : `"${column}"::text`;
    const { rows } = await t.app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE lower(${expr}) LIKE ANY($1::text[])`, [patterns]);
    if ((rows[0]?.n ?? 0) > 0) hits.push(`${table}.${column} (${rows[0]!.n})`);
  }
  return hits;
}

describe('GDPR export and erasure per customer', () => {
  let t: TestApp;
  let base: string;
  let admin: Awaited<ReturnType<typeof loginAgent>>;
  let ana: Ids;
  let tom: Ids;
  const sockets: Socket[] = [];

  async function chatAs(externalId: string, lines: string[]): Promise<{ conversationId: string; token: string; socket: Socket }> {
    const { rows } = await t.app.db.query<{ identity_secret: string }>('SELECT identity_secret FROM stores WHERE id = $1', [STORE]);
    const signature = createHmac('sha256', rows[0]!.identity_secret).update(externalId).digest('hex');
    const socket = widgetSocket(base, { storeId: STORE, identity: { id: externalId, signature } });
    sockets.push(socket);
    await connected(socket);
    let session = { conversationId: '', token: '' };
    for (const [i, text] of lines.entries()) {
      const ack = await emitAck<{ ok: boolean; session: { conversationId: string; token: string } }>(socket, 'message:send', { clientId: `${externalId}-msg-${i}`, text });
      expect(ack.ok).toBe(true);
      session = ack.session;
    }
    await t.app.conversations.drain();
    return { ...session, socket };
  }

  async function idsOf(externalId: string, conversation: { conversationId: string; token: string }): Promise<Ids> {
    const { rows } = await t.app.db.query<{ id: string }>('SELECT id FROM customers WHERE store_id = $1 AND external_id = $2', [STORE, externalId]);
    const customerId = rows[0]!.id;
    const orders = await t.app.db.query<{ id: string }>('SELECT id FROM orders WHERE store_id = $1 AND customer_id = $2', [STORE, customerId]);
    return { customerId, conversationIds: [conversation.conversationId], orderIds: orders.rows.map((r) => r.id), token: conversation.token };
  }

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    admin = await loginAgent(t.app, { storeId: STORE, role: 'admin' });

    const anaChat = await chatAs('501', ['Hola, soy Ana García, mi pedido #M1001 no llega', 'Mi correo es ana@example.com y vivo en Calle Mayor 5']);
    ana = await idsOf('501', anaChat);
    const tomChat = await chatAs('502', ['Hello, Tom Baker here, where is my parcel?']);
    tom = await idsOf('502', tomChat);

    // An image she attached, an agent's reply and a private note about her, her rating.
    const upload = await t.app.inject({ method: 'POST', url: `/api/widget/${STORE}/attachments`, headers: { 'content-type': 'image/png', 'x-parley-token': ana.token, 'x-file-name': 'ana-garcia-damaged-box.png' }, payload: PNG });
    expect(upload.statusCode).toBeLessThan(300);
    const [anaConversation] = ana.conversationIds;
    for (const [i, internal] of [false, true].entries()) {
      await t.app.conversations.sendAgentMessage({ storeId: STORE, conversationId: anaConversation!, agentId: admin.agentId, clientId: `agent-ana-${i}`, text: internal ? 'Note: Ana García is a VIP, refund approved' : 'Hola Ana, lo reviso ahora', internal });
    }
    // Earlier, anonymously, she left only her e-mail address in another conversation.
    const anon = widgetSocket(base, { storeId: STORE });
    sockets.push(anon);
    await connected(anon);
    const anonAck = await emitAck<{ session: { conversationId: string } }>(anon, 'message:send', { clientId: 'anon-ana-1', text: 'Can you write to me at ANA@example.com?' });
    await t.app.db.query('UPDATE conversations SET contact_email = $2 WHERE id = $1', [anonAck.session.conversationId, 'Ana@Example.com']);
    ana.conversationIds.push(anonAck.session.conversationId);
    // A queued job about her conversation.
    await t.app.jobs.enqueue('jobs.prune', { conversationId: anaConversation }, { storeId: STORE, delayMs: 3_600_000 });
    await t.app.conversations.drain();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('exports everything about the customer and nothing about anyone else', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/stores/${STORE}/privacy/export?externalId=501`, headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json() as CustomerExport;
    expect(data.subject).toEqual({ customerId: ana.customerId, email: 'ana@example.com' });
    expect(data.tables.customers?.map((c) => c.id)).toEqual([ana.customerId]);
    expect(new Set(data.tables.conversations?.map((c) => c.id))).toEqual(new Set(ana.conversationIds));
    const texts = (data.tables.messages ?? []).map((m) => m.text as string);
    expect(texts).toEqual(expect.arrayContaining(['Hola, soy Ana García, mi pedido #M1001 no llega', 'Note: Ana García is a VIP, refund approved', 'Can you write to me at ANA@example.com?']));
    expect(data.tables.orders?.map((o) => o.name)).toEqual(['#M1001']);
    expect(data.tables.shipments?.length).toBeGreaterThan(0);
    expect(Buffer.from(data.tables.attachments?.[0]?.data as string, 'base64').equals(PNG)).toBe(true);
    // No credentials, and nothing of Tom's.
    expect(JSON.stringify(data)).not.toContain('token_hash');
    expect(JSON.stringify(data)).not.toMatch(/Tom Baker|tom@example\.org/);
    expect(JSON.stringify(data)).not.toContain(tom.conversationIds[0]);
  });

  it('lets only admins export or erase, and erasing needs the CSRF token and an explicit confirmation', async () => {
    const agent = await loginAgent(t.app, { storeId: STORE, role: 'agent' });
    expect((await t.app.inject({ method: 'GET', url: `/api/stores/${STORE}/privacy/export?externalId=501`, headers: { cookie: agent.cookie } })).statusCode).toBe(403);
    const body = { externalId: '501', confirm: 'DELETE' };
    expect((await t.app.inject({ method: 'POST', url: `/api/stores/${STORE}/privacy/delete`, headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken }, payload: body })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/stores/${STORE}/privacy/delete`, headers: { cookie: admin.cookie }, payload: body })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/stores/${STORE}/privacy/delete`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, payload: { externalId: '501' } })).statusCode).toBe(400);
    const { rows } = await t.app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM customers WHERE id = $1', [ana.customerId]);
    expect(rows[0]?.n).toBe(1);
  });

  it('erases the customer so that no table, column or search index mentions her any more', async () => {
    const needles = ['ana@example.com', 'Ana García', 'Calle Mayor', 'ana-garcia-damaged', ana.customerId, ...ana.conversationIds, ...ana.orderIds, '#M1001'];
    expect((await mentions(t, needles)).length).toBeGreaterThan(3); // the check finds her before
    const tomBefore = await mentions(t, ['Tom Baker', tom.customerId, ...tom.conversationIds]);

    const anaSocket = sockets[0]!;
    const dropped = new Promise<void>((resolve) => anaSocket.once('disconnect', () => resolve()));
    const res = await t.app.inject({ method: 'POST', url: `/api/stores/${STORE}/privacy/delete`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, payload: { externalId: '501', confirm: 'DELETE' } });
    expect(res.statusCode).toBe(200);
    const { deleted } = res.json() as { deleted: Record<string, number> };
    expect(deleted).toMatchObject({ customers: 1, conversations: 2, orders: 1, attachments: 1, jobs: 1 });
    await dropped; // her open widget was let go

    expect(await mentions(t, needles)).toEqual([]);
    // The inbox search (trigram index on message text) finds nothing either.
    const search = await t.app.db.query('SELECT id FROM messages WHERE text ILIKE $1', ['%García%']);
    expect(search.rows).toEqual([]);
    // Tom is untouched, and the request is on record without saying who it was about.
    expect(await mentions(t, ['Tom Baker', tom.customerId, ...tom.conversationIds])).toEqual(tomBefore);
    const audit = await t.app.db.query<{ kind: string; counts: Record<string, number> }>('SELECT kind, counts FROM privacy_requests WHERE store_id = $1 ORDER BY created_at', [STORE]);
    expect(audit.rows.map((r) => r.kind)).toEqual(['export', 'delete']);
    expect(audit.rows[1]?.counts.messages).toBeGreaterThan(3);
  });

  it('answers 404 for someone the store holds nothing about', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/stores/${STORE}/privacy/delete`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, payload: { email: 'nobody@example.net', confirm: 'DELETE' } });
    expect(res.statusCode).toBe(404);
  });
});

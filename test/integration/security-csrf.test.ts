/**
 * CSRF: every state-changing route an agent's browser can reach with its session cookie refuses the
 * request without the session's X-CSRF-Token (or with someone else's), and changes nothing. Routes are
 * listed from the app, so new ones are covered. Webhooks authenticate by signature instead: a wrong or
 * missing signature is refused.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { listRoutes } from '../helpers/routes.js';

const STORE = 'mini-store';

/** Before a session exists there is no token to check (login and invitations use other limits). */
const PRE_SESSION = new Set(['POST /api/auth/login', 'POST /api/auth/invites/lookup', 'POST /api/auth/invites/accept']);

describe('CSRF and webhook signatures', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof loginAgent>>;
  let other: Awaited<ReturnType<typeof loginAgent>>;
  let ids: Record<string, string>;

  async function digest(): Promise<string> {
    const { rows: tables } = await t.app.db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('agent_sessions', 'attempt_counters', 'jobs') ORDER BY 1",
    );
    const parts: string[] = [];
    for (const { table_name } of tables) {
      const { rows } = await t.app.db.query<{ d: string | null }>(`SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS d FROM "${table_name}" x`);
      parts.push(`${table_name}:${rows[0]?.d ?? ''}`);
    }
    return parts.join('\n');
  }

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    admin = await loginAgent(t.app, { storeId: STORE, role: 'admin' });
    other = await loginAgent(t.app, { storeId: STORE, role: 'admin' });
    const { conversation } = await t.app.conversations.start({ storeId: STORE, visitorId: 'csrf' });
    const message = await t.app.conversations.receiveShopperMessage(conversation, { clientId: 'csrf-0001', text: 'hello' });
    await t.app.conversations.drain();
    const first = async (sql: string) => (await t.app.db.query<{ id: string }>(sql, [STORE])).rows[0]?.id ?? '00000000-0000-0000-0000-000000000000';
    ids = {
      storeId: STORE,
      conversationId: conversation.id,
      messageId: message.id,
      orderId: await first('SELECT id::text FROM orders WHERE store_id = $1 LIMIT 1'),
      articleId: await first('SELECT article_id AS id FROM knowledge_articles WHERE store_id = $1 LIMIT 1'),
      agentId: other.agentId,
      locale: 'en',
    };
  });
  afterAll(async () => t.close());

  it('refuses every state-changing cookie-authenticated request without the right CSRF token', async () => {
    const mutating = listRoutes(t.app).filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.url.startsWith('/api/') && !PRE_SESSION.has(`${r.method} ${r.url}`));
    expect(mutating.length).toBeGreaterThan(20);
    const before = await digest();
    const accepted: string[] = [];
    for (const route of mutating) {
      const url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => ids[name] ?? '00000000-0000-0000-0000-000000000000');
      for (const token of [undefined, other.csrfToken, '']) {
        const res = await t.app.inject({
          method: route.method as 'POST',
          url,
          headers: { cookie: admin.cookie, ...(token !== undefined ? { 'x-csrf-token': token } : {}), origin: 'https://evil.example' },
          payload: { text: 'csrf', clientId: 'csrf-probe-01', status: 'resolved' },
        });
        if (res.statusCode < 300 || res.statusCode >= 500) accepted.push(`${route.method} ${url} (token ${token === undefined ? 'missing' : 'wrong'}) → ${res.statusCode}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(await digest()).toBe(before);
    // The right token still works (the check is not simply refusing everything).
    const ok = await t.app.inject({ method: 'POST', url: `/api/stores/${STORE}/conversations/${ids.conversationId}/messages`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, payload: { text: 'legit', clientId: 'csrf-legit-01' } });
    expect(ok.statusCode).toBeLessThan(300);
  });

  it('refuses webhooks whose signature is missing or wrong, and accepts a correct one', async () => {
    const { rows } = await t.app.db.query<{ webhook_secret: string }>('SELECT webhook_secret FROM stores WHERE id = $1', [STORE]);
    const secret = rows[0]!.webhook_secret;
    const body = JSON.stringify({ id: 424242, name: '#CSRF1', email: 'webhook@example.com', currency: 'EUR', total_price: '1.00', created_at: '2026-11-01T10:00:00Z', updated_at: '2026-11-01T10:00:00Z', line_items: [] });
    const send = (signature: string | undefined) =>
      t.app.inject({
        method: 'POST',
        url: `/webhooks/shopify/${STORE}`,
        headers: { 'content-type': 'application/json', 'x-shopify-topic': 'orders/create', 'x-shopify-webhook-id': `wh-${Math.random()}`, ...(signature !== undefined ? { 'x-shopify-hmac-sha256': signature } : {}) },
        payload: body,
      });
    const before = await digest();
    for (const signature of [undefined, '', createHmac('sha256', 'not-the-secret').update(body).digest('base64'), createHmac('sha256', secret).update(`${body} `).digest('base64')]) {
      const res = await send(signature);
      expect(res.statusCode).toBe(401);
    }
    expect(await digest()).toBe(before);
    const good = await send(createHmac('sha256', secret).update(body).digest('base64'));
    expect(good.statusCode).toBeLessThan(300);

    const inbound = await t.app.inject({ method: 'POST', url: '/api/email/inbound', headers: { authorization: 'Bearer wrong' }, payload: {} });
    expect([401, 403, 404]).toContain(inbound.statusCode);
  });
});

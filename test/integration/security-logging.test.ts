/**
 * Secrets never reach the logs: a real node process logging at `trace` goes through login (right and
 * wrong password), the widget identity secret, store API tokens, signed webhooks, the inbound-mail
 * secret, shopper conversation tokens and e-mail addresses, with the model key and SMTP password in
 * its configuration. Afterwards none of those values may appear anywhere in what it logged.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { startNode, type NodeHandle } from '../../bench/load/node-process.js';
import { MINI_STORE } from '../helpers/app.js';
import { connected, emitAck } from '../helpers/sockets.js';

const PASSWORD = 'Corr3ct-Horse-Battery-Staple';
const OPENAI_KEY = 'sk-test-OPENAIKEY-1f2e3d4c';
const SMTP_PASSWORD = 'SMTPPASS-9a8b7c';
const INBOUND_SECRET = 'INBOUNDSECRET-5e6f7a';
const SHOPPER_EMAIL = 'ana.private@example.com';

// The node runs the embedded database either way: once, in the embedded project.
describe.skipIf(Boolean(process.env.DATABASE_URL))('secrets in logs', () => {
  let dir: string;
  let node: NodeHandle;
  let logFile: string;
  const secrets: Record<string, string> = { PASSWORD, OPENAI_KEY, SMTP_PASSWORD, INBOUND_SECRET, SHOPPER_EMAIL };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-logs-'));
    logFile = join(dir, 'node.log');
    node = await startNode(
      'parley',
      {
        PORT: '0',
        LOG_LEVEL: 'trace',
        PARLEY_DEMO_STORE: 'off',
        PARLEY_ASSISTANT: 'offline',
        PARLEY_DATA_DIR: join(dir, 'data'),
        OPENAI_API_KEY: OPENAI_KEY,
        SMTP_URL: `smtp://parley:${SMTP_PASSWORD}@127.0.0.1:9`,
        PARLEY_EMAIL_INBOUND_SECRET: INBOUND_SECRET,
        BENCH_IMPORT_STORE: MINI_STORE,
        BENCH_AGENTS: '1',
        BENCH_AGENT_PASSWORD: PASSWORD,
      },
      logFile,
    );
  }, 180_000);
  afterAll(async () => {
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every secret and personal detail out of a trace-level log', async () => {
    const http = (path: string, init: RequestInit = {}) => fetch(`${node.url}${path}`, init);

    expect((await http('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench-agent-0@parley.test', password: `${PASSWORD}-wrong` }) })).status).toBe(401);
    const login = await http('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench-agent-0@parley.test', password: PASSWORD }) });
    expect(login.status).toBe(200);
    const session = /parley_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    secrets.SESSION = session;
    secrets.CSRF = csrfToken;
    const agent = { cookie: `parley_session=${session}`, 'x-csrf-token': csrfToken };

    const identity = (await (await http('/api/stores/mini-store/widget/identity-secret', { headers: agent })).json()) as { identitySecret: string };
    secrets.IDENTITY_SECRET = identity.identitySecret;
    const created = (await (await http('/api/stores/mini-store/api-tokens', { method: 'POST', headers: { ...agent, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ERP' }) })).json()) as { token: string };
    secrets.API_TOKEN = created.token;
    await http('/api/stores/mini-store/orders', { method: 'POST', headers: { authorization: `Bearer ${created.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ broken: true }) });
    await http('/api/stores/mini-store/orders', { method: 'POST', headers: { authorization: `Bearer ${created.token}x`, 'content-type': 'application/json' }, body: '{}' });

    const webhookSecret = (await node.query<{ webhook_secret: string }>("SELECT webhook_secret FROM stores WHERE id = 'mini-store'"))[0]!.webhook_secret;
    secrets.WEBHOOK_SECRET = webhookSecret;
    const body = JSON.stringify({ id: 777, name: '#LOG1', email: SHOPPER_EMAIL, currency: 'EUR', total_price: '5.00', created_at: '2026-11-01T10:00:00Z', updated_at: '2026-11-01T10:00:00Z', line_items: [] });
    for (const key of [webhookSecret, 'wrong']) {
      await http('/webhooks/shopify/mini-store', { method: 'POST', headers: { 'content-type': 'application/json', 'x-shopify-topic': 'orders/create', 'x-shopify-webhook-id': `log-${key.length}`, 'x-shopify-hmac-sha256': createHmac('sha256', key).update(body).digest('base64') }, body });
    }
    for (const secret of [INBOUND_SECRET, 'wrong']) {
      await http('/api/email/inbound', { method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: JSON.stringify({ from: SHOPPER_EMAIL, to: 'support@localhost', text: 'hello' }) });
    }

    // A signed-in shopper chats, leaves their e-mail, and comes back with their conversation token.
    const signature = createHmac('sha256', identity.identitySecret).update('501').digest('hex');
    const shopper = io(`${node.url}/widget`, { auth: { storeId: 'mini-store', identity: { id: '501', email: SHOPPER_EMAIL, signature } }, transports: ['websocket'], forceNew: true, reconnection: false });
    await connected(shopper);
    const sent = await emitAck<{ session: { token: string } }>(shopper, 'message:send', { clientId: 'log-000001', text: `Please write to ${SHOPPER_EMAIL}` });
    secrets.CONVERSATION_TOKEN = sent.session.token;
    await emitAck(shopper, 'message:send', { clientId: 'x', text: 'too short a client id' });
    shopper.disconnect();
    const back = io(`${node.url}/widget`, { auth: { storeId: 'mini-store', token: sent.session.token }, transports: ['websocket'], forceNew: true, reconnection: false });
    await connected(back);
    await emitAck(back, 'messages:sync', { afterSeq: 0 });
    back.disconnect();
    await http('/api/widget/mini-store/attachments', { method: 'POST', headers: { 'x-parley-token': sent.session.token, 'content-type': 'image/png' }, body: 'not an image' });
    await http('/api/auth/logout', { method: 'POST', headers: agent });
    await node.stop();

    const log = readFileSync(logFile, 'utf8');
    // It did log what happened (requests, refusals).
    expect(log).toContain('/api/auth/login');
    expect(log).toContain('/webhooks/shopify/mini-store');
    const leaked = Object.entries(secrets).filter(([, value]) => value && log.includes(value)).map(([name]) => name);
    expect(leaked).toEqual([]);
  }, 180_000);
});

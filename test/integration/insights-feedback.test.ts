/**
 * Post-delivery feedback requests on the demo store, e-mailed to a real SMTP server started by the
 * test: every delivered own-store order is asked once, in the shopper's language, with neutral words;
 * marketplace orders are skipped with the reason; the signed rating page stores one rating, which the
 * CSAT report counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { buildTestApp, DEMO_STORE, loginAgent, testConfig, type TestApp } from '../helpers/app.js';

import { localDate } from '../../server/src/time/business-days.js';

const STORE = 'harbor-hem';
const NOW = '2026-11-23T09:00:00Z';

async function startSmtp(): Promise<{ server: SMTPServer; port: number; inbox: ParsedMail[] }> {
  const inbox: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        inbox.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, port: (server.server.address() as AddressInfo).port, inbox };
}

interface RequestRow {
  order_name: string;
  channel: string;
  status: string;
  skip_reason: string | null;
  locale: string;
  conversation_id: string | null;
}

describe('post-delivery feedback requests', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let admin: Awaited<ReturnType<typeof loginAgent>>;
  const requests = async () =>
    (await t.app.db.query<RequestRow>(
      `SELECT o.name AS order_name, r.channel, r.status, r.skip_reason, r.locale, r.conversation_id
       FROM feedback_requests r JOIN orders o ON o.id = r.order_pk ORDER BY o.name`,
    )).rows;
  const scan = async () =>
    (await t.app.inject({ method: 'POST', url: `/api/stores/${STORE}/insights/scan`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, payload: { what: 'feedback' } })).json().result;

  beforeAll(async () => {
    smtp = await startSmtp();
    const email = { ...testConfig().email, smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Harbor & Hem <support@harborandhem.example>' };
    t = await buildTestApp({ store: DEMO_STORE, config: { email, publicUrl: 'https://help.harborandhem.example', insights: { proactiveScanMinutes: 0, feedbackScanMinutes: 0 } } });
    t.app.clock.set(NOW);
    admin = await loginAgent(t.app, { storeId: STORE, role: 'admin' });
    await t.app.inject({
      method: 'PUT', url: `/api/stores/${STORE}/insights/settings`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: { feedback: { enabled: true, delayDays: 3 } },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it('asks about every order delivered 3–17 days ago, once, and skips marketplace orders with the reason', async () => {
    const first = await scan();
    expect(first.queued).toBeGreaterThan(0);
    await expect.poll(async () => (await requests()).filter((r) => r.status === 'pending').length, { timeout: 20_000 }).toBe(0);
    const rows = await requests();
    // Delivered between 2026-11-06 09:00Z and 2026-11-20 09:00Z, every parcel of the order delivered.
    const { rows: expected } = await t.app.db.query<{ name: string }>(
      `SELECT o.name FROM orders o WHERE o.store_id = $1 AND o.cancelled_at IS NULL
         AND EXISTS (SELECT 1 FROM shipments s WHERE s.order_pk = o.id AND s.kind = 'outbound')
         AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_pk = o.id AND s.kind = 'outbound' AND (s.status <> 'delivered' OR s.delivered_at IS NULL))
         AND (SELECT max(delivered_at) FROM shipments s WHERE s.order_pk = o.id AND s.kind = 'outbound') BETWEEN '2026-11-06T09:00:00Z' AND '2026-11-20T09:00:00Z'
       ORDER BY o.name`,
      [STORE],
    );
    expect(rows.map((r) => r.order_name)).toEqual(expected.map((r) => r.name));
    for (const r of rows) {
      if (r.channel === 'shopify') expect(r.status, r.order_name).toBe('sent');
      else expect(r, r.order_name).toMatchObject({ status: 'skipped', skip_reason: `marketplace_rules:${r.channel}` });
    }
    expect(rows.some((r) => r.channel !== 'shopify')).toBe(true);
    expect((await scan()).queued).toBe(0); // once per order
    expect(smtp.inbox.length).toBe(rows.filter((r) => r.status === 'sent').length);
  });

  it('writes neutral words in the shopper language, and the signed link rates the order once', async () => {
    const sent = (await requests()).find((r) => r.status === 'sent' && r.locale !== 'en') ?? (await requests()).find((r) => r.status === 'sent')!;
    const mail = smtp.inbox.find((m) => m.subject?.includes(sent.order_name))!;
    expect(mail.text).toContain(sent.order_name);
    const link = /https:\/\/help\.harborandhem\.example(\/feedback\/[0-9a-f-]{36}\/[0-9a-f]{32})/.exec(mail.text ?? '')![1]!;

    const page = await t.app.inject({ url: link });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain(`lang="${sent.locale}"`);
    expect(page.body.match(/name="rating"/g)).toHaveLength(5);

    const forged = await t.app.inject({ url: link.replace(/[0-9a-f]{32}$/, '0'.repeat(32)) });
    expect(forged.statusCode).toBe(404);
    const offScale = await t.app.inject({ method: 'POST', url: link, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'rating=9' });
    expect(offScale.statusCode).toBe(400);

    const rated = await t.app.inject({ method: 'POST', url: link, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'rating=2&comment=Arrived+late' });
    expect(rated.statusCode).toBe(200);
    const again = await t.app.inject({ method: 'POST', url: link, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'rating=5' });
    expect(again.statusCode).toBe(409);
    const { rows } = await t.app.db.query<{ rating: number; comment: string }>('SELECT rating, comment FROM conversation_feedback WHERE conversation_id = $1', [sent.conversation_id]);
    expect(rows).toEqual([{ rating: 2, comment: 'Arrived late' }]);
  });

  it('shows the request in the shopper conversation list as a resolved conversation the widget can rate, and not as a conversation in reports until they answer', async () => {
    const sent = (await requests()).find((r) => r.status === 'sent')!;
    const { rows } = await t.app.db.query<{ status: string; customer_id: string | null; text: string; author: string }>(
      `SELECT c.status, c.customer_id, m.text, m.author FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE c.id = $1`,
      [sent.conversation_id],
    );
    expect(rows[0]).toMatchObject({ status: 'resolved', author: 'assistant' });
    expect(rows[0]!.customer_id).not.toBeNull();
    // Today in the store's time zone (Amsterdam): after 23:00 UTC that is already tomorrow.
    const today = localDate(new Date(), 'Europe/Amsterdam');
    const report = (await t.app.inject({ url: `/api/stores/${STORE}/reports?from=${today}&to=${today}`, headers: { cookie: admin.cookie } })).json();
    expect(report.totals.conversations).toBe(0);
    expect(report.feedbackRequests.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe((await requests()).length);
  });
});

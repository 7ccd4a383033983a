/**
 * Proactive notices on the demo store at its evaluation instant (2026-11-23 09:00 UTC), delivered by
 * the job queue to a real SMTP server started by the test: which parcels call for a notice, in which
 * language, once per event, what the shopper and the agents see, and what marketplace rules forbid.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { buildTestApp, DEMO_STORE, loginAgent, testConfig, type TestApp } from '../helpers/app.js';
import { listMessages } from '../../server/src/conversations/messages-repository.js';

const NOW = '2026-11-23T09:00:00Z';
const STORE = 'harbor-hem';

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

interface NoticeRow {
  kind: string;
  order_name: string;
  status: string;
  locale: string;
  email_status: string | null;
  suppressed_reason: string | null;
  conversation_id: string | null;
}

describe('proactive notices', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let admin: Awaited<ReturnType<typeof loginAgent>>;
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, payload });
  const notices = async () =>
    (await t.app.db.query<NoticeRow>(
      `SELECT n.kind, o.name AS order_name, n.status, n.locale, n.email_status, n.suppressed_reason, n.conversation_id
       FROM proactive_notices n JOIN orders o ON o.id = n.order_pk ORDER BY o.name, n.kind`,
    )).rows;
  const settled = async () => {
    await expect.poll(async () => (await notices()).filter((n) => n.status === 'pending').length, { timeout: 20_000, interval: 100 }).toBe(0);
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    const email = { ...testConfig().email, smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Harbor & Hem <support@harborandhem.example>' };
    t = await buildTestApp({ store: DEMO_STORE, config: { email, insights: { proactiveScanMinutes: 0, feedbackScanMinutes: 0 } } });
    t.app.clock.set(NOW);
    admin = await loginAgent(t.app, { storeId: STORE, role: 'admin' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it('is off until the store turns it on', async () => {
    const res = await post(`/api/stores/${STORE}/insights/scan`, { what: 'proactive' });
    expect(res.json().result.notices).toBe(0);
  });

  it('finds each kind of event once, and a second scan adds nothing', async () => {
    const put = await t.app.inject({
      method: 'PUT', url: `/api/stores/${STORE}/insights/settings`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: { proactive: { enabled: true } },
    });
    expect(put.json().settings.proactive).toMatchObject({ enabled: true, email: true });
    const first = (await post(`/api/stores/${STORE}/insights/scan`, { what: 'proactive' })).json().result;
    expect(first.notices).toBeGreaterThanOrEqual(4);
    await settled();
    const byOrder = new Map((await notices()).map((n) => [n.order_name, n]));
    expect(byOrder.get('#2024')?.kind).toBe('customs_hold'); // "Customs inspection in progress"
    expect(byOrder.get('#2037')?.kind).toBe('failed_attempt'); // "Notice Left (No Authorized Recipient Available)"
    expect(byOrder.get('#2010')?.kind).toBe('lost'); // no scan for 49 days
    expect(byOrder.get('#2021')?.kind).toBe('late'); // due 2026-11-19, still in transit
    expect(byOrder.has('#2034')).toBe(false); // past due but waiting at a pickup point: not "running late"
    expect(byOrder.has('#2001')).toBe(false); // delivered

    const second = (await post(`/api/stores/${STORE}/insights/scan`, { what: 'proactive' })).json().result;
    expect(second.notices).toBe(0);
    t.app.clock.set('2026-11-23T21:00:00Z');
    expect((await post(`/api/stores/${STORE}/insights/scan`, { what: 'proactive' })).json().result.notices).toBe(0);
    t.app.clock.set(NOW);
  });

  it('tells the shopper in their language, in a conversation of theirs and by e-mail, with what happens next', async () => {
    const customs = (await notices()).find((n) => n.order_name === '#2024')!;
    expect(customs).toMatchObject({ status: 'delivered', locale: 'es', email_status: 'sent' });
    const messages = await listMessages(t.app.db, customs.conversation_id!, { includeInternal: true });
    const notice = messages.find((m) => m.author === 'assistant')!;
    expect(notice.language).toBe('es');
    expect(notice.text).toMatch(/retenido en la aduana/);
    expect(notice.payload).toMatchObject({ kind: 'tracking', proactive: { event: 'customs_hold', orderName: '#2024' } });
    // Agents see a private note saying what was sent.
    expect(messages.find((m) => m.internal)?.text).toMatch(/Proactive notice sent \(customs hold\) for #2024/);
    const { rows } = await t.app.db.query<{ customer_id: string | null; status: string }>('SELECT customer_id, status FROM conversations WHERE id = $1', [customs.conversation_id]);
    expect(rows[0]!.customer_id).not.toBeNull();

    const mail = smtp.inbox.find((m) => m.subject?.includes('#2024'));
    expect(mail?.subject).toBe('Novedades sobre tu pedido #2024');
    expect(mail?.text).toContain('retenido en la aduana');
    expect(mail?.replyTo?.text).toMatch(/\+c-[0-9a-f]{32}-[0-9a-f]{16}@/);

    const lost = (await notices()).find((n) => n.order_name === '#2010')!;
    const lostText = (await listMessages(t.app.db, lost.conversation_id!, { includeInternal: false }))[0]!.text;
    expect(lostText).toMatch(/49 days/);
    expect(lostText).toMatch(/a free reshipment or a full refund/); // the store's remedies for a lost parcel
  });

  it('never e-mails marketplace buyers, and records why', async () => {
    // Make an Amazon order's parcel fail a delivery attempt.
    const { rows } = await t.app.db.query<{ id: string; order_name: string }>(
      `SELECT s.id, o.name AS order_name FROM shipments s JOIN orders o ON o.id = s.order_pk
       WHERE o.channel = 'amazon' AND s.status NOT IN ('delivered', 'returned') ORDER BY o.name LIMIT 1`,
    );
    const amazon = rows[0]!;
    await t.app.db.query(`UPDATE shipments SET status = 'failed_attempt' WHERE id = $1`, [amazon.id]);
    const before = smtp.inbox.length;
    expect((await post(`/api/stores/${STORE}/insights/scan`, { what: 'proactive' })).json().result.notices).toBe(1);
    await settled();
    const n = (await notices()).find((x) => x.order_name === amazon.order_name)!;
    expect(n.kind).toBe('failed_attempt');
    if (n.status === 'delivered') expect(n.email_status).toBe('skipped'); // shown in the widget to a signed-in customer only
    else expect(n).toMatchObject({ status: 'suppressed', suppressed_reason: 'marketplace_rules:amazon' });
    expect(smtp.inbox.length).toBe(before);
  });

  it('counts notices by kind and status in the report of the day they were detected', async () => {
    const report = (await t.app.inject({ url: `/api/stores/${STORE}/reports?from=2026-11-23&to=2026-11-23`, headers: { cookie: admin.cookie } })).json();
    const expected = (await notices()).reduce<Record<string, number>>((acc, n) => ({ ...acc, [`${n.kind}/${n.status}`]: (acc[`${n.kind}/${n.status}`] ?? 0) + 1 }), {});
    const reported = Object.fromEntries(report.proactive.map((p: { kind: string; status: string; count: number }) => [`${p.kind}/${p.status}`, p.count]));
    expect(reported).toEqual(expected);
    const before = (await t.app.inject({ url: `/api/stores/${STORE}/reports?from=2026-11-22&to=2026-11-22`, headers: { cookie: admin.cookie } })).json();
    expect(before.proactive).toEqual([]);
  });

  it('lists notices for agents', async () => {
    const agent = await loginAgent(t.app, { storeId: STORE });
    const res = await t.app.inject({ url: `/api/stores/${STORE}/proactive-notices`, headers: { cookie: agent.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().notices.map((x: { kind: string }) => x.kind)).toEqual(expect.arrayContaining(['customs_hold', 'failed_attempt', 'lost', 'late']));
  });
});

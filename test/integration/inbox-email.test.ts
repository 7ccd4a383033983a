/**
 * E-mail follow-up against a real SMTP server started by the test (smtp-server), and the shopper's
 * e-mailed answer coming back through the inbound webhook into the same conversation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import type { ConversationDetail } from '../../protocol/agent-events.js';
import { buildTestApp, loginAgent, MINI_STORE, testConfig, type TestApp } from '../helpers/app.js';
import { connected, widgetSocket } from '../helpers/sockets.js';
import { getConversation } from '../../server/src/conversations/conversations-repository.js';
import { stripQuotedReply } from '../../server/src/email/inbound.js';
import { listMessages } from '../../server/src/conversations/messages-repository.js';

const SECRET = 'inbound-secret-for-tests';

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

describe('e-mail follow-up and replies by e-mail', () => {
  let t: TestApp;
  let base: string;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let agent: Awaited<ReturnType<typeof loginAgent>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    const email = { ...testConfig().email, smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Mini Store <support@mini.example>', inboundSecret: SECRET };
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff', email } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@mini.example' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  /** A shopper who left their e-mail in the chat and closed the tab. */
  async function leftAnEmail(text: string) {
    const { conversation, token } = await t.app.conversations.start({ storeId: 'mini-store', locale: 'es', visitorId: `v-${Math.random()}` });
    await t.app.conversations.receiveShopperMessage(conversation, { clientId: `c-${Math.random().toString(36).slice(2)}`, text });
    await t.app.conversations.drain();
    await t.app.db.query(`UPDATE conversations SET contact_email = 'lucia@example.com' WHERE id = $1`, [conversation.id]);
    return { id: conversation.id, token };
  }

  const reply = (conversationId: string, text: string, internal = false) =>
    t.app.inject({
      method: 'POST',
      url: `/api/stores/mini-store/conversations/${conversationId}/messages`,
      headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken },
      payload: { text, clientId: `r-${Math.random().toString(36).slice(2, 12)}`, internal },
    });
  const inbound = (body: string | object, secret = SECRET) =>
    t.app.inject({
      method: 'POST',
      url: '/api/email/inbound',
      headers: { authorization: `Bearer ${secret}`, 'content-type': typeof body === 'string' ? 'message/rfc822' : 'application/json' },
      payload: body as string,
    });
  const detail = async (id: string) => (await t.app.inject({ url: `/api/stores/mini-store/conversations/${id}`, headers: { cookie: agent.cookie } })).json() as ConversationDetail;

  it('e-mails the agent’s reply to a shopper who left, and takes their e-mailed answer back into the conversation', async () => {
    const c = await leftAnEmail('Mi pedido no llega. Mi correo es lucia@example.com');
    expect((await reply(c.id, 'Hola Lucía, ya lo he reclamado al transportista.')).statusCode).toBe(201);
    await t.app.inbox.queue.drain();
    expect(smtp.inbox).toHaveLength(1);
    const sent = smtp.inbox[0]!;
    expect(sent.to && !Array.isArray(sent.to) ? sent.to.text : '').toBe('lucia@example.com');
    expect(sent.subject).toBe('Tu conversación con Mini Store');
    expect(sent.text).toContain('Hola Lucía, ya lo he reclamado al transportista.');
    expect(sent.text).toContain('Responde a este correo');
    const replyTo = sent.replyTo && !Array.isArray(sent.replyTo) ? sent.replyTo.value[0]!.address! : '';
    expect(replyTo).toMatch(/^support\+c-[0-9a-f]{32}-[0-9a-f]{16}@mini\.example$/);
    expect((await detail(c.id)).messages.find((m) => m.author === 'agent')?.email).toEqual({ status: 'sent', address: 'lucia@example.com' });

    // Private notes never leave the building.
    await reply(c.id, 'Nota interna: reclamación abierta', true);
    await t.app.inbox.queue.drain();
    expect(smtp.inbox).toHaveLength(1);

    // Lucía answers from her mail client; the agent had marked the conversation pending.
    await t.app.db.query(`UPDATE conversations SET status = 'pending' WHERE id = $1`, [c.id]);
    const raw = [
      'From: Lucía <lucia@example.com>',
      `To: ${replyTo}`,
      'Subject: Re: Tu conversación con Mini Store',
      'Message-ID: <reply-1@mail.example.com>',
      `In-Reply-To: ${sent.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Gracias. Sigue sin llegar, ¿me enviáis otro?',
      '',
      'El lun, 23 nov 2026 a las 10:00, Mini Store <support@mini.example> escribió:',
      '> Hola Lucía, ya lo he reclamado al transportista.',
    ].join('\r\n');
    const res = await inbound(raw);
    expect(res.statusCode).toBe(201);
    expect(res.json().conversationId).toBe(c.id);
    await t.app.conversations.drain();
    const after = await detail(c.id);
    const last = after.messages.filter((m) => m.author === 'shopper').at(-1)!;
    expect(last.text).toBe('Gracias. Sigue sin llegar, ¿me enviáis otro?');
    expect(last.email).toEqual({ status: 'received', address: 'lucia@example.com' });
    expect(after.conversation.status).toBe('open'); // reopened by the shopper's answer
    // The same e-mail delivered twice is applied once.
    expect((await inbound(raw)).json().duplicate).toBe(true);
    expect((await detail(c.id)).messages.filter((m) => m.author === 'shopper')).toHaveLength(2);

    // The next reply threads under the shopper's e-mail.
    await reply(c.id, 'Te enviamos uno nuevo hoy mismo.');
    await t.app.inbox.queue.drain();
    expect(smtp.inbox[1]?.inReplyTo).toBe('<reply-1@mail.example.com>');
  });

  it('does not e-mail a shopper who is in the chat right now', async () => {
    const c = await leftAnEmail('Hola, sigo aquí');
    const shopper = widgetSocket(base, { storeId: 'mini-store', token: c.token });
    await connected(shopper);
    const before = smtp.inbox.length;
    await reply(c.id, 'Te respondo por aquí.');
    await t.app.inbox.queue.drain();
    expect(smtp.inbox.length).toBe(before);
    shopper.disconnect();
  });

  it('accepts provider-parsed JSON matched by the signed reply address, and refuses forgeries', async () => {
    const c = await leftAnEmail('¿Tenéis la talla M?');
    await reply(c.id, 'Sí, la tenemos.');
    await t.app.inbox.queue.drain();
    const sent = smtp.inbox.at(-1)!;
    const address = sent.replyTo && !Array.isArray(sent.replyTo) ? sent.replyTo.value[0]!.address! : '';
    const json = { from: 'lucia@example.com', to: [address], subject: 'Re: talla', text: '¡Perfecto, gracias!', messageId: '<json-1@mail.example.com>' };
    expect((await inbound(json)).statusCode).toBe(201);
    expect((await getConversation(t.app.db, 'mini-store', c.id))!.status).toBe('open');

    // An out-of-office answer is acknowledged but not added.
    const ooo = await inbound({ ...json, text: 'I am on holiday until Monday.', messageId: '<ooo-1@mail.example.com>', headers: { 'auto-submitted': 'auto-replied' } });
    expect(ooo.json()).toMatchObject({ ignored: true });
    expect((await listMessages(t.app.db, c.id, { includeInternal: false })).map((m) => m.text)).not.toContain('I am on holiday until Monday.');

    const forged = address.replace(/-([0-9a-f]{16})@/, '-0000000000000000@');
    expect((await inbound({ ...json, to: [forged], messageId: '<json-2@mail.example.com>' })).statusCode).toBe(422);
    expect((await inbound({ ...json, to: ['support@mini.example'], messageId: '<json-3@mail.example.com>' })).statusCode).toBe(422);
    expect((await inbound(json, 'wrong-secret')).statusCode).toBe(401);
  });

  it('records a failed delivery where the agent sees it', async () => {
    const c = await leftAnEmail('Hola');
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await reply(c.id, 'Esto no saldrá por correo.');
    await t.app.inbox.queue.drain();
    const d = await detail(c.id);
    expect(d.messages.find((m) => m.author === 'agent')?.email?.status).toBe('failed');
    expect(d.messages.some((m) => m.payload?.kind === 'activity' && m.text.startsWith('The reply could not be e-mailed to lucia@example.com'))).toBe(true);
    smtp = await startSmtp(); // for afterAll
  });

  it('keeps only the new part of a reply', () => {
    expect(stripQuotedReply('Thanks!\n\nOn Mon, 23 Nov 2026 at 10:00, Shop <s@x.com> wrote:\n> old text')).toBe('Thanks!');
    expect(stripQuotedReply('Danke\n-- \nMax Mustermann\nTel 123')).toBe('Danke');
    expect(stripQuotedReply('Merci\n\nLe lun. 23 nov. 2026 à 10:00, Shop a écrit :\n> ancien')).toBe('Merci');
    expect(stripQuotedReply('> quoted only\nnew line')).toBe('new line');
  });
});

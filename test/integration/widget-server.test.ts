/**
 * The widget's server side over real sockets and HTTP: per-locale config with availability,
 * store-signed identity, locale precedence, the conversation list, CSAT and the polling transport.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';
import type { SessionInfo, WidgetConfig, WidgetConversation } from '../../protocol/widget-events.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { connected, emitAck, waitFor, widgetSocket } from '../helpers/sockets.js';
import { identitySignature } from '../../server/src/identity/signature.js';
import { signIdentityJwt } from '../../server/src/identity/jwt.js';
import { updateConversation } from '../../server/src/conversations/conversations-repository.js';

type Ok<T> = { ok: true } & T;
type Failed = { ok: false; code: string; error: string };

describe('widget server', () => {
  let t: TestApp;
  let base: string;
  let secret: string;
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);
  const shopper = async (auth: Record<string, unknown>) => {
    const s = track(widgetSocket(base, { storeId: 'mini-store', ...auth }));
    const session = waitFor<SessionInfo>(s, 'session');
    await connected(s);
    return { socket: s, session: await session };
  };
  let clientSeq = 0;
  const send = (s: Socket, text: string, extra: Record<string, unknown> = {}) =>
    emitAck<Ok<{ message: Message; session: SessionInfo }> | Failed>(s, 'message:send', { clientId: `test-${++clientSeq}-${Date.now()}`, text, ...extra });

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { rows } = await t.app.db.query<{ identity_secret: string }>("SELECT identity_secret FROM stores WHERE id = 'mini-store'");
    secret = rows[0]!.identity_secret;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  describe('config', () => {
    it('serves UI strings, welcome and suggestions for the asked locale', async () => {
      await t.app.db.query(`UPDATE stores SET settings = $1 WHERE id = 'mini-store'`, [
        JSON.stringify({ widget: { color: '#0b6e4f', welcome: { en: 'Welcome to Mini!', es: '¡Bienvenido a Mini!' }, suggestions: { en: ['Track my order'], es: ['Seguir mi pedido'] }, csat: 'five' } }),
      ]);
      const es = (await t.app.inject({ url: '/api/widget/mini-store/config?locale=es-MX&tz=America/Mexico_City' })).json() as WidgetConfig;
      expect(es).toMatchObject({ locale: 'es', color: '#0b6e4f', welcome: '¡Bienvenido a Mini!', suggestions: ['Seguir mi pedido'], rtl: false, csat: { scale: 'five' } });
      expect(es.strings.talkToPerson).toBe('Hablar con una persona');
      const de = (await t.app.inject({ url: '/api/widget/mini-store/config?locale=de' })).json() as WidgetConfig;
      expect(de.strings.send).toBe('Senden');
      expect(de.welcome).toBeNull(); // no German welcome from the store: the widget greets in German itself
      expect(de.suggestions).toEqual([]);
      const ar = (await t.app.inject({ url: '/api/widget/mini-store/config?locale=ar' })).json() as WidgetConfig;
      expect(ar.rtl).toBe(true);
      const unknown = (await t.app.inject({ url: '/api/widget/mini-store/config?locale=xx' })).json() as WidgetConfig;
      expect(unknown.locale).toBe('en');
    });

    it("describes the team's availability in the shopper's time zone", async () => {
      // Madrid team: Mon–Fri 09:00–18:00 Europe/Madrid. Saturday 12:00 UTC → back Monday 09:00 Madrid.
      t.app.clock.set('2026-11-21T12:00:00Z');
      try {
        const tokyo = (await t.app.inject({ url: '/api/widget/mini-store/config?locale=en&tz=Asia/Tokyo' })).json() as WidgetConfig;
        expect(tokyo.availability?.kind).toBe('weekday');
        expect(tokyo.availability?.time).toMatch(/^5:00\sPM$/u); // 09:00 in Madrid (CET) is 17:00 in Tokyo
        expect(tokyo.availability?.weekday).toMatch(/Monday/);
        const madrid = (await t.app.inject({ url: '/api/widget/mini-store/config?locale=es&tz=Europe/Madrid' })).json() as WidgetConfig;
        expect(madrid.availability).toMatchObject({ kind: 'weekday', time: '9:00' });
        t.app.clock.set('2026-11-20T10:00:00Z'); // Friday 11:00 in Madrid
        const open = (await t.app.inject({ url: '/api/widget/mini-store/config?tz=Europe/Madrid' })).json() as WidgetConfig;
        expect(open.availability?.kind).toBe('open_now');
      } finally {
        t.app.clock.set(undefined);
      }
    });

    it('measures the typical first reply from recent hand-offs, unless the store set one', async () => {
      expect(await t.app.conversations.typicalFirstReplyMinutes('mini-store')).toBeNull(); // too few samples
      for (const minutes of [30, 60, 90, 120, 600]) {
        const { conversation } = await t.app.conversations.start({ storeId: 'mini-store' });
        await t.app.db.query("UPDATE conversations SET status = 'open', handed_off_at = now() - interval '2 days' WHERE id = $1", [conversation.id]);
        await t.app.db.query(
          `INSERT INTO messages (store_id, conversation_id, author, text, created_at) VALUES
             ('mini-store', $1, 'agent', 'first reply', now() - interval '2 days' + make_interval(mins => $2)),
             ('mini-store', $1, 'agent', 'second reply', now() - interval '1 day')`,
          [conversation.id, minutes],
        );
      }
      expect(await t.app.conversations.typicalFirstReplyMinutes('mini-store')).toBe(90); // the median, not the mean
      await t.app.db.query(`UPDATE stores SET settings = jsonb_set(settings, '{widget,replyMinutes}', '45') WHERE id = 'mini-store'`);
      t.app.clock.set('2026-11-20T10:00:00Z'); // the Madrid team is open
      try {
        const open = (await t.app.inject({ url: '/api/widget/mini-store/config?locale=en' })).json() as WidgetConfig;
        expect(open.availability).toMatchObject({ kind: 'open_now', replyMinutes: 45 });
      } finally {
        t.app.clock.set(undefined);
      }
    });

    it('answers CORS preflights for the widget API and 404s unknown stores', async () => {
      const preflight = await t.app.inject({ method: 'OPTIONS', url: '/api/widget/mini-store/attachments', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-headers']).toContain('x-parley-token');
      expect((await t.app.inject({ url: '/api/widget/nope-store/config' })).statusCode).toBe(404);
    });
  });

  describe('identity', () => {
    it('links a conversation to the customer for a valid HMAC signature and uses their locale', async () => {
      const { socket, session } = await shopper({ identity: { id: '501', name: 'Ana', signature: identitySignature('501', secret) }, pageLocale: 'de-DE' });
      expect(session.identity).toMatchObject({ verified: true, name: 'Ana' });
      expect(session.locale).toBe('es'); // customer locale beats the page's German
      const sent = await send(socket, 'Hola');
      expect(sent.ok).toBe(true);
      const { rows } = await t.app.db.query<{ external_id: string; locale: string; state: Record<string, unknown> }>(
        'SELECT cu.external_id, c.locale, c.state FROM conversations c JOIN customers cu ON cu.id = c.customer_id WHERE c.id = $1',
        [(sent as Ok<{ session: SessionInfo }>).session.conversationId],
      );
      expect(rows[0]).toMatchObject({ external_id: '501', locale: 'es', state: { identityVerified: true } });
    });

    it('treats forged and expired identities as anonymous, with the reason', async () => {
      const forged = await shopper({ identity: { id: '501', signature: identitySignature('502', secret) } });
      expect(forged.session.identity).toEqual({ verified: false, reason: 'bad_signature' });
      const unsigned = await shopper({ identity: { email: 'ana@example.com' } });
      expect(unsigned.session.identity).toEqual({ verified: false, reason: 'missing_signature' });
      const expired = await shopper({ identity: { jwt: signIdentityJwt({ sub: '501', exp: Math.floor(Date.now() / 1000) - 3600 }, secret) } });
      expect(expired.session.identity).toEqual({ verified: false, reason: 'expired' });
      const otherSecret = await shopper({ identity: { jwt: signIdentityJwt({ sub: '501', exp: Math.floor(Date.now() / 1000) + 600 }, 'not-the-secret') } });
      expect(otherSecret.session.identity).toEqual({ verified: false, reason: 'bad_signature' });
      const sent = await send(forged.socket, 'hello');
      const { rows } = await t.app.db.query<{ customer_id: string | null }>('SELECT customer_id FROM conversations WHERE id = $1', [(sent as Ok<{ session: SessionInfo }>).session.conversationId]);
      expect(rows[0]?.customer_id).toBeNull();
    });

    it('verifies a JWT identity by e-mail, and identify() links an anonymous conversation', async () => {
      const { socket } = await shopper({ locale: 'en' });
      const sent = (await send(socket, 'Where is my parcel?')) as Ok<{ session: SessionInfo }>;
      const jwt = signIdentityJwt({ email: 'TOM@example.org', name: 'Tom', exp: Math.floor(Date.now() / 1000) + 600 }, secret);
      const identified = await emitAck<Ok<{ session: SessionInfo }>>(socket, 'identify', { jwt });
      expect(identified.session.identity).toMatchObject({ verified: true, name: 'Tom' });
      expect(identified.session.conversationId).toBe(sent.session.conversationId);
      const { rows } = await t.app.db.query<{ external_id: string }>('SELECT cu.external_id FROM conversations c JOIN customers cu ON cu.id = c.customer_id WHERE c.id = $1', [sent.session.conversationId]);
      expect(rows[0]?.external_id).toBe('502');
    });

    it("never reopens a customer's conversation for a signed-out visitor holding its token", async () => {
      const ana = { id: '501', signature: identitySignature('501', secret) };
      const first = await shopper({ identity: ana });
      const sent = (await send(first.socket, 'my address is private')) as Ok<{ session: SessionInfo }>;
      const token = sent.session.token!;
      const anonymous = await shopper({ token });
      expect(anonymous.session.conversationId).toBeNull();
      const listed = await emitAck<Ok<{ conversations: WidgetConversation[] }>>(anonymous.socket, 'conversations:list', { tokens: [token] });
      expect(listed.conversations).toEqual([]);
      const again = await shopper({ token, identity: ana });
      expect(again.session.conversationId).toBe(sent.session.conversationId);
    });
  });

  it("shows the identity secret to the store's admins only, and rotating it voids old signatures", async () => {
    const admin = await loginAgent(t.app, { storeId: 'mini-store', role: 'admin' });
    const agent = await loginAgent(t.app, { storeId: 'mini-store', role: 'agent' });
    const url = '/api/stores/mini-store/widget/identity-secret';
    expect((await t.app.inject({ url, headers: { cookie: agent.cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ url })).statusCode).toBe(401);
    const shown = await t.app.inject({ url, headers: { cookie: admin.cookie } });
    expect(shown.json()).toEqual({ identitySecret: secret });
    expect(shown.headers['cache-control']).toBe('no-store');

    const oldSignature = identitySignature('501', secret);
    expect((await t.app.inject({ method: 'POST', url: `${url}/rotate`, headers: { cookie: admin.cookie } })).statusCode).toBe(403); // CSRF
    const rotated = await t.app.inject({ method: 'POST', url: `${url}/rotate`, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken } });
    const fresh = (rotated.json() as { identitySecret: string }).identitySecret;
    expect(fresh).toMatch(/^[0-9a-f]{64}$/);
    expect(fresh).not.toBe(secret);
    expect((await shopper({ identity: { id: '501', signature: oldSignature } })).session.identity).toEqual({ verified: false, reason: 'bad_signature' });
    expect((await shopper({ identity: { id: '501', signature: identitySignature('501', fresh) } })).session.identity?.verified).toBe(true);
    secret = fresh;
  });

  it('resolves the UI locale as override > customer > page > store default', async () => {
    expect((await shopper({ pageLocale: 'fr-CA' })).session.locale).toBe('fr');
    expect((await shopper({ pageLocale: 'tlh' })).session.locale).toBe('en');
    expect((await shopper({ locale: 'ja', identity: { id: '501', signature: identitySignature('501', secret) }, pageLocale: 'fr' })).session.locale).toBe('ja');
    const { socket } = await shopper({ pageLocale: 'fr' });
    const switched = await emitAck<Ok<{ session: SessionInfo }>>(socket, 'locale:set', { locale: 'ar' });
    expect(switched.session.locale).toBe('ar');
    const bad = await emitAck<Failed>(socket, 'locale:set', { locale: 'klingon' });
    expect(bad).toMatchObject({ ok: false, code: 'PARLEY_ERR_VALIDATION' });
  });

  it('keeps several conversations per visitor: list, open, start anew', async () => {
    const { socket } = await shopper({ visitorId: 'v-many' });
    const first = (await send(socket, 'first question')) as Ok<{ session: SessionInfo }>;
    const fresh = await emitAck<Ok<{ session: SessionInfo }>>(socket, 'conversation:new', {});
    expect(fresh.session.conversationId).toBeNull();
    const second = (await send(socket, 'second question')) as Ok<{ session: SessionInfo }>;
    expect(second.session.conversationId).not.toBe(first.session.conversationId);
    await t.app.conversations.drain();

    const list = await emitAck<Ok<{ conversations: WidgetConversation[] }>>(socket, 'conversations:list', { tokens: [first.session.token, second.session.token, 'not-a-token'] });
    expect(list.conversations.map((c) => c.id).sort()).toEqual([first.session.conversationId, second.session.conversationId].sort());
    expect(list.conversations[0]?.lastMessagePreview).toBeTruthy();

    const opened = await emitAck<Ok<{ session: SessionInfo; messages: Message[] }>>(socket, 'conversation:open', { token: first.session.token });
    expect(opened.session.conversationId).toBe(first.session.conversationId);
    expect(opened.messages.some((m) => m.text === 'first question')).toBe(true);
    const byId = await emitAck<Failed>(socket, 'conversation:open', { conversationId: second.session.conversationId });
    expect(byId).toMatchObject({ ok: false, code: 'PARLEY_ERR_CONVERSATION_NOT_FOUND' }); // anonymous: only by token
  });

  it('starts one conversation when the first messages are sent before the first is acknowledged', async () => {
    const { socket } = await shopper({ locale: 'en', visitorId: 'visitor-burst' });
    const acks = await Promise.all(['hello', 'are you there?', 'where is my order?'].map((text) => send(socket, text)));
    const ids = new Set(acks.map((a) => (a as Ok<{ session: SessionInfo }>).session.conversationId));
    expect(ids.size).toBe(1);
    const { rows } = await t.app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM conversations WHERE store_id = 'mini-store' AND visitor_id = 'visitor-burst'`);
    expect(rows[0]!.n).toBe(1);
  });

  it('asks for a person: hands off and reports the new status', async () => {
    const { socket } = await shopper({ locale: 'en' });
    const handed = await emitAck<Ok<{ session: SessionInfo }>>(socket, 'handoff:request', {});
    expect(handed.session.status).toBe('open');
    const { rows } = await t.app.db.query<{ handoff_reason: string }>('SELECT handoff_reason FROM conversations WHERE id = $1', [handed.session.conversationId]);
    expect(rows[0]?.handoff_reason).toBe('shopper_requested');
  });

  it('takes one CSAT rating per resolved conversation', async () => {
    const { socket } = await shopper({ locale: 'en' });
    const sent = (await send(socket, 'thanks for the help')) as Ok<{ session: SessionInfo }>;
    await t.app.conversations.drain();
    const early = await emitAck<Failed>(socket, 'feedback:submit', { rating: 5 });
    expect(early).toMatchObject({ ok: false, code: 'PARLEY_ERR_CONFLICT' });

    await updateConversation(t.app.db, 'mini-store', sent.session.conversationId!, { status: 'resolved' });
    const invalid = await emitAck<Failed>(socket, 'feedback:submit', { rating: 9 });
    expect(invalid).toMatchObject({ ok: false, code: 'PARLEY_ERR_VALIDATION' });
    const rated = await emitAck<Ok<{ session: SessionInfo }>>(socket, 'feedback:submit', { rating: 4, comment: '  Quick and kind  ' });
    expect(rated.session.feedbackSubmitted).toBe(true);
    const twice = await emitAck<Failed>(socket, 'feedback:submit', { rating: 1 });
    expect(twice).toMatchObject({ ok: false, code: 'PARLEY_ERR_CONFLICT' });

    const agent = await loginAgent(t.app, { storeId: 'mini-store' });
    const res = await t.app.inject({ url: `/api/stores/mini-store/conversations/${sent.session.conversationId}/feedback`, headers: { cookie: agent.cookie } });
    expect(res.json()).toMatchObject({ feedback: { rating: 4, scale: 'five', comment: 'Quick and kind' } });
    expect((await t.app.inject({ url: `/api/stores/mini-store/conversations/${sent.session.conversationId}/feedback` })).statusCode).toBe(401);
  });

  it('works over the long-polling transport', async () => {
    const polling = track(io(`${base}/widget`, { auth: { storeId: 'mini-store', locale: 'es' }, transports: ['polling'], reconnection: false, forceNew: true }));
    await connected(polling);
    expect(polling.io.engine.transport.name).toBe('polling');
    const notice = waitFor<Message>(polling, 'message:created', (m) => m.author === 'system');
    const sent = await send(polling, 'hola por long-polling');
    expect(sent.ok).toBe(true);
    expect((await notice).language).toBe('es');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CannedResponse, ConversationDetail, InboxItem, MentionNotice } from '../../protocol/agent-events.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { listMessages } from '../../server/src/conversations/messages-repository.js';
import { wakeSnoozed } from '../../server/src/inbox/statuses.js';
import { handOff } from './inbox-fixtures.js';

type Agent = Awaited<ReturnType<typeof loginAgent>>;

describe('inbox actions on a conversation', () => {
  let t: TestApp;
  let ana: Agent;
  let ben: Agent;
  let admin: Agent;
  const base = '/api/stores/mini-store/conversations';
  const send = (agent: Agent, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken }, ...(payload ? { payload: payload as object } : {}) });
  const get = (agent: Agent, url: string) => t.app.inject({ url, headers: { cookie: agent.cookie } });
  const detail = async (agent: Agent, id: string) => (await get(agent, `${base}/${id}`)).json() as ConversationDetail;

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    ana = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@mini.example' });
    ben = await loginAgent(t.app, { storeId: 'mini-store', email: 'ben@mini.example' });
    admin = await loginAgent(t.app, { storeId: 'mini-store', email: 'boss@mini.example', role: 'admin' });
  });
  afterAll(() => t.close());

  it('assigns to a member, refuses outsiders, unassigns, and records who did what', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'Necesito ayuda con mi pedido', locale: 'es' });
    expect((await send(ana, 'POST', `${base}/${c.id}/assign`, { assigneeId: ben.agentId })).json().conversation.assigneeName).toBe('ben');
    const outsider = '00000000-0000-4000-8000-000000000001';
    const refused = await send(ana, 'POST', `${base}/${c.id}/assign`, { assigneeId: outsider });
    expect(refused.statusCode).toBe(422);
    expect((await send(ana, 'POST', `${base}/${c.id}/assign`, { assigneeId: null })).json().conversation.assigneeId).toBeNull();
    const noCsrf = await t.app.inject({ method: 'POST', url: `${base}/${c.id}/assign`, headers: { cookie: ana.cookie }, payload: { assigneeId: null } });
    expect(noCsrf.statusCode).toBe(403);
    const activity = (await detail(ana, c.id)).messages.filter((m) => m.payload?.kind === 'activity').map((m) => m.text);
    expect(activity).toEqual(['ana assigned the conversation to ben', 'ana unassigned the conversation']);
  });

  it('lets an agent take over a conversation the assistant is handling', async () => {
    const { conversation } = await t.app.conversations.start({ storeId: 'mini-store', locale: 'en', visitorId: 'v-bot' });
    const res = await send(ana, 'POST', `${base}/${conversation.id}/assign`, { assigneeId: ana.agentId });
    expect(res.json().conversation).toMatchObject({ status: 'open', assigneeId: ana.agentId, handoffReason: 'agent_took_over' });
  });

  it('moves through pending, snoozed (until a time) and resolved; a snooze that runs out reopens', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'Where is my parcel?' });
    expect((await send(ana, 'POST', `${base}/${c.id}/status`, { status: 'pending' })).json().conversation.status).toBe('pending');
    expect((await send(ana, 'POST', `${base}/${c.id}/status`, { status: 'snoozed' })).statusCode).toBe(400);
    const past = new Date(Date.now() - 60_000).toISOString();
    expect((await send(ana, 'POST', `${base}/${c.id}/status`, { status: 'snoozed', snoozedUntil: past })).statusCode).toBe(400);
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const snoozed = (await send(ana, 'POST', `${base}/${c.id}/status`, { status: 'snoozed', snoozedUntil: until })).json().conversation as InboxItem;
    expect(snoozed.status).toBe('snoozed');
    expect(new Date(snoozed.snoozedUntil!).toISOString()).toBe(until);
    expect(await wakeSnoozed(t.app.inbox)).toBe(0);
    const realNow = t.app.inbox.now;
    t.app.inbox.now = () => new Date(Date.now() + 2 * 3_600_000);
    try {
      expect(await wakeSnoozed(t.app.inbox)).toBe(1);
    } finally {
      t.app.inbox.now = realNow;
    }
    expect((await detail(ana, c.id)).conversation).toMatchObject({ status: 'open', snoozedUntil: null });
    expect((await send(ana, 'POST', `${base}/${c.id}/status`, { status: 'resolved' })).json().conversation.status).toBe('resolved');
    expect((await send(ana, 'POST', `${base}/${c.id}/status`, { status: 'bot' })).statusCode).toBe(400);
  });

  it('sets priority and labels, rejecting malformed labels', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'Damaged jacket' });
    const res = await send(ana, 'PATCH', `${base}/${c.id}`, { priority: 'urgent', labels: ['Damaged', 'refund', 'damaged'] });
    expect(res.json().conversation).toMatchObject({ priority: 'urgent', labels: ['damaged', 'refund'] });
    expect((await send(ana, 'PATCH', `${base}/${c.id}`, { labels: ['<script>'] })).statusCode).toBe(400);
    expect((await send(ana, 'PATCH', `${base}/${c.id}`, { priority: 'critical' })).statusCode).toBe(400);
    const labelled = (await get(ana, '/api/inbox/conversations?view=all&label=refund')).json().conversations as InboxItem[];
    expect(labelled.map((i) => i.id)).toEqual([c.id]);
  });

  it('keeps private notes from the shopper and notifies the agents they @mention', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'I want a refund' });
    const note = await send(ana, 'POST', `${base}/${c.id}/messages`, { text: '@ben can you check the refund? cc @nobody', clientId: 'note-000001', internal: true });
    expect(note.statusCode).toBe(201);
    const shopperSees = await listMessages(t.app.db, c.id, { includeInternal: false });
    expect(shopperSees.map((m) => m.text)).not.toContain('@ben can you check the refund? cc @nobody');
    const mentions = (await get(ben, '/api/inbox/mentions?unread=true')).json().mentions as MentionNotice[];
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ conversationId: c.id, byName: 'ana' });
    expect(((await get(ana, '/api/inbox/mentions?unread=true')).json().mentions as MentionNotice[])).toHaveLength(0);
    expect((await send(ben, 'POST', `${base}/${c.id}/read`)).json().mentionsRead).toBe(1);
    expect(((await get(ben, '/api/inbox/mentions?unread=true')).json().mentions as MentionNotice[])).toHaveLength(0);
  });

  it('shows the whole transcript with each shopper message’s language', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'Hola, ¿dónde está mi pedido? Lo pedí hace una semana.', locale: 'es' });
    const d = await detail(ana, c.id);
    const shopper = d.messages.find((m) => m.author === 'shopper')!;
    expect(shopper.language).toBe('es');
    expect(d.messages.some((m) => m.author === 'system' && !m.internal)).toBe(true); // the hand-off notice the shopper got
    expect(d.handoffSummary).toContain('dónde está mi pedido');
    expect(d.features).toEqual({ translation: false, copilotModel: false, email: false });
  });

  it('offers canned responses per language with placeholders filled; only admins edit them', async () => {
    const customer = (await t.app.db.query<{ id: string }>(`SELECT id FROM customers WHERE external_id = '501'`)).rows[0]!;
    const c = await handOff(t.app, 'mini-store', { text: 'Hola', locale: 'es', customerId: customer.id });
    const list = (await get(ana, '/api/stores/mini-store/canned?language=es')).json().canned as CannedResponse[];
    expect(list.map((x) => x.shortcut).sort()).toEqual(['hello', 'return', 'thanks', 'tracking']);
    const rendered = (await get(ana, `${base}/${c.id}/canned?language=es`)).json().canned as CannedResponse[];
    expect(rendered.find((x) => x.shortcut === 'tracking')!.rendered).toContain('#M1001');
    expect(rendered.find((x) => x.shortcut === 'hello')!.rendered).toMatch(/^Hola Ana, soy ana de Mini Store/);

    const body = { shortcut: 'refund-eta', language: 'en', title: 'Refund timing', body: 'Your refund for {{order_number}} takes 5–10 business days.', intents: ['returns'] };
    expect((await send(ana, 'POST', '/api/stores/mini-store/canned', body)).statusCode).toBe(403);
    const created = await send(admin, 'POST', '/api/stores/mini-store/canned', body);
    expect(created.statusCode).toBe(201);
    expect((await send(admin, 'POST', '/api/stores/mini-store/canned', body)).statusCode).toBe(409);
    expect((await send(admin, 'POST', '/api/stores/mini-store/canned', { ...body, shortcut: 'typo', body: 'Hi {{frist_name}}' })).statusCode).toBe(400);
    const id = created.json().canned.id as string;
    expect((await send(admin, 'PUT', `/api/stores/mini-store/canned/${id}`, { ...body, title: 'Refunds' })).json().canned.title).toBe('Refunds');
    expect((await send(admin, 'DELETE', `/api/stores/mini-store/canned/${id}`)).statusCode).toBe(200);
  });

  it('suggests canned replies for the conversation’s intent and language without a model', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'Where is my parcel?', locale: 'en' });
    await t.app.db.query(`UPDATE conversations SET intent = 'tracking' WHERE id = $1`, [c.id]);
    const copilot = (await get(ana, `${base}/${c.id}/copilot`)).json();
    expect(copilot.usesModel).toBe(false);
    const canned = copilot.suggestions.filter((s: { origin: string }) => s.origin === 'canned');
    expect(canned.map((s: { title: string }) => s.title)).toEqual(['/tracking · Order on its way']);
    expect(copilot.summary).toContain('Where is my parcel?');
  });

  it('suggests the help-center passage that answers the shopper, with its source', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'How many days do I have to return an item?', locale: 'en' });
    await t.app.db.query(`UPDATE conversations SET intent = 'returns' WHERE id = $1`, [c.id]);
    const copilot = (await get(ana, `${base}/${c.id}/copilot`)).json();
    const fromHelpCenter = copilot.suggestions.filter((s: { origin: string }) => s.origin === 'knowledge');
    expect(fromHelpCenter.length).toBeGreaterThan(0);
    expect(fromHelpCenter[0].sources[0]).toMatchObject({ articleId: 'returns', url: '/help/mini-store/returns?locale=en' });
    expect(fromHelpCenter[0].text).toMatch(/30 days/);
    expect(copilot.suggestions[0].origin).toBe('canned'); // the store's own answer comes first
  });

  it('merges two conversations of the same shopper, and refuses strangers', async () => {
    const first = await handOff(t.app, 'mini-store', { text: 'My order has not arrived', visitorId: 'v-same' });
    const second = await handOff(t.app, 'mini-store', { text: 'Hello again, any news?', visitorId: 'v-same' });
    const stranger = await handOff(t.app, 'mini-store', { text: 'Unrelated question', visitorId: 'v-other' });
    expect((await send(ana, 'POST', `${base}/${second.id}/merge`, { sourceId: stranger.id })).statusCode).toBe(422);
    const merged = await send(ana, 'POST', `${base}/${second.id}/merge`, { sourceId: first.id });
    expect(merged.statusCode).toBe(200);
    const d = await detail(ana, second.id);
    expect(d.messages.map((m) => m.text)).toContain('My order has not arrived');
    expect(d.messages.findIndex((m) => m.text === 'My order has not arrived')).toBeLessThan(d.messages.findIndex((m) => m.text === 'Hello again, any news?'));
    const old = (await detail(ana, first.id)).conversation;
    expect(old).toMatchObject({ status: 'resolved', mergedIntoId: second.id });
    // The shopper of the surviving conversation does not receive the old messages again.
    expect((await listMessages(t.app.db, second.id, { includeInternal: false })).map((m) => m.text)).not.toContain('My order has not arrived');
    expect((await send(ana, 'POST', `${base}/${second.id}/merge`, { sourceId: first.id })).statusCode).toBe(409);
    expect((await send(ana, 'POST', `${base}/${first.id}/messages`, { text: 'hi', clientId: 'merged-reply-1' })).statusCode).toBe(409);
  });

  it('shows the customer, their orders with tracking and the order actions policy allows', async () => {
    const customer = (await t.app.db.query<{ id: string }>(`SELECT id FROM customers WHERE external_id = '501'`)).rows[0]!;
    const c = await handOff(t.app, 'mini-store', { text: 'Quiero devolver algo', locale: 'es', customerId: customer.id });
    const realNow = t.app.inbox.now;
    t.app.inbox.now = () => new Date('2026-11-20T10:00:00Z');
    try {
      const ctx = (await get(ana, `${base}/${c.id}/context`)).json();
      expect(ctx.customer).toMatchObject({ name: 'Ana García', email: 'ana@example.com', country: 'ES', timezone: 'Europe/Madrid', locale: 'es' });
      expect(ctx.orders.map((o: { name: string }) => o.name)).toEqual(['#M1001']);
      const order = ctx.orders[0];
      expect(order.matchedBy).toBe('customer');
      expect(order.shipments[0].events.length).toBe(2);
      const actions = Object.fromEntries(order.actions.map((a: { action: string; allowed: boolean }) => [a.action, a.allowed]));
      expect(actions).toEqual({ cancel: false, change_address: false, return: true });
      expect(order.actions[0].reason).toContain('processing');

      // Tom's order is not processed yet: cancellable within the store's 1-hour window, not after.
      const tom = (await t.app.db.query<{ id: string }>(`SELECT id FROM customers WHERE external_id = '502'`)).rows[0]!;
      const t2 = await handOff(t.app, 'mini-store', { text: 'Cancel please', customerId: tom.id });
      const cancelAt = async (now: string) => {
        t.app.inbox.now = () => new Date(now);
        const o = (await get(ana, `${base}/${t2.id}/context`)).json().orders[0];
        return o.actions.find((a: { action: string }) => a.action === 'cancel');
      };
      expect(await cancelAt('2026-11-19T10:00:00Z')).toMatchObject({ allowed: true });
      expect(await cancelAt('2026-11-19T10:31:00Z')).toMatchObject({ allowed: false });
    } finally {
      t.app.inbox.now = realNow;
    }
  });
});

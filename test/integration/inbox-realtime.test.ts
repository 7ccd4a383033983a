import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { AgentRef, InboxItem, MentionNotice } from '../../protocol/agent-events.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { agentSocket, connected, emitAck, waitFor } from '../helpers/sockets.js';
import { updateAgentProfile } from '../../server/src/auth/agents-repository.js';
import { handOff } from './inbox-fixtures.js';

type Agent = Awaited<ReturnType<typeof loginAgent>>;

describe('inbox over real sockets: pushes, presence, automatic assignment', () => {
  let t: TestApp;
  let base: string;
  const sockets: Socket[] = [];
  const open = async (agent: Agent) => {
    const s = agentSocket(base, agent.cookie);
    sockets.push(s);
    await connected(s);
    return s;
  };
  const send = (agent: Agent, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken }, payload });

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('pushes the queue row of a new hand-off to the store’s agents only', async () => {
    const ana = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@push.example' });
    await t.app.db.query(`INSERT INTO stores (id, name, identity_secret, webhook_secret) VALUES ('rival-store', 'Rival', 'x', 'y')`);
    const eve = await loginAgent(t.app, { storeId: 'rival-store', email: 'eve@rival.example' });
    const [anaSocket, eveSocket] = [await open(ana), await open(eve)];
    const leaked: InboxItem[] = [];
    eveSocket.on('inbox:item', (item: InboxItem) => leaked.push(item));
    const pushed = waitFor<InboxItem>(anaSocket, 'inbox:item', (i) => i.status === 'open' && i.lastMessagePreview === 'Where is my parcel?');
    const c = await handOff(t.app, 'mini-store', { text: 'Where is my parcel?' });
    const item = await pushed;
    expect(item).toMatchObject({ id: c.id, storeName: 'Mini Store', assigneeId: null });
    expect(item.sla?.targetMinutes).toBe(60);
    expect(leaked).toEqual([]);
  });

  it('tells everyone who is viewing a conversation, and forgets them when they leave', async () => {
    const ana = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana2@push.example' });
    const ben = await loginAgent(t.app, { storeId: 'mini-store', email: 'ben2@push.example' });
    const [a, b] = [await open(ana), await open(ben)];
    const c = await handOff(t.app, 'mini-store', { text: 'Hi there' });
    const seen = waitFor<{ conversationId: string; viewers: AgentRef[] }>(a, 'presence:updated', (p) => p.conversationId === c.id && p.viewers.length === 2);
    a.emit('conversation:view', { conversationId: c.id });
    b.emit('conversation:view', { conversationId: c.id });
    expect((await seen).viewers.map((v) => v.name).sort()).toEqual(['ana2', 'ben2']);
    const viewers = await t.app.inject({ url: `/api/stores/mini-store/conversations/${c.id}/viewers`, headers: { cookie: ana.cookie } });
    expect(viewers.json().viewers).toHaveLength(2);
    const left = waitFor<{ conversationId: string; viewers: AgentRef[] }>(a, 'presence:updated', (p) => p.conversationId === c.id && p.viewers.length === 1);
    b.disconnect();
    expect((await left).viewers.map((v) => v.name)).toEqual(['ana2']);
    // A conversation id of a store the agent does not work for is ignored.
    const rivalC = await handOff(t.app, 'rival-store', { text: 'secret' });
    a.emit('conversation:view', { conversationId: rivalC.id });
    const cleared = waitFor<{ conversationId: string; viewers: AgentRef[] }>(a, 'presence:updated', (p) => p.conversationId === c.id && p.viewers.length === 0);
    await cleared; // leaving the old one was announced; nothing joined the rival conversation
  });

  it('relays an agent’s typing to colleagues and notifies @mentioned agents live', async () => {
    const ana = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana3@push.example' });
    const ben = await loginAgent(t.app, { storeId: 'mini-store', email: 'ben3@push.example' });
    const [a, b] = [await open(ana), await open(ben)];
    const c = await handOff(t.app, 'mini-store', { text: 'I want a refund' });
    const typing = waitFor<{ conversationId: string; name: string; typing: boolean }>(b, 'typing', (d) => d.conversationId === c.id && d.typing);
    a.emit('typing', { conversationId: c.id, typing: true });
    expect((await typing).name).toBe('ana3');
    const mention = waitFor<MentionNotice>(b, 'mention:created');
    const ack = await emitAck<{ ok: boolean }>(a, 'message:send', { storeId: 'mini-store', conversationId: c.id, clientId: 'note-rt-0001', text: 'Can you take this, @ben3?', internal: true });
    expect(ack.ok).toBe(true);
    expect(await mention).toMatchObject({ conversationId: c.id, byName: 'ana3', excerpt: 'Can you take this, @ben3?' });
  });

  it('assigns new hand-offs in turn to online agents, by language and within capacity', async () => {
    const admin = await loginAgent(t.app, { storeId: 'mini-store', email: 'boss@push.example', role: 'admin' });
    const rules = await send(admin, 'PUT', '/api/stores/mini-store/admin/settings', { inbox: { autoAssign: true, routeByLanguage: true, slaFirstReplyMinutes: 30 } });
    expect(rules.statusCode).toBe(200);
    // Only the agents below are connected from here on.
    sockets.forEach((s) => s.disconnect());
    await updateAgentProfile(t.app.db, admin.agentId, { availability: 'away' });
    const en = await loginAgent(t.app, { storeId: 'mini-store', email: 'en@push.example' });
    const es = await loginAgent(t.app, { storeId: 'mini-store', email: 'es@push.example' });
    await updateAgentProfile(t.app.db, en.agentId, { languages: ['en'] });
    await updateAgentProfile(t.app.db, es.agentId, { languages: ['es', 'en'] });
    await send(admin, 'PATCH', `/api/stores/mini-store/admin/agents/${es.agentId}`, { capacity: 1 });
    // Existing unassigned conversations are handed out as soon as agents arrive; close them first.
    await t.app.db.query(`UPDATE conversations SET status = 'resolved' WHERE store_id = 'mini-store'`);
    await open(en);
    await open(es);

    const spanish = await handOff(t.app, 'mini-store', { text: 'Hola, necesito ayuda con una devolución', locale: 'es' });
    const assignee = async (id: string) => (await t.app.db.query<{ assignee_id: string | null }>('SELECT assignee_id FROM conversations WHERE id = $1', [id])).rows[0]!.assignee_id;
    await expect.poll(() => assignee(spanish.id)).toBe(es.agentId);
    // The Spanish speaker is full (capacity 1): the next Spanish conversation goes to whoever has room.
    const second = await handOff(t.app, 'mini-store', { text: 'Hola otra vez, ¿alguien me ayuda?', locale: 'es' });
    await expect.poll(() => assignee(second.id)).toBe(en.agentId);
    // Away agents get nothing.
    await updateAgentProfile(t.app.db, en.agentId, { availability: 'away' });
    const third = await handOff(t.app, 'mini-store', { text: 'Anyone there?' });
    await new Promise((r) => setTimeout(r, 300));
    expect(await assignee(third.id)).toBeNull();
    // Coming back online picks up what waited.
    const back = await send(en, 'PATCH', '/api/auth/me', { availability: 'online' });
    expect(back.statusCode).toBe(200);
    await expect.poll(() => assignee(third.id)).toBe(en.agentId);
    const activity = await t.app.db.query<{ text: string }>(`SELECT text FROM messages WHERE conversation_id = $1 AND internal`, [spanish.id]);
    expect(activity.rows.map((r) => r.text)).toContain('Assigned automatically to es');
  });

  it('raises the priority of a hand-off whose topic the store marks as urgent', async () => {
    const admin = await loginAgent(t.app, { storeId: 'mini-store', email: 'boss2@push.example', role: 'admin' });
    await send(admin, 'PUT', '/api/stores/mini-store/admin/settings', { inbox: { priorityByIntent: { complaint: 'urgent' } } });
    const { conversation } = await t.app.conversations.start({ storeId: 'mini-store', locale: 'en', visitorId: 'v-angry' });
    await t.app.db.query(`UPDATE conversations SET intent = 'complaint' WHERE id = $1`, [conversation.id]);
    await t.app.conversations.receiveShopperMessage(conversation, { clientId: 'angry-0001', text: 'This is unacceptable, the jacket arrived torn' });
    await t.app.conversations.drain();
    await t.app.inbox.queue.drain();
    const priority = async () => (await t.app.db.query<{ priority: string }>('SELECT priority FROM conversations WHERE id = $1', [conversation.id])).rows[0]!.priority;
    await expect.poll(priority).toBe('urgent');
  });

  it('signs every device out and drops its live connection on "log out everywhere"', async () => {
    const ana = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana4@push.example' });
    const a = await open(ana);
    const dropped = new Promise<void>((resolve) => a.on('disconnect', () => resolve()));
    expect((await send(ana, 'POST', '/api/auth/logout-all', {})).statusCode).toBe(200);
    await dropped;
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: ana.cookie } })).statusCode).toBe(401);
  });
});

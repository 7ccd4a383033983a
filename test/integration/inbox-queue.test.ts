import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem, ViewCounts } from '../../protocol/agent-events.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { handOff, shopperSays } from './inbox-fixtures.js';

describe('inbox queue: views, counts, filters, search, tenant isolation', () => {
  let t: TestApp;
  let ana: Awaited<ReturnType<typeof loginAgent>>;
  let ben: Awaited<ReturnType<typeof loginAgent>>;
  const get = (agent: { cookie: string }, url: string) => t.app.inject({ url, headers: { cookie: agent.cookie } });
  const post = (agent: { cookie: string; csrfToken: string }, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken }, payload: payload as object });

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    ana = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@mini.example' });
    ben = await loginAgent(t.app, { storeId: 'mini-store', email: 'ben@mini.example' });
  });
  afterAll(() => t.close());

  it('puts a hand-off in unassigned, then in mine after assignment, with counts that follow', async () => {
    const c = await handOff(t.app, 'mini-store', { text: '¿Dónde está mi pedido #1001?', locale: 'es' });
    let counts = (await get(ana, '/api/inbox/counts')).json().counts as ViewCounts;
    expect(counts.unassigned).toBe(1);
    expect(counts.mine).toBe(0);
    const listRes = await get(ana, '/api/inbox/conversations?view=unassigned');
    const unassigned = listRes.json().conversations as InboxItem[];
    expect(unassigned.map((i) => i.id)).toEqual([c.id]);
    expect(unassigned[0]!.storeName).toBe('Mini Store');
    expect(unassigned[0]!.awaitingReplySince).not.toBeNull();

    const res = await post(ana, `/api/stores/mini-store/conversations/${c.id}/assign`, { assigneeId: ana.agentId });
    expect(res.statusCode).toBe(200);
    counts = (await get(ana, '/api/inbox/counts')).json().counts as ViewCounts;
    expect(counts).toMatchObject({ unassigned: 0, mine: 1, open: 1 });
    expect(((await get(ben, '/api/inbox/counts')).json().counts as ViewCounts).mine).toBe(0);
    const mine = (await get(ana, '/api/inbox/conversations?view=mine')).json().conversations as InboxItem[];
    expect(mine[0]).toMatchObject({ id: c.id, assigneeId: ana.agentId, assigneeName: 'ana' });
  });

  it('filters by language, channel and priority and searches message text and e-mail', async () => {
    const en = await handOff(t.app, 'mini-store', { text: 'My parcel with tracking LX123456785CN is stuck', locale: 'en' });
    await t.app.db.query(`UPDATE conversations SET contact_email = 'tom@example.org', priority = 'high' WHERE id = $1`, [en.id]);
    const ids = async (query: string) => ((await get(ana, `/api/inbox/conversations?view=all&${query}`)).json().conversations as InboxItem[]).map((i) => i.id);
    expect(await ids('language=en')).toEqual([en.id]);
    expect(await ids('language=es')).not.toContain(en.id);
    expect(await ids('priority=high')).toEqual([en.id]);
    expect(await ids('channel=email')).toEqual([]);
    expect(await ids('q=LX123456785')).toEqual([en.id]);
    expect(await ids('q=tom%40example')).toEqual([en.id]);
    expect(await ids('q=%25')).toEqual([]); // a LIKE wildcard is searched literally
    const counts = (await get(ana, '/api/inbox/counts?language=en')).json().counts as ViewCounts;
    expect(counts.open).toBe(1);
  });

  it('pages through a long queue without repeating or skipping', async () => {
    const all = ((await get(ana, '/api/inbox/conversations?view=all&limit=200')).json().conversations as InboxItem[]).map((i) => i.id);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = ((await get(ana, '/api/inbox/conversations?view=all&limit=1')).json().conversations as InboxItem[]).map((i) => i.id);
    const rest = ((await get(ana, `/api/inbox/conversations?view=all&limit=200&offset=1`)).json().conversations as InboxItem[]).map((i) => i.id);
    expect([...first, ...rest]).toEqual(all);
  });

  it('reopens a resolved conversation when the shopper writes again', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'Hello, I need a person', locale: 'en' });
    expect((await post(ana, `/api/stores/mini-store/conversations/${c.id}/status`, { status: 'resolved' })).statusCode).toBe(200);
    let resolved = (await get(ana, '/api/inbox/conversations?view=resolved')).json().conversations as InboxItem[];
    expect(resolved.map((i) => i.id)).toContain(c.id);
    await shopperSays(t.app, c, 'Actually, one more question');
    resolved = (await get(ana, '/api/inbox/conversations?view=resolved')).json().conversations as InboxItem[];
    expect(resolved.map((i) => i.id)).not.toContain(c.id);
    const open = (await get(ana, '/api/inbox/conversations?view=open')).json().conversations as InboxItem[];
    expect(open.find((i) => i.id === c.id)?.status).toBe('open');
  });

  it('never shows another store’s conversations, even when asked by id or store filter', async () => {
    await t.app.db.query(`INSERT INTO stores (id, name, identity_secret, webhook_secret) VALUES ('rival-store', 'Rival', 'x', 'y')`);
    const rival = await loginAgent(t.app, { storeId: 'rival-store', email: 'eve@rival.example' });
    const secret = await handOff(t.app, 'mini-store', { text: 'private matter', locale: 'en' });
    const all = (await get(rival, '/api/inbox/conversations?view=all')).json().conversations as InboxItem[];
    expect(all).toEqual([]);
    expect((await get(rival, '/api/inbox/conversations?storeId=mini-store')).statusCode).toBe(403);
    expect((await get(rival, '/api/inbox/counts?storeId=mini-store')).statusCode).toBe(403);
    expect((await get(rival, `/api/stores/mini-store/conversations/${secret.id}`)).statusCode).toBe(403);
    // The rival's own store path with the other store's conversation id: not found, not leaked.
    expect((await get(rival, `/api/stores/rival-store/conversations/${secret.id}`)).statusCode).toBe(404);
    expect((await post(rival, `/api/stores/rival-store/conversations/${secret.id}/assign`, { assigneeId: rival.agentId })).statusCode).toBe(404);
    expect((await get(rival, `/api/stores/rival-store/conversations/${secret.id}/context`)).statusCode).toBe(404);
  });

  it('requires a session for every inbox endpoint', async () => {
    for (const url of ['/api/inbox/conversations', '/api/inbox/counts', '/api/inbox/mentions', '/api/stores/mini-store/members', '/api/stores/mini-store/canned']) {
      expect((await t.app.inject(url)).statusCode, url).toBe(401);
    }
  });
});

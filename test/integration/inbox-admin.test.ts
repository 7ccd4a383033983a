import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreMember } from '../../protocol/agent-events.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { loadStoreContext } from '../../server/src/pipeline/store-context.js';
import { handOff } from './inbox-fixtures.js';

type Agent = Awaited<ReturnType<typeof loginAgent>>;

describe('accounts, roles and store settings', () => {
  let t: TestApp;
  let admin: Agent;
  let agent: Agent;
  const call = (who: Agent | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, remoteAddress?: string) =>
    t.app.inject({
      method,
      url,
      headers: who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {},
      ...(payload ? { payload } : {}),
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    admin = await loginAgent(t.app, { storeId: 'mini-store', email: 'boss@mini.example', role: 'admin' });
    agent = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@mini.example' });
  });
  afterAll(() => t.close());

  it('lets agents read the settings and only admins change them', async () => {
    expect((await call(agent, 'GET', '/api/stores/mini-store/admin/settings')).json().inbox.slaFirstReplyMinutes).toBe(60);
    expect((await call(agent, 'PUT', '/api/stores/mini-store/admin/settings', { inbox: { autoAssign: true } })).statusCode).toBe(403);
    expect((await call(agent, 'GET', '/api/stores/mini-store/admin/agents')).statusCode).toBe(403);
    expect((await call(agent, 'POST', '/api/stores/mini-store/admin/invites', { email: 'x@example.com', role: 'agent' })).statusCode).toBe(403);
  });

  it('validates business hours, naming the bad field, and saves them where the assistant reads them', async () => {
    const settings = (await call(admin, 'GET', '/api/stores/mini-store/admin/settings')).json();
    const team = settings.supportHours.teams[0];
    const bad = await call(admin, 'PUT', '/api/stores/mini-store/admin/settings', {
      supportHours: { ...settings.supportHours, teams: [{ ...team, schedule: { ...team.schedule, mon: [['09:00', '25:00']] } }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('support_hours.teams[0].schedule.mon[0][1]');
    expect((await call(admin, 'PUT', '/api/stores/mini-store/admin/settings', { inbox: { slaFirstReplyMinutes: 0 } })).statusCode).toBe(400);
    expect((await call(admin, 'PUT', '/api/stores/mini-store/admin/settings', { inbox: { priorityByIntent: { complaint: 'asap' } } })).statusCode).toBe(400);

    const saturday = { ...team, schedule: { ...team.schedule, sat: [['10:00', '14:00']] } };
    const ok = await call(admin, 'PUT', '/api/stores/mini-store/admin/settings', {
      supportHours: { ...settings.supportHours, teams: [saturday] },
      holidays: [{ name: 'Día de la Constitución', start: '2026-12-06', end: '2026-12-06' }],
      inbox: { autoAssign: true, slaFirstReplyMinutes: 45, glossary: ['Cascade Rain Jacket'] },
      handoff: { vip: 'always', lowConfidenceTurns: 3 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().inbox).toMatchObject({ autoAssign: true, slaFirstReplyMinutes: 45, glossary: ['Cascade Rain Jacket'] });
    expect(ok.json().handoff).toMatchObject({ vip: 'always', lowConfidenceTurns: 3, onFrustration: true });
    const context = await loadStoreContext(t.app.db, 'mini-store');
    expect(context?.teams[0]?.schedule.sat).toEqual([['10:00', '14:00']]);
    expect(context?.holidays.map((h) => h.name)).toEqual(['Día de la Constitución']);
    expect(context?.handoff.vip).toBe('always');
  });

  it('invites an agent who sets a password, joins with the role and team, and cannot reuse the link', async () => {
    const res = await call(admin, 'POST', '/api/stores/mini-store/admin/invites', { email: 'New.Person@Mini.example', role: 'admin', team: 'madrid' });
    expect(res.statusCode).toBe(201);
    const link = res.json().link as string;
    expect(link).toMatch(/\/inbox\/invite#token=/);
    const token = new URL(link).hash.replace('#token=', '');
    expect((await call(null, 'POST', '/api/auth/invites/lookup', { token })).json()).toMatchObject({ storeName: 'Mini Store', email: 'new.person@mini.example', role: 'admin', hasAccount: false });
    expect((await call(null, 'POST', '/api/auth/invites/accept', { token, name: 'New Person', password: 'short' })).statusCode).toBe(400);
    const accepted = await call(null, 'POST', '/api/auth/invites/accept', { token, name: 'New Person', password: 'a long enough password' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().stores).toEqual([{ storeId: 'mini-store', storeName: 'Mini Store', role: 'admin' }]);
    expect(accepted.cookies.find((c) => c.name === 'parley_session')?.httpOnly).toBe(true);
    expect((await call(null, 'POST', '/api/auth/invites/accept', { token, name: 'Again', password: 'a long enough password' })).statusCode).toBe(404);
    const members = (await call(admin, 'GET', '/api/stores/mini-store/admin/agents')).json().members as StoreMember[];
    expect(members.find((m) => m.email === 'new.person@mini.example')).toMatchObject({ role: 'admin', team: 'madrid', handle: 'new.person' });
    expect((await call(admin, 'POST', '/api/stores/mini-store/admin/invites', { email: 'ana@mini.example', role: 'agent' })).statusCode).toBe(409);
  });

  it('adds an existing account to another store only with its password', async () => {
    await t.app.db.query(`INSERT INTO stores (id, name, identity_secret, webhook_secret) VALUES ('second-store', 'Second', 'x', 'y')`);
    const owner = await loginAgent(t.app, { storeId: 'second-store', email: 'owner@second.example', role: 'admin' });
    const res = await call(owner, 'POST', '/api/stores/second-store/admin/invites', { email: 'ana@mini.example', role: 'agent' });
    const token = new URL(res.json().link as string).hash.replace('#token=', '');
    expect((await call(null, 'POST', '/api/auth/invites/lookup', { token })).json().hasAccount).toBe(true);
    expect((await call(null, 'POST', '/api/auth/invites/accept', { token, password: 'not her password' })).statusCode).toBe(401);
    const ok = await call(null, 'POST', '/api/auth/invites/accept', { token, password: agent.password });
    expect(ok.json().stores.map((s: { storeId: string }) => s.storeId).sort()).toEqual(['mini-store', 'second-store']);
    // The mini-store admin has no say over the second store.
    expect((await call(admin, 'GET', '/api/stores/second-store/admin/agents')).statusCode).toBe(403);
  });

  it('changes roles and capacity, keeps one admin, and frees a removed agent’s conversations', async () => {
    const ben = await loginAgent(t.app, { storeId: 'mini-store', email: 'ben@mini.example' });
    expect((await call(admin, 'PATCH', `/api/stores/mini-store/admin/agents/${ben.agentId}`, { capacity: 3, role: 'admin' })).json().member).toMatchObject({ capacity: 3, role: 'admin' });
    expect((await call(admin, 'PATCH', `/api/stores/mini-store/admin/agents/${ben.agentId}`, { role: 'agent' })).statusCode).toBe(200);
    const solo = await loginAgent(t.app, { storeId: 'second-store', email: 'solo@second.example', role: 'admin' });
    await t.app.db.query(`DELETE FROM store_agents WHERE store_id = 'second-store' AND agent_id <> $1`, [solo.agentId]);
    expect((await call(solo, 'PATCH', `/api/stores/second-store/admin/agents/${solo.agentId}`, { role: 'agent' })).statusCode).toBe(409);

    const c = await handOff(t.app, 'mini-store', { text: 'Need help' });
    await call(admin, 'POST', `/api/stores/mini-store/conversations/${c.id}/assign`, { assigneeId: ben.agentId });
    const removed = await call(admin, 'DELETE', `/api/stores/mini-store/admin/agents/${ben.agentId}`);
    expect(removed.json()).toEqual({ ok: true, released: 1 });
    const row = await t.app.db.query<{ assignee_id: string | null }>('SELECT assignee_id FROM conversations WHERE id = $1', [c.id]);
    expect(row.rows[0]?.assignee_id).toBeNull();
    expect((await call(ben, 'GET', '/api/inbox/conversations')).json().conversations).toEqual([]);
  });

  it('lets agents set their languages and time zone, and change their password', async () => {
    const me = await loginAgent(t.app, { storeId: 'mini-store', email: 'zoe@mini.example' });
    expect((await call(me, 'PATCH', '/api/auth/me', { timezone: 'Mars/Olympus' })).statusCode).toBe(400);
    const updated = await call(me, 'PATCH', '/api/auth/me', { languages: ['es', 'en'], timezone: 'Europe/Madrid', name: 'Zoe' });
    expect(updated.json().agent).toMatchObject({ languages: ['es', 'en'], timezone: 'Europe/Madrid', name: 'Zoe' });
    const noCsrf = await t.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie: me.cookie }, payload: { name: 'x' } });
    expect(noCsrf.statusCode).toBe(403);

    // A second device, then a password change from the first: the second is signed out.
    const other = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: me.email, password: me.password } });
    const otherCookie = `parley_session=${other.cookies.find((c) => c.name === 'parley_session')!.value}`;
    expect((await call(me, 'POST', '/api/auth/password', { current: 'wrong password', next: 'a brand new password' })).statusCode).toBe(401);
    expect((await call(me, 'POST', '/api/auth/password', { current: me.password, next: 'a brand new password' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: otherCookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: me.cookie } })).statusCode).toBe(200);
  });

  it('limits password guessing per account without locking out colleagues on the same network', async () => {
    const office = '203.0.113.7';
    const guess = (email: string, password: string) => call(null, 'POST', '/api/auth/login', { email, password }, office);
    for (let i = 0; i < 10; i++) expect((await guess('ana@mini.example', `guess ${i}`)).statusCode).toBe(401);
    expect((await guess('ana@mini.example', 'guess 11')).statusCode).toBe(429);
    // The same office signs in another agent fine.
    expect((await guess('boss@mini.example', admin.password)).statusCode).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';

describe('foundation over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE });
  });
  afterAll(() => t.close());

  it('reports health and readiness (readiness checks the database)', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('serves the demo storefront with the one-line widget snippet', async () => {
    const res = await t.app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<script src="http://localhost:80/widget.js" data-store="mini-store" async></script>');
  });

  it('rejects inbox API calls without a session, and with a session but no CSRF token', async () => {
    const anonymous = await t.app.inject('/api/stores/mini-store/conversations');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('PARLEY_ERR_UNAUTHENTICATED');
    const agent = await loginAgent(t.app, { storeId: 'mini-store' });
    const list = await t.app.inject({ url: '/api/stores/mini-store/conversations', headers: { cookie: agent.cookie } });
    expect(list.statusCode).toBe(200);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/stores/mini-store/conversations/00000000-0000-4000-8000-000000000000/messages',
      headers: { cookie: agent.cookie },
      payload: { text: 'hi', clientId: 'client-0001' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('PARLEY_ERR_CSRF');
  });

  it('keeps agents out of stores they do not belong to', async () => {
    await t.app.db.query(`INSERT INTO stores (id, name, identity_secret, webhook_secret) VALUES ('other-store', 'Other', 'x', 'y')`);
    const agent = await loginAgent(t.app, { storeId: 'other-store' });
    const res = await t.app.inject({ url: '/api/stores/mini-store/conversations', headers: { cookie: agent.cookie } });
    expect(res.statusCode).toBe(403);
  });

  it('answers bad login with 401 and a stable code', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.com', password: 'nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('PARLEY_ERR_BAD_CREDENTIALS');
  });

  it('validates request bodies with a clear message', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PARLEY_ERR_VALIDATION');
  });
});

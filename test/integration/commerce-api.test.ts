/**
 * The commerce REST API: the normalised order push an ERP or marketplace connector uses (store API
 * token), and the agent-facing order and product reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';

const STORE = 'mini-store';

const ebayOrder = (overrides: Record<string, unknown> = {}) => ({
  id: '12-34567-89012',
  channel: 'ebay',
  marketplace: 'ebay.de',
  market: 'DE',
  placed_at: '2026-11-19T21:15:00+01:00',
  updated_at: '2026-11-19T21:15:00+01:00',
  currency: 'EUR',
  total: '59.00',
  financial_status: 'paid',
  customer: { id: 'buyer-77', email: 'ana@example.com' },
  shipping_address: { address1: 'Calle Mayor 1', city: 'Madrid', zip: '28013', country_code: 'ES' },
  shipping_method: 'standard',
  line_items: [{ id: '1', title: 'Linen Shirt', sku: 'MINI-LIN-S', quantity: 1, price: '59' }],
  shipments: [{ tracking_number: '1Z999AA10123456784', carrier: 'UPS', status: 'in_transit', shipped_at: '2026-11-20T09:00:00+01:00' }],
  ...overrides,
});

describe('commerce REST API', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof loginAgent>>;
  let agent: Awaited<ReturnType<typeof loginAgent>>;
  let token: string;
  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE });
    admin = await loginAgent(t.app, { storeId: STORE, role: 'admin' });
    agent = await loginAgent(t.app, { storeId: STORE });
  });
  afterAll(() => t.close());

  const asAgent = (who: typeof agent, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/stores/${STORE}${url}`, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken }, ...(payload ? { payload } : {}) });
  const push = (body: unknown, bearer = token, url = '/orders') =>
    t.app.inject({ method: 'POST', url: `/api/stores/${STORE}${url}`, headers: { authorization: `Bearer ${bearer}` }, payload: body as object });

  it('lets an admin (only) create an API token, shown once', async () => {
    expect((await asAgent(agent, 'POST', '/api-tokens', { name: 'ERP' })).statusCode).toBe(403);
    const res = await asAgent(admin, 'POST', '/api-tokens', { name: 'ERP' });
    expect(res.statusCode).toBe(201);
    token = res.json().token;
    expect(token).toMatch(/^plt_/);
    const list = (await asAgent(admin, 'GET', '/api-tokens')).json().tokens;
    expect(list).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(token);
  });

  it('accepts a pushed marketplace order and shows it with its channel, shipment and customer', async () => {
    const res = await push(ebayOrder());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, applied: true, shipments: 1, externalId: 'ebay:12-34567-89012' });

    const list = (await asAgent(agent, 'GET', `/orders?number=${encodeURIComponent('12-34567-89012')}`)).json().orders;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ channel: 'ebay', marketplace: 'ebay.de', stage: 'shipped', total: { amount: '59.00', currency: 'EUR' }, trackingNumbers: ['1Z999AA10123456784'] });
    const detail = (await asAgent(agent, 'GET', `/orders/${list[0].id}`)).json().order;
    expect(detail.shipments[0]).toMatchObject({ carrier: 'ups', status: 'in_transit', shippedAt: '2026-11-20T09:00:00+01:00' });
    // Linked to the existing customer with the same email rather than a duplicate.
    const ana = (await asAgent(agent, 'GET', `/orders?email=ana@example.com`)).json().orders.map((o: { name: string }) => o.name);
    expect(ana).toEqual(expect.arrayContaining(['12-34567-89012', '#M1001']));
    const byCustomer = (await asAgent(agent, 'GET', `/customers/${detail.customerId}/orders`)).json().orders.map((o: { name: string }) => o.name);
    expect(byCustomer).toContain('12-34567-89012');
  });

  it('is idempotent and ignores an older version pushed late', async () => {
    const newer = await push(ebayOrder({ total: '61.00', updated_at: '2026-11-20T08:00:00+01:00' }));
    expect(newer.json()).toMatchObject({ applied: true });
    const older = await push(ebayOrder({ total: '50.00', updated_at: '2026-11-19T22:00:00+01:00' }));
    expect(older.statusCode).toBe(202);
    expect(older.json()).toMatchObject({ applied: false });
    const list = (await asAgent(agent, 'GET', '/orders?number=12-34567-89012')).json().orders;
    expect(list).toHaveLength(1);
    expect(list[0].total.amount).toBe('61.00');
  });

  it('refuses pushes without a valid token, and invalid orders with the fields at fault', async () => {
    expect((await push(ebayOrder(), 'plt_not-a-real-token')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/stores/${STORE}/orders`, payload: ebayOrder() })).statusCode).toBe(401);
    // A token of one store does not open another.
    await t.app.db.query(`INSERT INTO stores (id, name, identity_secret, webhook_secret) VALUES ('other-shop', 'Other', 'x', 'y')`);
    expect((await t.app.inject({ method: 'POST', url: '/api/stores/other-shop/orders', headers: { authorization: `Bearer ${token}` }, payload: ebayOrder() })).statusCode).toBe(401);

    const yen = await push(ebayOrder({ id: 'jp-1', currency: 'JPY', total: '8900.50', line_items: [{ id: '1', title: 'Shirt', quantity: 1, price: '8900' }] }));
    expect(yen.statusCode).toBe(422);
    expect(yen.json().error.problems).toEqual([{ field: '/total', message: expect.stringContaining('JPY') }]);
    const noOffset = await push(ebayOrder({ id: 'x-2', placed_at: '2026-11-19 21:15' }));
    expect(noOffset.statusCode).toBe(422);
  });

  it('pushes a batch, reporting each order', async () => {
    const res = await push({ orders: [ebayOrder({ id: 'b-1', total: '10' }), ebayOrder({ id: 'b-2', currency: 'EURO' })] }, token, '/orders/batch');
    expect(res.statusCode).toBe(200);
    const results = res.json().results;
    expect(results[0]).toMatchObject({ index: 0, ok: true, externalId: 'ebay:b-1' });
    expect(results[1]).toMatchObject({ index: 1, ok: false, error: { code: 'PARLEY_ERR_UNPROCESSABLE' } });
  });

  it('stops a revoked token', async () => {
    const { tokens } = (await asAgent(admin, 'GET', '/api-tokens')).json();
    expect((await asAgent(admin, 'DELETE', `/api-tokens/${tokens[0].id}`)).statusCode).toBe(200);
    expect((await push(ebayOrder())).statusCode).toBe(401);
  });

  it('serves products with stock and price, and keeps outsiders out', async () => {
    const found = (await asAgent(agent, 'GET', '/products?q=linen')).json().matches;
    expect(found[0].product.title).toBe('Linen Shirt');
    expect(found[0].product.variants.length).toBeGreaterThan(0);
    const one = (await asAgent(agent, 'GET', `/products/${found[0].product.id}`)).json().product;
    expect(one.id).toBe(found[0].product.id);
    const anonymous = await t.app.inject({ url: `/api/stores/${STORE}/orders` });
    expect(anonymous.statusCode).toBe(401);
    const outsider = await loginAgent(t.app, { storeId: 'other-shop' });
    expect((await t.app.inject({ url: `/api/stores/${STORE}/products`, headers: { cookie: outsider.cookie } })).statusCode).toBe(403);
    expect((await asAgent(agent, 'GET', '/orders/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

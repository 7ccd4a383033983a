/**
 * Shopify-style and AfterShip-style webhooks over HTTP: signatures over the raw body, idempotent
 * replays, out-of-order deliveries, and bodies that cannot be applied.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, MINI_STORE, type TestApp } from '../helpers/app.js';
import { findOrdersByNumber, getOrderDetail, findProducts } from '../../server/src/commerce/query.js';
import { setWebhookSecret } from '../../server/src/commerce/webhooks/webhook-secrets-repository.js';

const STORE = 'mini-store';
const SHOPIFY_SECRET = 'shpss_test_secret_0123456789';
const TRACKING_SECRET = 'aftership_test_secret_98765';
const NOW = new Date('2026-11-20T10:00:00Z');

const sign = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest('base64');

function order(overrides: Record<string, unknown> = {}) {
  return {
    id: 9100,
    name: '#M1100',
    email: 'lena@example.com',
    created_at: '2026-11-20T10:30:00+01:00',
    processed_at: null,
    updated_at: '2026-11-20T10:30:00+01:00',
    cancelled_at: null,
    currency: 'EUR',
    total_price: '59.00',
    financial_status: 'paid',
    fulfillment_status: null,
    customer: { id: 777, email: 'lena@example.com', first_name: 'Lena', last_name: 'Vogt' },
    shipping_address: { name: 'Lena Vogt', address1: 'Calle Mayor 1', city: 'Madrid', zip: '28013', country_code: 'ES' },
    line_items: [{ id: 31, title: 'Linen Shirt', variant_title: 'M', sku: 'MINI-LIN-M', quantity: 1, price: '59.00', product_id: 101, variant_id: 1002 }],
    fulfillments: [],
    ...overrides,
  };
}

describe('commerce webhooks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE });
    await setWebhookSecret(t.app.db, STORE, 'shopify', SHOPIFY_SECRET);
    await setWebhookSecret(t.app.db, STORE, 'tracking', TRACKING_SECRET);
  });
  afterAll(() => t.close());

  const shopify = (topic: string, payload: unknown, opts: { id?: string; secret?: string | null; store?: string; raw?: string } = {}) => {
    const body = opts.raw ?? JSON.stringify(payload);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-shopify-topic': topic, 'x-shopify-webhook-id': opts.id ?? `wh-${Math.random()}` };
    if (opts.secret !== null) headers['x-shopify-hmac-sha256'] = sign(body, opts.secret ?? SHOPIFY_SECRET);
    return t.app.inject({ method: 'POST', url: `/webhooks/shopify/${opts.store ?? STORE}`, headers, payload: body });
  };
  const lookup = async (name: string) => (await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: name }))[0];

  it('creates an order and its customer from orders/create', async () => {
    const res = await shopify('orders/create', order(), { id: 'wh-create-1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, topic: 'orders/create', outcome: 'applied', duplicate: false });
    const summary = await lookup('#M1100');
    expect(summary?.stage).toBe('awaiting_processing');
    const detail = await getOrderDetail(t.app.db, { storeId: STORE, orderId: summary!.id, now: NOW });
    expect(detail?.customerId).not.toBeNull();
    expect(detail?.placedAt).toBe('2026-11-20T10:30:00+01:00');
  });

  it('rejects unsigned, tampered, wrongly keyed and unknown-store deliveries with 401', async () => {
    const unsigned = await shopify('orders/updated', order({ total_price: '1.00' }), { secret: null });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().error.code).toBe('PARLEY_ERR_BAD_SIGNATURE');
    const signedBody = JSON.stringify(order());
    const tampered = await t.app.inject({
      method: 'POST',
      url: `/webhooks/shopify/${STORE}`,
      headers: { 'content-type': 'application/json', 'x-shopify-topic': 'orders/updated', 'x-shopify-hmac-sha256': sign(signedBody, SHOPIFY_SECRET) },
      payload: signedBody.replace('59.00', '0.01'),
    });
    expect(tampered.statusCode).toBe(401);
    expect((await shopify('orders/updated', order(), { secret: 'another-secret-entirely' })).statusCode).toBe(401);
    expect((await shopify('orders/updated', order(), { store: 'no-such-store' })).statusCode).toBe(401);
    expect((await lookup('#M1100'))?.total).toEqual({ amount: '59.00', currency: 'EUR' });
  });

  it('acknowledges a replayed delivery without applying it twice', async () => {
    const first = await shopify('orders/updated', order({ total_price: '64.00', updated_at: '2026-11-20T10:40:00+01:00' }), { id: 'wh-replay' });
    expect(first.json()).toMatchObject({ outcome: 'applied', duplicate: false });
    // The same delivery again, even with a body that would change the order, is not re-applied.
    const replay = await shopify('orders/updated', order({ total_price: '99.00', updated_at: '2026-11-20T10:50:00+01:00' }), { id: 'wh-replay' });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ outcome: 'applied', duplicate: true });
    expect((await lookup('#M1100'))?.total?.amount).toBe('64.00');
  });

  it('keeps the newer order when updates arrive out of order', async () => {
    const newer = await shopify('orders/updated', order({ total_price: '70.00', updated_at: '2026-11-20T11:30:00+01:00' }));
    expect(newer.json().outcome).toBe('applied');
    const older = await shopify('orders/updated', order({ total_price: '65.00', updated_at: '2026-11-20T11:00:00+01:00' }));
    expect(older.statusCode).toBe(200);
    expect(older.json().outcome).toBe('stale');
    expect((await lookup('#M1100'))?.total?.amount).toBe('70.00');
  });

  it('records a fulfillment as a shipment, ignoring an older fulfillment update', async () => {
    const summary = await lookup('#M1100');
    const fulfillment = { id: 555, order_id: 9100, status: 'success', tracking_company: 'DHL Paket', tracking_number: '00340434684329925819', shipment_status: 'in_transit', created_at: '2026-11-20T12:00:00+01:00', updated_at: '2026-11-20T12:00:00+01:00', line_items: [{ id: 31 }] };
    const created = await shopify('fulfillments/create', fulfillment);
    expect(created.json().outcome).toBe('applied');
    const older = await shopify('fulfillments/update', { ...fulfillment, shipment_status: 'confirmed', updated_at: '2026-11-20T11:59:00+01:00' });
    expect(older.json().outcome).toBe('stale');
    const detail = await getOrderDetail(t.app.db, { storeId: STORE, orderId: summary!.id, now: NOW });
    expect(detail?.shipments.map((s) => [s.trackingNumber, s.carrier, s.status])).toEqual([['00340434684329925819', 'dhl-germany', 'in_transit']]);
    expect(detail?.shipments[0]?.lineItemIds).toEqual(['31']);
  });

  it('marks an order cancelled from orders/cancelled', async () => {
    const res = await shopify('orders/cancelled', order({ id: 9101, name: '#M1101', cancelled_at: '2026-11-20T10:45:00+01:00', cancel_reason: 'customer', updated_at: '2026-11-20T10:45:00+01:00' }));
    expect(res.json().outcome).toBe('applied');
    expect((await lookup('#M1101'))?.stage).toBe('cancelled');
  });

  it('updates a product and keeps the store extensions Shopify does not send', async () => {
    const [before] = await findProducts(t.app.db, { storeId: STORE, text: 'MINI-LIN-S' });
    const product = before!.product;
    const res = await shopify('products/update', {
      id: Number(product.externalId),
      title: 'Linen Shirt (new season)',
      handle: product.handle,
      tags: 'linen',
      updated_at: '2030-01-01T00:00:00Z',
      variants: product.variants.map((v) => ({ id: Number(v.externalId), title: v.title, sku: v.sku, price: '61.00', inventory_quantity: 3, inventory_policy: 'deny' })),
    });
    expect(res.json().outcome).toBe('applied');
    const [after] = await findProducts(t.app.db, { storeId: STORE, text: 'MINI-LIN-S' });
    expect(after?.product.title).toBe('Linen Shirt (new season)');
    expect(after?.product.variants[0]?.basePrice?.amount).toBe('61.00');
    expect(after?.product.sizeChartId).toBe(product.sizeChartId);
  });

  it('answers bodies it cannot apply: bad JSON 400, invalid order 422, unknown topic ignored', async () => {
    expect((await shopify('orders/create', null, { raw: '{"id": 1,' })).statusCode).toBe(400);
    const invalid = await shopify('orders/create', { id: 1, name: '#X' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error.code).toBe('PARLEY_ERR_UNPROCESSABLE');
    const unknown = await shopify('carts/update', { id: 1 });
    expect(unknown.json()).toMatchObject({ ok: true, outcome: 'ignored' });
  });

  describe('AfterShip-style tracking webhook', () => {
    const tracking = (checkpoints: Array<[string, string, string]>, extra: Record<string, unknown> = {}) => ({
      event: 'tracking_update',
      event_id: `ev-${Math.random()}`,
      msg: {
        tracking_number: '00340434161094042557',
        slug: 'dhl-germany',
        tag: checkpoints.at(-1)?.[2] ?? 'InTransit',
        checkpoints: checkpoints.map(([time, message, tag]) => ({ checkpoint_time: time, message, tag, slug: 'dhl-germany', location: 'Madrid' })),
        ...extra,
      },
    });
    const post = (payload: unknown, secret: string | null = TRACKING_SECRET) => {
      const body = JSON.stringify(payload);
      return t.app.inject({
        method: 'POST',
        url: `/webhooks/aftership/${STORE}`,
        headers: { 'content-type': 'application/json', ...(secret ? { 'aftership-hmac-sha256': sign(body, secret) } : {}) },
        payload: body,
      });
    };

    it('merges scans into the shipment and keeps the newer status when an older update arrives', async () => {
      const newer = tracking([['2026-11-13T08:00:00+01:00', 'Delivery attempt failed', 'AttemptFail']]);
      const res = await post(newer);
      expect(res.json()).toMatchObject({ ok: true, outcome: 'applied', duplicate: false });
      const older = await post(tracking([['2026-11-11T08:00:00+01:00', 'Arrived at delivery base', 'InTransit']]));
      expect(older.json().outcome).toBe('stale');
      const replay = await post(newer);
      expect(replay.json()).toMatchObject({ duplicate: true });

      const summary = await lookup('#M1001');
      const detail = await getOrderDetail(t.app.db, { storeId: STORE, orderId: summary!.id, now: NOW });
      const shipment = detail!.shipments[0]!;
      expect(shipment.status).toBe('failed_attempt');
      // The older scan still joins the timeline, in order, newest first.
      expect(shipment.timeline.map((e) => e.message)).toEqual(['Delivery attempt failed', 'Delivered', 'Arrived at delivery base', 'The shipment has been processed']);
    });

    it('stores a number it did not know and links it to the order the provider names', async () => {
      const res = await post({
        event: 'tracking_update',
        event_id: 'ev-new-number',
        msg: {
          tracking_number: '1Z999AA10123456784',
          slug: 'ups',
          tag: 'InTransit',
          order_number: '#M1101',
          checkpoints: [{ checkpoint_time: '2026-11-20T08:00:00-05:00', message: 'Departed from facility', tag: 'InTransit', slug: 'ups', location: 'Louisville, KY' }],
        },
      });
      expect(res.json()).toMatchObject({ outcome: 'applied' });
      const summary = await lookup('#M1101');
      const detail = await getOrderDetail(t.app.db, { storeId: STORE, orderId: summary!.id, now: NOW });
      expect(detail?.shipments.map((s) => [s.trackingNumber, s.carrier, s.status])).toEqual([['1Z999AA10123456784', 'ups', 'in_transit']]);
      expect(detail?.shipments[0]?.timeline[0]?.at).toBe('2026-11-20T08:00:00-05:00');
    });

    it('rejects a bad signature with 401 and a malformed tracking number with 422', async () => {
      expect((await post(tracking([['2026-11-14T08:00:00+01:00', 'x', 'InTransit']]), 'wrong-secret-wrong-secret')).statusCode).toBe(401);
      expect((await post(tracking([['2026-11-14T08:00:00+01:00', 'x', 'InTransit']]), null)).statusCode).toBe(401);
      const malformed = await post(tracking([['2026-11-14T08:00:00+01:00', 'x', 'InTransit']], { tracking_number: '12#4' }));
      expect(malformed.statusCode).toBe(422);
    });
  });
});

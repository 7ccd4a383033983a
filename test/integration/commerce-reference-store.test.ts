/**
 * The complete reference store imports, and the query API answers exact facts from it at the
 * store's evaluation clock (eval_now = 2026-11-20T10:00:00Z).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, hasReferenceStore, REFERENCE_SKIP_MESSAGE, REFERENCE_STORE, type TestApp } from '../helpers/app.js';
import { countOrders } from '../../server/src/repositories/orders.js';
import { countShipments } from '../../server/src/repositories/shipments.js';
import { countProducts } from '../../server/src/repositories/catalog.js';
import { countReturns } from '../../server/src/repositories/returns.js';
import { findOrdersByNumber, findProducts, getOrderDetail, getShopperOrder, listCustomerOrders, listProducts } from '../../server/src/commerce/query.js';
import { findCustomerByEmail } from '../../server/src/repositories/customers.js';

if (!hasReferenceStore) console.warn(REFERENCE_SKIP_MESSAGE);

const STORE = 'juniper-pine';
const EVAL_NOW = new Date('2026-11-20T10:00:00Z');
const readJson = (name: string): unknown[] => (hasReferenceStore ? (JSON.parse(readFileSync(join(REFERENCE_STORE, name), 'utf8')) as unknown[]) : []);

describe.skipIf(!hasReferenceStore)('reference store: import and query', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ store: REFERENCE_STORE });
  });
  afterAll(() => t.close());

  it('imports every order, shipment, product, variant and return', async () => {
    const products = readJson('products.json') as Array<{ variants: unknown[] }>;
    expect(await countOrders(t.app.db, STORE)).toBe(readJson('orders.json').length);
    expect(await countOrders(t.app.db, STORE)).toBe(74);
    expect(await countShipments(t.app.db, STORE)).toBe(readJson('tracking.json').length);
    expect(await countProducts(t.app.db, STORE)).toEqual({ products: 31, variants: products.reduce((n, p) => n + p.variants.length, 0) });
    expect(await countReturns(t.app.db, STORE)).toBe(readJson('returns.json').length);
  });

  it('knows order #1019: Anna Becker, DHL Paket 00340434684329925819, delivered, paid in EUR', async () => {
    const [summary] = await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: '1019' });
    expect(summary?.name).toBe('#1019');
    const order = await getOrderDetail(t.app.db, { storeId: STORE, orderId: summary!.id, now: EVAL_NOW });
    expect(order?.email).toBe('anna.becker@example.net');
    expect(order?.placedAt).toBe('2026-10-04T16:05:00+08:00');
    expect(order?.total).toEqual({ amount: '66.95', currency: 'EUR' });
    expect(order?.totals.tax).toEqual({ amount: '10.69', currency: 'EUR' });
    expect(order?.stage).toBe('delivered');
    const shipment = order?.shipments[0];
    expect(shipment?.trackingNumber).toBe('00340434684329925819');
    expect(shipment?.carrier).toBe('dhl-germany');
    expect(shipment?.status).toBe('delivered');
    // Newest first, with the scan's own offset.
    expect(shipment?.timeline[0]?.status).toBe('delivered');
    expect(shipment?.timeline[0]?.at).toMatch(/\+0[12]:00$/);
    expect(shipment?.lateness?.state).toBe('delivered');
    expect(shipment?.lineItemIds).toEqual(['15920384764568', '15920384764853']);
  });

  it("lists a customer's orders (cancelled ones included) as customers.json counts them", async () => {
    const customers = readJson('customers.json') as Array<{ email: string; orders_count: number }>;
    const anna = customers.find((c) => c.email === 'anna.becker@example.net')!;
    const row = await findCustomerByEmail(t.app.db, STORE, anna.email);
    const orders = await listCustomerOrders(t.app.db, { storeId: STORE, customerId: row!.id, limit: 100 });
    expect(orders).toHaveLength(anna.orders_count);
    expect(orders.map((o) => o.name)).toContain('#1019');
  });

  it('keeps JPY amounts without decimals and marketplace orders with their channel', async () => {
    const [amazonJp] = await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: '250-6860120-0685374' });
    expect(amazonJp?.channel).toBe('amazon');
    expect(amazonJp?.marketplace).toBe('amazon.co.jp');
    expect(amazonJp?.total?.currency).toBe('JPY');
    expect(amazonJp?.total?.amount).toMatch(/^\d+$/);
    // Typed without dashes, an Amazon id still finds its order.
    const [again] = await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: '25068601200685374' });
    expect(again?.id).toBe(amazonJp?.id);
  });

  it("judges lateness at the store's clock and quotes the last-mile number after a handover", async () => {
    const detailOf = async (name: string) => {
      const [summary] = await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: name });
      return (await getOrderDetail(t.app.db, { storeId: STORE, orderId: summary!.id, now: EVAL_NOW }))!;
    };
    // #1027: no scan for weeks on a standard parcel from Shenzhen → lost under the 20-day rule.
    expect((await detailOf('#1027')).shipments[0]?.lateness).toMatchObject({ state: 'lost', reasonCode: 'no_update_lost' });
    // #1041: YunExpress handed over to Australia Post; the shopper should track the local number.
    const handedOver = (await detailOf('#1041')).shipments[0]!;
    expect(handedOver.trackingNumber).toBe('YT2604479277887239');
    expect(handedOver.currentLeg).toMatchObject({ role: 'last_mile', carrier: 'australia-post', trackingNumber: '33VQW6079084' });
    expect(handedOver.timeline[0]?.trackingNumber).toBe('33VQW6079084');
    // The same parcel judged a month earlier is simply on its way.
    const earlier = await getOrderDetail(t.app.db, { storeId: STORE, orderId: (await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: '#1027' }))[0]!.id, now: new Date('2026-10-20T10:00:00Z') });
    expect(earlier?.shipments[0]?.lateness?.state).not.toBe('lost');
  });

  it('tells an order waiting for the warehouse from a cancelled one', async () => {
    const [waiting] = await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: '#1057' });
    const [cancelled] = await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: '#1032' });
    const [unpaid] = await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: '#1052' });
    expect(waiting?.stage).toBe('awaiting_processing');
    expect(cancelled?.stage).toBe('cancelled');
    expect(unpaid?.stage).toBe('awaiting_payment');
  });

  it('shows a shopper only orders their conversation has proven', async () => {
    const [summary] = await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: '#1019' });
    const denied = await getShopperOrder(t.app.db, { storeId: STORE, access: { customerId: null, orderIds: [] }, now: EVAL_NOW, orderNumber: '#1019' });
    expect(denied).toEqual({ ok: false, code: 'not_verified' });
    const missing = await getShopperOrder(t.app.db, { storeId: STORE, access: { customerId: null, orderIds: [] }, now: EVAL_NOW, orderNumber: '#9999' });
    expect(missing).toEqual(denied);
    const granted = await getShopperOrder(t.app.db, { storeId: STORE, access: { customerId: null, orderIds: [summary!.id] }, now: EVAL_NOW, orderNumber: '#1019' });
    expect(granted.ok && granted.order.name).toBe('#1019');
    // The shopper view carries no internal support notes.
    expect(granted.ok && granted.order.agentNotes).toBeUndefined();
  });

  it('lists products with stock per variant and the market price', async () => {
    const [match] = await findProducts(t.app.db, { storeId: STORE, text: 'JNP-CSC-M-BLACK-S', market: 'DE' });
    expect(match?.matchedBy).toBe('sku');
    expect(match?.product.title).toBe("Cascade 2.5L Rain Jacket — Men's");
    expect(match?.product.price).toEqual({ amount: '140.00', currency: 'EUR' });
    const small = match?.product.variants.find((v) => v.sku === 'JNP-CSC-M-BLACK-S');
    expect(small?.available).toBe(221);
    expect(small?.stockByWarehouse).toEqual({ 'CN-SZ': 172, 'US-ONT': 28, 'DE-LEJ': 21 });
    expect(small?.basePrice).toEqual({ amount: '149.00', currency: 'USD' });

    const [byCountry] = await findProducts(t.app.db, { storeId: STORE, text: 'cascade-2-5l-rain-jacket-mens', market: 'GB' });
    expect(byCountry?.matchedBy).toBe('handle');
    expect(byCountry?.product.price).toEqual({ amount: '120.00', currency: 'GBP' });
    const [byCode] = await findProducts(t.app.db, { storeId: STORE, text: 'csc-m' });
    expect(byCode?.matchedBy).toBe('code');
    expect(byCode?.product.handle).toBe('cascade-2-5l-rain-jacket-mens');
    const [jp] = await findProducts(t.app.db, { storeId: STORE, text: 'rain jacket', market: 'JP' });
    expect(jp?.product.price?.currency).toBe('JPY');

    const all = await listProducts(t.app.db, { storeId: STORE, limit: 100 });
    expect(all).toHaveLength(31);
    expect(all.filter((p) => p.finalSale).map((p) => p.title).sort()).toEqual([
      "Cove Ribbed One-Piece Swimsuit — Women's",
      "Fjord Softshell Jacket (2025) — Men's",
      "Riptide Board Shorts — Men's",
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkAddressChange, checkChangeWindow, checkReturn, type OrderFacts } from '../../../server/src/commerce/actions/policy-checks.js';
import { orderActionPolicy } from '../../../server/src/commerce/actions/store-policy.js';
import type { OrderRow } from '../../../server/src/repositories/orders.js';
import type { ShipmentRow } from '../../../server/src/repositories/shipments.js';
import type { ProductRow } from '../../../server/src/repositories/catalog.js';
import type { ReturnRow } from '../../../server/src/repositories/returns.js';
import type { OrderRecord } from '../../../server/src/import/schemas.js';

const POLICY = orderActionPolicy({
  timezone: 'Asia/Shanghai',
  profile: { policies: { order_change_window_hours: 2, returns: { window_days: 30, free_return_label_from_warehouses: ['DE-LEJ'] } } },
  settings: {},
});

function order(data: Partial<OrderRecord> & Record<string, unknown> = {}, columns: Partial<OrderRow> = {}): OrderRow {
  const record = {
    id: 1,
    name: '#2001',
    created_at: '2026-11-20T23:30:00+08:00',
    currency: 'EUR',
    total_price: '40.00',
    shipping_address: { address1: 'Hauptstr. 1', city: 'Berlin', zip: '10115', country_code: 'DE' },
    line_items: [
      { id: 11, title: 'Socks', quantity: 2, product_id: 100 },
      { id: 12, title: 'Swimsuit', quantity: 1, product_id: 200 },
    ],
    fulfillments: [],
    x_store: { warehouse: 'DE-LEJ' },
    ...data,
  } as OrderRecord;
  return {
    id: 'o-1', store_id: 's', external_id: '1', name: record.name, customer_id: null, email: null, channel: 'shopify', marketplace: null,
    market: null, currency: 'EUR', total_price: '40.00', financial_status: 'paid', fulfillment_status: null,
    placed_at: new Date(record.created_at), processed_at: null, cancelled_at: null, data: record, source_updated_at: null,
    ...columns,
  };
}

const delivered = (at: string, trackingNumber = 'T1'): ShipmentRow => ({
  id: `sh-${trackingNumber}`, store_id: 's', order_pk: 'o-1', tracking_number: trackingNumber, carrier: 'dhl-germany', kind: 'outbound',
  status: 'delivered', expected_delivery: null, delivered_at: new Date(at), last_event_at: new Date(at), data: { delivered_at: at },
});

const product = (externalId: string, tags: string[], finalSale = false): ProductRow => ({
  id: `p-${externalId}`, store_id: 's', external_id: externalId, handle: externalId, title: externalId, product_type: null, vendor: null,
  status: 'active', tags, size_chart_id: null, data: { id: externalId, title: externalId, handle: externalId, variants: [], x_store: { final_sale: finalSale } } as unknown as ProductRow['data'],
});

const facts = (o: OrderRow, shipments: ShipmentRow[] = [], returns: ReturnRow[] = []): OrderFacts => ({
  order: o,
  shipments,
  returns,
  products: new Map([['100', product('100', ['socks'])], ['200', product('200', ['swimwear', 'final-sale'])]]),
});
const at = (iso: string) => ({ now: new Date(iso), windowAt: new Date(iso) });

describe('change window (cancel, change of address)', () => {
  it('counts the two hours in instants, whatever the offsets and the date line', () => {
    // Placed 23:30 in Shanghai = 15:30Z; the window closes at 01:30+08:00 the next day = 17:30Z.
    expect(checkChangeWindow(facts(order()), POLICY, at('2026-11-20T17:29:59Z'))).toMatchObject({ ok: true, deadline: '2026-11-21T01:30:00+08:00' });
    expect(checkChangeWindow(facts(order()), POLICY, at('2026-11-20T17:30:01Z'))).toEqual({
      ok: false, code: 'outside_window', offerHuman: true, windowHours: 2, placedAt: '2026-11-20T23:30:00+08:00', deadline: '2026-11-21T01:30:00+08:00',
    });
  });

  it('refuses once the warehouse started, something shipped, or the order is cancelled', () => {
    const now = at('2026-11-20T16:00:00Z');
    const processed = order({ processed_at: '2026-11-20T23:50:00+08:00' }, { processed_at: new Date('2026-11-20T15:50:00Z') });
    expect(checkChangeWindow(facts(processed), POLICY, now)).toMatchObject({ ok: false, code: 'already_processed', processedAt: '2026-11-20T23:50:00+08:00' });
    const shipped = order({ fulfillments: [{ id: 9, tracking_number: 'T1', status: 'success' }] as unknown as OrderRecord['fulfillments'] });
    expect(checkChangeWindow(facts(shipped), POLICY, now)).toMatchObject({ ok: false, code: 'already_shipped' });
    const cancelled = order({ cancelled_at: '2026-11-20T23:40:00+08:00' }, { cancelled_at: new Date('2026-11-20T15:40:00Z') });
    expect(checkChangeWindow(facts(cancelled), POLICY, now)).toMatchObject({ ok: false, code: 'already_cancelled' });
  });

  it('measures the window at the request when an agent approves later', () => {
    const requested = new Date('2026-11-20T16:00:00Z');
    expect(checkChangeWindow(facts(order()), POLICY, { now: new Date('2026-11-21T09:00:00Z'), windowAt: requested }).ok).toBe(true);
  });

  it('lets a store switch self-service off with a zero window', () => {
    const strict = { ...POLICY, changeWindowHours: 0 };
    expect(checkChangeWindow(facts(order()), strict, at('2026-11-20T15:31:00Z'))).toMatchObject({ ok: false, code: 'self_service_disabled' });
  });

  it('checks the new address and keeps it in the same country', () => {
    const now = at('2026-11-20T16:00:00Z');
    const good = { address1: 'Torstr. 5', city: 'Berlin', zip: '10119', countryCode: 'DE' };
    expect(checkAddressChange(facts(order()), POLICY, now, good).ok).toBe(true);
    expect(checkAddressChange(facts(order()), POLICY, now, { ...good, zip: '' })).toMatchObject({ ok: false, code: 'invalid_address', fields: ['zip'] });
    expect(checkAddressChange(facts(order()), POLICY, now, { ...good, city: ' ', countryCode: 'de' })).toMatchObject({ code: 'invalid_address', fields: ['city', 'countryCode'] });
    expect(checkAddressChange(facts(order()), POLICY, now, { ...good, countryCode: 'AT' })).toMatchObject({ ok: false, code: 'country_change', fromCountry: 'DE', toCountry: 'AT' });
  });
});

describe('returns and exchanges', () => {
  const deliveredOrder = () => order({ fulfillments: [{ id: 9, tracking_number: 'T1', status: 'success', line_items: [11, 12] }] as unknown as OrderRecord['fulfillments'] });
  const returnOf = (items: Array<{ id: number; qty: number }>, type = 'return') => ({ kind: type as 'return' | 'exchange', items: items.map((i) => ({ lineItemId: String(i.id), quantity: i.qty })) });

  it('accepts within 30 days of delivery and says who pays the label', () => {
    const verdict = checkReturn(facts(deliveredOrder(), [delivered('2026-11-01T12:00:00+01:00')]), POLICY, at('2026-11-20T10:00:00Z'), returnOf([{ id: 11, qty: 1 }]));
    expect(verdict).toEqual({ ok: true, windowDays: 30, deliveredAt: '2026-11-01T12:00:00+01:00', deadline: '2026-12-01T12:00:00+01:00', returnShipping: 'store_pays' });
  });

  it('refuses after the window, naming the delivery and the deadline', () => {
    const verdict = checkReturn(facts(deliveredOrder(), [delivered('2026-10-07T16:54:18+02:00')]), POLICY, at('2026-11-20T10:00:00Z'), returnOf([{ id: 11, qty: 1 }]));
    expect(verdict).toMatchObject({ ok: false, code: 'outside_return_window', windowDays: 30, deliveredAt: '2026-10-07T16:54:18+02:00', deadline: '2026-11-06T16:54:18+02:00' });
  });

  it('refuses final-sale items, items not delivered yet, unknown items and over-returns', () => {
    const f = facts(deliveredOrder(), [delivered('2026-11-10T12:00:00+01:00')]);
    const now = at('2026-11-20T10:00:00Z');
    expect(checkReturn(f, POLICY, now, returnOf([{ id: 12, qty: 1 }]))).toMatchObject({ ok: false, code: 'final_sale', items: [{ lineItemId: '12', title: 'Swimsuit' }] });
    expect(checkReturn(facts(deliveredOrder()), POLICY, now, returnOf([{ id: 11, qty: 1 }]))).toMatchObject({ ok: false, code: 'not_delivered', lineItemIds: ['11'] });
    expect(checkReturn(f, POLICY, now, returnOf([{ id: 99, qty: 1 }]))).toMatchObject({ ok: false, code: 'invalid_items', lineItemIds: ['99'] });
    expect(checkReturn(f, POLICY, now, returnOf([{ id: 11, qty: 3 }]))).toMatchObject({ ok: false, code: 'already_returned' });
    const earlier: ReturnRow = { id: 'r', store_id: 's', external_id: 'RMA-1', order_pk: 'o-1', type: 'return', status: 'approved', data: { items: [{ line_item_id: 11, quantity: 2 }] }, created_at: new Date() };
    expect(checkReturn(facts(deliveredOrder(), [delivered('2026-11-10T12:00:00+01:00')], [earlier]), POLICY, now, returnOf([{ id: 11, qty: 1 }]))).toMatchObject({ code: 'already_returned' });
    const rejected = { ...earlier, status: 'rejected' };
    expect(checkReturn(facts(deliveredOrder(), [delivered('2026-11-10T12:00:00+01:00')], [rejected]), POLICY, now, returnOf([{ id: 11, qty: 1 }])).ok).toBe(true);
  });

  it('exchanges only into a replacement that can be sent', () => {
    const f = facts(deliveredOrder(), [delivered('2026-11-10T12:00:00+01:00')]);
    const now = at('2026-11-20T10:00:00Z');
    const items = [{ lineItemId: '11', quantity: 1, exchangeFor: 'JNP-SOX-L' }];
    expect(checkReturn(f, POLICY, now, { kind: 'exchange', items, exchangeAvailable: new Map([['JNP-SOX-L', true]]) }).ok).toBe(true);
    expect(checkReturn(f, POLICY, now, { kind: 'exchange', items, exchangeAvailable: new Map([['JNP-SOX-L', false]]) })).toMatchObject({ ok: false, code: 'exchange_unavailable', lineItemIds: ['11'] });
    expect(checkReturn(f, POLICY, now, { kind: 'exchange', items: [{ lineItemId: '11', quantity: 1 }] })).toMatchObject({ code: 'exchange_unavailable' });
  });

  it('does not return a cancelled order', () => {
    const cancelled = order({ cancelled_at: '2026-11-20T23:40:00+08:00' }, { cancelled_at: new Date('2026-11-20T15:40:00Z') });
    expect(checkReturn(facts(cancelled), POLICY, at('2026-11-20T16:00:00Z'), returnOf([{ id: 11, qty: 1 }]))).toMatchObject({ code: 'order_cancelled' });
  });
});

describe('store policy and settings', () => {
  it('reads approvals per kind or for all, and falls back to defaults', () => {
    const all = orderActionPolicy({ timezone: 'UTC', profile: {}, settings: { orderActions: { requireApproval: true } } });
    expect(all.requireApproval).toEqual({ cancel: true, change_address: true, return: true, exchange: true });
    expect(all.changeWindowHours).toBe(2);
    expect(all.returnWindowDays).toBe(30);
    const some = orderActionPolicy({ timezone: 'UTC', profile: { policies: { order_change_window_hours: 1 } }, settings: { orderActions: { requireApproval: { return: true } } } });
    expect(some.requireApproval).toEqual({ cancel: false, change_address: false, return: true, exchange: false });
    expect(some.changeWindowHours).toBe(1);
  });
});

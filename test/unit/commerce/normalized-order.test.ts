import { describe, expect, it } from 'vitest';
import { normalizeOrder } from '../../../server/src/commerce/orders/normalized-order.js';

const amazonOrder = () => ({
  id: '112-5550001-0000001',
  channel: 'amazon',
  marketplace: 'amazon.com',
  market: 'US',
  placed_at: '2026-11-18T09:12:00-08:00',
  updated_at: '2026-11-19T10:00:00-08:00',
  currency: 'USD',
  total: '84.5',
  financial_status: 'paid',
  customer: { id: 'A1B2C3', email: 'amzn.buyer@example.net', first_name: 'Sam' },
  shipping_address: { name: 'Sam Lee', address1: '1 Main St', city: 'Portland', zip: '97202', country_code: 'US' },
  shipping_method: 'standard',
  line_items: [
    { id: 'L1', title: 'Merino Socks', sku: 'JNP-SOX-M', quantity: 2, price: '18' },
    { id: 'L2', title: 'Headlamp', sku: 'JNP-LUM-400-BLACK', quantity: 1, price: '48.50' },
  ],
  shipments: [{ tracking_number: '9400111813105167760939', carrier: 'USPS', status: 'in_transit', shipped_at: '2026-11-19T08:00:00-08:00', line_item_ids: ['L1'] }],
});

describe('normalised order push JSON', () => {
  it('becomes a stored order scoped to its channel, with exact money and its customer', () => {
    const result = normalizeOrder(amazonOrder());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.id).toBe('amazon:112-5550001-0000001');
    expect(result.order.name).toBe('112-5550001-0000001');
    expect(result.order.total_price).toBe('84.50');
    expect(result.order.created_at).toBe('2026-11-18T09:12:00-08:00');
    expect(result.order.fulfillment_status).toBe('partial');
    expect(result.order.x_store).toMatchObject({ channel: 'amazon', marketplace: 'amazon.com', market: 'US', source: 'push' });
    expect(result.order.customer).toEqual({ id: 'amazon:A1B2C3', email: 'amzn.buyer@example.net' });
    expect(result.customer).toMatchObject({ id: 'amazon:A1B2C3', first_name: 'Sam', country_code: 'US' });
    expect((result.order.line_items as unknown as Array<{ price: string }>).map((li) => li.price)).toEqual(['18.00', '48.50']);
  });

  it('keeps Shopify ids unscoped so pushes and webhooks meet on one order', () => {
    const result = normalizeOrder({ ...amazonOrder(), channel: 'shopify', id: '6210395785649', name: '#1019' });
    expect(result.ok && result.order.id).toBe('6210395785649');
  });

  it('marks an order fulfilled when every line item shipped', () => {
    const o = amazonOrder();
    o.shipments[0]!.line_item_ids = ['L1', 'L2'];
    const result = normalizeOrder(o);
    expect(result.ok && result.order.fulfillment_status).toBe('fulfilled');
  });

  it('refuses yen with decimals, times without an offset, and shipments of unknown items', () => {
    const yen = normalizeOrder({ ...amazonOrder(), currency: 'JPY', total: '1200.5', line_items: [{ id: 'L1', title: 'Socks', quantity: 1, price: '1200' }], shipments: [] });
    expect(yen.ok).toBe(false);
    expect(!yen.ok && yen.problems.map((p) => p.field)).toEqual(['/total']);

    const naive = normalizeOrder({ ...amazonOrder(), placed_at: '2026-11-18T09:12:00' });
    expect(!naive.ok && naive.problems[0]?.field).toBe('/placed_at');

    const o = amazonOrder();
    o.shipments[0]!.line_item_ids = ['L9'];
    const unknown = normalizeOrder(o);
    expect(!unknown.ok && unknown.problems).toEqual([{ field: '/shipments/0/line_item_ids/0', message: 'refers to unknown line item L9' }]);
  });

  it('refuses a channel name that is not a slug and an order without items', () => {
    expect(normalizeOrder({ ...amazonOrder(), channel: 'Amazon US' }).ok).toBe(false);
    expect(normalizeOrder({ ...amazonOrder(), line_items: [] }).ok).toBe(false);
    expect(normalizeOrder('not an order').ok).toBe(false);
  });
});

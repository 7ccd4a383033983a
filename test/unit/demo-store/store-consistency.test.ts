import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES, generateStore } from '../../../scripts/demo-store/build/generate-store.js';
import { validateStore } from '../../../scripts/demo-store/validate/index.js';
import { STORE_DIR } from './paths.js';

const load = <T>(name: string): T => JSON.parse(readFileSync(join(STORE_DIR, name), 'utf8')) as T;
type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('bundled demo store (knowledge/)', () => {
  it('passes every consistency check of the validator', () => {
    expect(validateStore(STORE_DIR)).toEqual([]);
  });

  it('matches what the generator produces from scripts/demo-store/data', () => {
    const files = generateStore(STORE_DIR);
    for (const name of GENERATED_FILES) {
      expect(readFileSync(join(STORE_DIR, name), 'utf8'), `${name} is stale: run npx tsx scripts/demo-store/generate.ts`).toBe(files[name]);
    }
  });
});

describe('demo store scenarios the assistant is evaluated on', () => {
  const store = load<Rec>('store.json');
  const orders = load<Rec[]>('orders.json');
  const tracking = load<Rec[]>('tracking.json');
  const returns = load<Rec[]>('returns.json');
  const now = Date.parse(store.eval_now);
  const DAY = 86_400_000;
  const parcel = (number: string): Rec | undefined => tracking.find((t) => t.tracking_number === number);
  const outbound = tracking.filter((t) => t.kind === 'outbound');

  it('has at least 48 orders across all four channels', () => {
    expect(orders.length).toBeGreaterThanOrEqual(48);
    expect(new Set(orders.map((o) => o.x_store.channel))).toEqual(new Set(['shopify', 'amazon', 'tiktok', 'ebay']));
  });

  it('has an order inside the change window that is not processed, and one outside it', () => {
    const windowMs = store.policies.order_change_window_hours * 3_600_000;
    const open = orders.filter((o) => o.processed_at === null && o.cancelled_at === null && o.financial_status === 'paid');
    expect(open.some((o) => now - Date.parse(o.created_at) < windowMs)).toBe(true);
    expect(open.some((o) => now - Date.parse(o.created_at) > windowMs)).toBe(true);
    expect(orders.some((o) => o.processed_at !== null && now - Date.parse(o.created_at) < windowMs)).toBe(true);
  });

  it('covers unpaid, processing, cancelled, refunded and partially refunded orders', () => {
    const statuses = new Set(orders.map((o) => o.financial_status));
    for (const s of ['pending', 'paid', 'voided', 'refunded', 'partially_refunded']) expect(statuses).toContain(s);
    const warehouse = new Set(orders.map((o) => o.x_store.warehouse_status));
    for (const s of ['awaiting_payment', 'awaiting_processing', 'processing', 'shipped', 'partially_shipped', 'returned_to_warehouse', 'cancelled']) {
      expect(warehouse).toContain(s);
    }
  });

  it('covers every parcel state, including customs holds and parcels returned to sender', () => {
    const tags = new Set(outbound.map((t) => t.tag));
    for (const tag of ['InTransit', 'OutForDelivery', 'AttemptFail', 'AvailableForPickup', 'Delivered', 'Exception', 'Expired']) expect(tags).toContain(tag);
    const subtags = new Set(outbound.map((t) => t.subtag_message));
    for (const s of ['Customs hold', 'Returned to sender', 'Awaiting payment of duties and taxes']) expect(subtags).toContain(s);
  });

  it('has a parcel lost by policy, a late parcel still moving, split, multi-leg and reshipped orders', () => {
    const lostAfter = store.policies.lost_parcel.no_update_days_economy_standard * DAY;
    const silent = outbound.filter((t) => !['Delivered', 'Exception'].includes(t.tag) && now - Date.parse(t.last_updated_at) > lostAfter);
    expect(silent.some((t) => t.tag === 'InTransit')).toBe(true);
    const today = store.eval_now.slice(0, 10);
    expect(outbound.some((t) => t.tag === 'InTransit' && t.expected_delivery < today && now - Date.parse(t.last_updated_at) < 3 * DAY)).toBe(true);
    expect(orders.some((o) => o.x_store.split_shipment && o.fulfillments.length === 2)).toBe(true);
    expect(outbound.filter((t) => t.last_mile !== null).length).toBeGreaterThanOrEqual(10);
    expect(orders.some((o) => o.fulfillments.some((f: Rec) => f.x_reship_of !== undefined))).toBe(true);
    expect(orders.some((o) => (o.x_store.backorder ?? []).length > 0)).toBe(true);
  });

  it('has deliveries inside and outside the 45-day return window', () => {
    const delivered = outbound.filter((t) => t.delivered_at).map((t) => now - Date.parse(t.delivered_at));
    expect(delivered.some((age) => age < 45 * DAY)).toBe(true);
    expect(delivered.some((age) => age > 45 * DAY)).toBe(true);
  });

  it('has returns, exchanges and claims in every status, each label tracked', () => {
    expect(new Set(returns.map((r) => r.type))).toEqual(new Set(['return', 'exchange', 'claim']));
    for (const s of ['approved', 'in_transit', 'refunded', 'rejected']) expect(returns.map((r) => r.status)).toContain(s);
    for (const r of returns.filter((x) => x.return_label)) expect(parcel(r.return_label.tracking_number)?.kind).toBe('return');
  });
});

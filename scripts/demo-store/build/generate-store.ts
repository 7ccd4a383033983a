/**
 * Generates the JSON files of the demo store from the data specs and store.json. Pure: returns the
 * file contents, so the CLI can write them and a test can check the committed files are current.
 */
import { ORDERS_AUG_OCT } from '../data/orders-aug-oct.js';
import { ORDERS_MARKETPLACE } from '../data/orders-marketplace.js';
import { ORDERS_NOV } from '../data/orders-nov.js';
import type { OrderSpec, ReturnSpec } from '../data/order-types.js';
import { fromZoned } from '../lib/time.js';
import { buildCustomers, customerByKey, customerIds } from './customers.js';
import { buildOrder } from './orders.js';
import { buildProducts, indexBySku } from './products.js';
import { buildSizeCharts } from './size-charts.js';
import { readStoreConfig } from './store-config.js';
import type { TrackingEntry } from './tracking.js';

export const GENERATED_FILES = ['products.json', 'size-charts.json', 'customers.json', 'orders.json', 'tracking.json', 'returns.json'] as const;
export type GeneratedFile = (typeof GENERATED_FILES)[number];

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function allOrderSpecs(): OrderSpec[] {
  return [...ORDERS_AUG_OCT, ...ORDERS_NOV, ...ORDERS_MARKETPLACE];
}

export function generateStore(storeDir: string): Record<GeneratedFile, string> {
  const store = readStoreConfig(storeDir);
  const nowMs = Date.parse(store.eval_now);
  const products = buildProducts();
  const skus = indexBySku(products);

  const placed = (s: OrderSpec): number => fromZoned(s.placedAt, store.timezone);
  const specs = allOrderSpecs().sort((a, b) => placed(a) - placed(b));
  const keys = new Set<string>();
  for (const s of specs) {
    if (keys.has(s.key)) throw new Error(`duplicate order key ${s.key}`);
    keys.add(s.key);
  }

  // RMA numbers follow the order in which customers asked for them.
  const allReturns: Array<{ r: ReturnSpec; ms: number }> = specs.flatMap((s) =>
    (s.returns ?? []).map((r) => ({ r, ms: fromZoned(r.createdAt, customerByKey(s.customer).timezone) })),
  );
  allReturns.sort((a, b) => a.ms - b.ms);
  const rmaIds = new Map(allReturns.map(({ r }, i) => [r, `RMA-2026-${String(611 + i).padStart(4, '0')}`]));

  const ctx = { store, skus, customerIds: customerIds(), rmaIds, nowMs, taken: new Set<string>() };
  let nextNumber = 2001;
  const orders: Array<Record<string, unknown>> = [];
  const tracking: TrackingEntry[] = [];
  const returns: Array<Record<string, unknown>> = [];
  const counts = new Map<string, number>();
  specs.forEach((spec, index) => {
    const name = spec.channel === 'shopify' ? `#${nextNumber++}` : spec.marketplaceId;
    if (!name) throw new Error(`${spec.key}: marketplace order without id`);
    const bundle = buildOrder(spec, index, name, ctx);
    orders.push(bundle.order);
    tracking.push(...bundle.tracking);
    returns.push(...bundle.returns);
    counts.set(spec.customer, (counts.get(spec.customer) ?? 0) + 1);
  });
  returns.sort((a, b) => String(a.id).localeCompare(String(b.id)));

  return {
    'products.json': json(products),
    'size-charts.json': json(buildSizeCharts()),
    'customers.json': json(buildCustomers(counts)),
    'orders.json': json(orders),
    'tracking.json': json(tracking),
    'returns.json': json(returns),
  };
}

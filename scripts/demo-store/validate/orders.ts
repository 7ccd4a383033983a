/** Orders and customers: identity, names, channels, timestamps, fulfillments and statuses. */
import { zonedIso } from '../lib/time.js';
import { isOffsetIso, type Json, type Problems, type StoreFiles } from './context.js';
import { checkOrderMoney } from './money.js';

const NAME_FORMAT: Record<string, RegExp> = {
  'online-store': /^#\d{4}$/,
  'amazon.com': /^114-\d{7}-\d{7}$/,
  'amazon.de': /^305-\d{7}-\d{7}$/,
  'amazon.co.jp': /^503-\d{7}-\d{7}$/,
  'tiktok-shop-us': /^\d{18}$/,
  'tiktok-shop-uk': /^\d{18}$/,
  'ebay.co.uk': /^\d{2}-\d{5}-\d{5}$/,
  'ebay.de': /^\d{2}-\d{5}-\d{5}$/,
};

/** True when `iso` is written with the UTC offset that `tz` has at that instant. */
export const inZone = (iso: unknown, tz: string): boolean => isOffsetIso(iso) && zonedIso(Date.parse(iso), tz) === iso.replace(/\.\d+/, '');

export function checkCustomers(files: StoreFiles, problems: Problems): void {
  const f = 'customers.json';
  const emails = new Set<string>();
  for (const c of files.customers) {
    const at = String(c.email);
    problems.check(!emails.has(c.email), f, at, 'duplicate e-mail');
    emails.add(c.email);
    problems.check(/@example\.(com|org|net)$/.test(c.email), f, at, 'e-mails must use example.com/.org/.net');
    problems.check(files.store.locales.includes(c.locale), f, at, `locale ${c.locale} is not a store locale`);
    problems.check(inZone(c.created_at, c.timezone), f, at, 'created_at must carry the customer time-zone offset');
    // 555 blocks, Ofcom's 07700 900, ACMA's 0491 570, ARCEP's 06 39 98 (all reserved for fiction).
    const digits = String(c.phone).replace(/\D/g, '');
    problems.check(/555|447700900|61491570|3363998/.test(digits), f, at, `phone ${c.phone} is not in a fictional range`);
    const orders = files.orders.filter((o) => o.customer?.id === c.id);
    problems.check(orders.length === c.orders_count, f, at, `orders_count ${c.orders_count} but ${orders.length} orders`);
    const first = Math.min(...orders.map((o) => Date.parse(o.created_at)));
    problems.check(orders.length === 0 || Date.parse(c.created_at) <= first, f, at, 'account created after its first order');
    const channel = c.x_store?.source_channel;
    const relay = { amazon: /^amzn\./, tiktok: /^tts\./, ebay: /^ebay\./ }[channel as string];
    problems.check(!relay || relay.test(c.email), f, at, `${channel} buyers appear with relay addresses`);
  }
}

export function checkOrders(files: StoreFiles, problems: Problems): void {
  const f = 'orders.json';
  const { store, nowMs } = files;
  const ids = new Set<number>();
  const names = new Set<string>();
  let lastOnline = '';
  for (const o of files.orders) {
    const at = String(o.name);
    problems.check(!ids.has(o.id) && !names.has(o.name), f, at, 'duplicate order id or name');
    ids.add(o.id);
    names.add(o.name);
    const fmt = NAME_FORMAT[o.x_store?.marketplace];
    problems.check(fmt !== undefined && fmt.test(o.name), f, at, `name does not match the ${o.x_store?.marketplace} order-id format`);
    if (o.x_store.channel === 'shopify') {
      problems.check(o.name > lastOnline, f, at, 'online-store order numbers must increase with created_at');
      lastOnline = o.name;
    }
    const customer = files.customers.find((c) => c.id === o.customer?.id);
    problems.check(customer !== undefined && customer.email === o.email && o.customer.email === o.email, f, at, 'customer missing or e-mail mismatch');
    problems.check(customer?.x_store?.market === o.x_store.market && customer?.country_code === o.shipping_address?.country_code, f, at, 'market/country differ from the customer');

    for (const key of ['created_at', 'processed_at', 'updated_at', 'cancelled_at']) {
      if (o[key] === null) continue;
      problems.check(inZone(o[key], store.timezone), f, `${at} ${key}`, `must be in the store zone ${store.timezone}`);
      problems.check(Date.parse(o[key]) <= nowMs, f, `${at} ${key}`, 'is after eval_now');
    }
    if (o.processed_at) problems.check(o.processed_at >= o.created_at && Date.parse(o.processed_at) >= Date.parse(o.created_at), f, at, 'processed before it was created');

    const lineIds = new Set((o.line_items as Json[]).map((l) => l.id));
    const fulfillmentIds: number[] = [];
    for (const fl of o.fulfillments as Json[]) {
      const where = `${at} fulfillment ${fl.id}`;
      const wh = store.warehouses.find((w) => w.id === fl.x_warehouse);
      problems.check(wh !== undefined && wh.location_id === fl.location_id, f, where, 'location_id does not match x_warehouse');
      problems.check(wh?.ships_to.includes(o.x_store.market) ?? false, f, where, `${fl.x_warehouse} does not ship to ${o.x_store.market}`);
      problems.check(wh !== undefined && inZone(fl.created_at, wh.timezone), f, where, 'created_at must be in the warehouse zone');
      problems.check(Date.parse(fl.created_at) <= nowMs && Date.parse(fl.created_at) >= Date.parse(o.processed_at ?? o.created_at), f, where, 'dispatched before processing or after eval_now');
      problems.check((fl.line_items as number[]).every((id) => lineIds.has(id)), f, where, 'refers to unknown line items');
      problems.check(fl.x_reship_of === undefined || fulfillmentIds.includes(fl.x_reship_of), f, where, 'x_reship_of must name an earlier fulfillment');
      fulfillmentIds.push(fl.id);
    }
    const shipped = new Set((o.fulfillments as Json[]).filter((fl) => fl.x_reship_of === undefined).flatMap((fl) => fl.line_items as number[]));
    for (const li of o.line_items as Json[]) problems.check((li.fulfillment_status === 'fulfilled') === shipped.has(li.id), f, `${at} ${li.sku}`, 'line fulfillment_status disagrees with fulfillments');
    const expectedFs = shipped.size === 0 ? null : shipped.size === lineIds.size ? 'fulfilled' : 'partial';
    problems.check(o.fulfillment_status === expectedFs, f, at, `fulfillment_status ${o.fulfillment_status}, expected ${expectedFs}`);
    checkWarehouseStatus(o, problems);
    for (const b of (o.x_store.backorder as Json[] | undefined) ?? []) {
      const product = files.products.find((p) => (p.variants as Json[]).some((v) => v.sku === b.sku));
      const variant = (product?.variants as Json[] | undefined)?.find((v) => v.sku === b.sku);
      problems.check(variant?.inventory_policy === 'continue' && product?.x_store.restock_date?.[b.sku] === b.restock_date, f, `${at} backorder ${b.sku}`, 'must be a backorderable variant with its restock date');
      problems.check(!shipped.has(b.line_item_id), f, `${at} backorder ${b.sku}`, 'backordered line already shipped');
    }
    for (const r of o.refunds as Json[]) {
      problems.check(inZone(r.created_at, store.timezone) && Date.parse(r.created_at) <= nowMs, f, `${at} refund ${r.id}`, 'created_at must be in the store zone and before eval_now');
      problems.check(r.currency === o.currency, f, `${at} refund ${r.id}`, 'refund currency differs from the order');
    }
    for (const id of (o.x_store.return_ids as string[] | undefined) ?? []) {
      problems.check(files.returns.some((r) => r.id === id && r.order_id === o.id), f, at, `return ${id} does not exist for this order`);
    }
    checkCodeEligibility(files, o, problems);
    checkOrderMoney(files, o, problems);
  }
}

function checkWarehouseStatus(o: Json, problems: Problems): void {
  const s = o.x_store.warehouse_status;
  const hasParcels = (o.fulfillments as Json[]).length > 0;
  const ok = o.cancelled_at !== null ? s === 'cancelled'
    : o.financial_status === 'pending' ? s === 'awaiting_payment'
    : o.processed_at === null ? s === 'awaiting_processing'
    : !hasParcels ? s === 'processing'
    : ['shipped', 'partially_shipped', 'returned_to_warehouse'].includes(s);
  problems.check(ok, 'orders.json', String(o.name), `warehouse_status ${s} does not fit the order's state`);
}

/** First-order codes only on the first non-cancelled order; VIP20 only for VIP customers. */
function checkCodeEligibility(files: StoreFiles, o: Json, problems: Problems): void {
  const code = (o.discount_codes as Json[])[0]?.code;
  if (!code) return;
  const customer = files.customers.find((c) => c.id === o.customer.id);
  if (code === 'VIP20') {
    problems.check(String(customer?.tags ?? '').split(', ').includes('vip'), 'orders.json', String(o.name), 'VIP20 used by a customer without the vip tag');
    return;
  }
  const earlier = files.orders.filter((x) => x.customer?.id === o.customer.id && x.cancelled_at === null && Date.parse(x.created_at) < Date.parse(o.created_at));
  problems.check(o.cancelled_at !== null || earlier.length === 0, 'orders.json', String(o.name), `${code} is for a first order only`);
}


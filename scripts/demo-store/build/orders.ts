/**
 * Assembles one order: Shopify Admin order subset with `x_store` extras, its fulfillments and
 * tracking entries, RMAs and refunds. Money comes from pricing.ts, parcels from tracking.ts.
 */
import { customerByKey, addressOf } from './customers.js';
import type { OrderSpec, ReturnSpec } from '../data/order-types.js';
import { fmt, toMinor } from '../lib/money.js';
import { createRng, randInt } from '../lib/rng.js';
import { fromZoned, zonedIso } from '../lib/time.js';
import { priceOrder } from './pricing.js';
import type { VariantRef } from './products.js';
import { buildReturn, type OrderRefund } from './returns.js';
import { methodDays, returnWarehouse, type StoreConfig } from './store-config.js';
import { expectedDate, outboundParcel, SHIPMENT_STATUS, trackingEntry, type TrackingEntry } from './tracking.js';
import { checkoutInfo } from './order-labels.js';

export interface BuildContext {
  store: StoreConfig;
  skus: Map<string, VariantRef>;
  customerIds: Map<string, number>;
  rmaIds: Map<ReturnSpec, string>;
  nowMs: number;
  taken: Set<string>;
}

export interface OrderBundle {
  order: Record<string, unknown>;
  tracking: TrackingEntry[];
  returns: Array<Record<string, unknown>>;
}

export function buildOrder(spec: OrderSpec, index: number, name: string, ctx: BuildContext): OrderBundle {
  const { store, nowMs } = ctx;
  const storeTz = store.timezone;
  const customer = customerByKey(spec.customer);
  const customerId = ctx.customerIds.get(customer.key) ?? 0;
  const address = addressOf(customer);
  const dest = { city: address.city, region: address.province_code, zip: address.zip, country: customer.country, tz: customer.timezone };
  const rng = createRng(`order:${spec.key}`);
  const orderId = 6480231500000 + index * 7919 + randInt(rng, 0, 5000);
  // Specs give minutes; seconds make the timestamps look like a real shop's.
  const createdMs = fromZoned(spec.placedAt, storeTz) + randInt(rng, 0, 59) * 1000;
  const processedMs = spec.processedAt ? fromZoned(spec.processedAt, storeTz) + randInt(rng, 0, 59) * 1000 : null;
  const shipments = spec.shipments ?? [];
  const firstShipment = (sku: string) => shipments.find((s) => s.reshipOf === undefined && (!s.skus || s.skus.includes(sku)));
  const lineOrigin = (sku: string): string => firstShipment(sku)?.from ?? spec.warehouse;
  const money = priceOrder(store, spec, customer.market, { city: address.city, region: address.province_code }, ctx.skus, lineOrigin);
  const info = checkoutInfo(store, spec, customer.market, money);
  const lineIds = new Map(money.lines.map((l, j) => [l.sku, 16320470000000 + index * 1000 + j * 13 + randInt(rng, 0, 9)]));
  const fulfillmentIds = shipments.map((_, k) => 5713300000000 + index * 100 + k * 7 + randInt(rng, 0, 5));
  let lastMs = Math.max(createdMs, processedMs ?? 0);

  const tracking: TrackingEntry[] = [];
  const fulfillments = shipments.map((s, k) => {
    const wh = store.warehouses.find((w) => w.id === s.from);
    if (!wh) throw new Error(`${spec.key}: unknown warehouse ${s.from}`);
    const dispatchMs = fromZoned(s.dispatchAt, wh.timezone) + randInt(rng, 0, 59) * 1000;
    const parcel = outboundParcel(s, dest, dispatchMs, `${spec.key}#${k}`, nowMs, ctx.taken);
    const method = s.reshipOf !== undefined ? 'standard' : spec.method;
    const expected = expectedDate(dispatchMs, wh.timezone, methodDays(store, method, s.from, customer.market)[1]);
    const lines = money.lines.filter((l) => !s.skus || s.skus.includes(l.sku)).map((l) => lineIds.get(l.sku) ?? 0);
    const entry = trackingEntry(parcel, {
      kind: 'outbound', order_id: orderId, order_name: name, fulfillment_id: fulfillmentIds[k] ?? 0, rma_id: null,
      shipping_method: method, origin_country: wh.address.country_code, destination_country: customer.country,
    }, expected);
    tracking.push(entry);
    lastMs = Math.max(lastMs, parcel.checkpoints.at(-1)?.ms ?? 0);
    return {
      id: fulfillmentIds[k], status: 'success', tracking_company: entry.carrier_name, tracking_number: entry.tracking_number,
      tracking_url: entry.tracking_url, shipment_status: SHIPMENT_STATUS[entry.tag], created_at: zonedIso(dispatchMs, wh.timezone),
      updated_at: entry.last_updated_at, location_id: wh.location_id, x_warehouse: wh.id, line_items: lines,
      ...(s.reshipOf !== undefined ? { x_reship_of: fulfillmentIds[s.reshipOf] } : {}),
    };
  });

  const refunds: OrderRefund[] = [];
  const rmas: Array<Record<string, unknown>> = [];
  (spec.returns ?? []).forEach((r, i) => {
    const rmaId = ctx.rmaIds.get(r);
    if (!rmaId) throw new Error(`${spec.key}: RMA without id`);
    const built = buildReturn(r, {
      spec, rmaId, orderId, orderName: name, customerId, customer, dest, money, lineIds, skus: ctx.skus, storeTz,
      gateway: info.gateway, refundId: 938104000000 + index * 10 + i, returnWarehouse: returnWarehouse(store, customer.market),
      nowMs, taken: ctx.taken,
    });
    rmas.push(built.rma);
    if (built.tracking) tracking.push(built.tracking);
    if (built.refund) refunds.push(built.refund);
    lastMs = Math.max(lastMs, built.lastMs);
  });
  if (spec.cancel) lastMs = Math.max(lastMs, fromZoned(spec.cancel.at, storeTz));
  if (spec.cancel?.financial === 'refunded') {
    const ms = fromZoned(spec.cancel.at, storeTz);
    refunds.push({
      id: 938104000000 + index * 10 + 9, created_at: zonedIso(ms, storeTz), amount: fmt(money.total, money.currency), currency: money.currency,
      gateway: info.gateway, note: spec.cancel.note, ms,
      refund_line_items: money.lines.map((l) => ({ line_item_id: lineIds.get(l.sku) ?? 0, quantity: l.quantity, restock_type: 'cancel' })),
    });
  }
  for (const r of refunds) lastMs = Math.max(lastMs, r.ms);

  const refunded = refunds.reduce((s, r) => s + toMinor(r.amount, money.currency), 0);
  const financial = spec.konbini && !processedMs ? 'pending'
    : spec.cancel?.financial === 'voided' ? 'voided'
    : refunded >= money.total && refunded > 0 ? 'refunded'
    : refunded > 0 ? 'partially_refunded' : 'paid';
  const shippedSkus = new Set(money.lines.filter((l) => shipments.some((s) => s.reshipOf === undefined && (!s.skus || s.skus.includes(l.sku)))).map((l) => l.sku));
  const fulfillmentStatus = shippedSkus.size === 0 ? null : shippedSkus.size === money.lines.length ? 'fulfilled' : 'partial';
  const backToSender = tracking.some((t) => t.kind === 'outbound' && t.subtag_message === 'Returned to sender')
    && !shipments.some((s) => s.reshipOf !== undefined);
  const warehouseStatus = spec.cancel ? 'cancelled'
    : spec.konbini && !processedMs ? 'awaiting_payment'
    : !processedMs ? 'awaiting_processing'
    : shipments.length === 0 ? 'processing'
    : backToSender ? 'returned_to_warehouse'
    : fulfillmentStatus === 'partial' ? 'partially_shipped' : 'shipped';
  const origins = new Set(shipments.filter((s) => s.reshipOf === undefined).map((s) => s.from));

  const order: Record<string, unknown> = {
    id: orderId, name, email: customer.email,
    created_at: zonedIso(createdMs, storeTz), processed_at: processedMs ? zonedIso(processedMs, storeTz) : null,
    updated_at: zonedIso(lastMs, storeTz),
    cancelled_at: spec.cancel ? zonedIso(fromZoned(spec.cancel.at, storeTz), storeTz) : null, cancel_reason: spec.cancel?.reason ?? null,
    currency: money.currency, total_line_items_price: fmt(money.lineTotal, money.currency), total_discounts: fmt(money.discounts, money.currency),
    subtotal_price: fmt(money.subtotal, money.currency), total_tax: fmt(money.tax, money.currency), taxes_included: money.taxesIncluded,
    total_duties: fmt(money.duties, money.currency), total_price: fmt(money.total, money.currency),
    financial_status: financial, fulfillment_status: fulfillmentStatus, payment_gateway_names: [info.gateway],
    discount_codes: spec.code ? [{ code: spec.code, amount: fmt(money.discounts, money.currency), type: 'percentage' }] : [],
    tax_lines: money.taxLines, shipping_lines: [{ title: info.shippingTitle, code: spec.method, price: fmt(money.shipping, money.currency) }],
    source_name: info.sourceName, customer: { id: customerId, email: customer.email }, shipping_address: address,
    line_items: money.lines.map((l) => ({
      id: lineIds.get(l.sku), title: l.ref.product.title, variant_title: l.ref.variant.title === 'Default Title' ? null : l.ref.variant.title,
      sku: l.sku, quantity: l.quantity, price: fmt(l.price, money.currency), product_id: l.ref.product.id, variant_id: l.ref.variant.id,
      vendor: l.ref.product.vendor, requires_shipping: true, fulfillment_status: shippedSkus.has(l.sku) ? 'fulfilled' : null,
      total_discount: fmt(l.discount, money.currency),
    })),
    fulfillments,
    refunds: refunds.map(({ ms: _ms, ...r }) => r),
    note: spec.note ?? null,
    tags: (spec.tags ?? []).join(', '),
    x_store: {
      channel: spec.channel, marketplace: info.marketplace, market: customer.market, warehouse: spec.warehouse,
      shipping_method: spec.method, payment_method: spec.payment, warehouse_status: warehouseStatus, duties: info.duties,
      split_shipment: origins.size > 1,
      ...(spec.konbini ? {
        payment_due_at: zonedIso(fromZoned(spec.konbini.dueAt, 'Asia/Tokyo'), 'Asia/Tokyo'),
        konbini: { chain: spec.konbini.chain, payment_slip_issued_at: zonedIso(fromZoned(spec.konbini.slipIssuedAt, 'Asia/Tokyo'), 'Asia/Tokyo') },
      } : {}),
      ...(spec.backorder ? {
        backorder: spec.backorder.map((b) => ({
          line_item_id: lineIds.get(b.sku), sku: b.sku, restock_date: ctx.skus.get(b.sku)?.product.x_store.restock_date?.[b.sku as never] ?? null, note: b.note,
        })),
      } : {}),
      ...(spec.supportNotes ? { support_notes: spec.supportNotes } : {}),
      ...(rmas.length ? { return_ids: rmas.map((r) => r.id) } : {}),
    },
  };
  return { order, tracking, returns: rmas };
}

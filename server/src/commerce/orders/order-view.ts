/**
 * Presents stored orders (the Shopify-shaped source record in `data`) as OrderSummary / OrderDetail.
 * Pure: the caller loads the rows. Times are taken from the source record so they keep their offset.
 */
import type { OrderRow } from '../../repositories/orders.js';
import type { ReturnRow } from '../../repositories/returns.js';
import { money, type Money } from './money.js';
import type { OrderAddress, OrderDetail, OrderLineItem, OrderStage, OrderSummary, OrderTotals, ReturnView, ShipmentView } from './types.js';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);
const isoOf = (stored: unknown, fallback: Date | null): string | null => text(stored) ?? (fallback ? fallback.toISOString() : null);

/** The minimal shipment facts the stage needs. */
export interface ShipmentFacts {
  kind: 'outbound' | 'return';
  status: string | null;
  deliveredAt: string | Date | null;
}

/** Where the order is for the shopper. Delivered only when every outbound parcel is. */
export function orderStage(order: OrderRow, shipments: readonly ShipmentFacts[]): OrderStage {
  if (order.cancelled_at) return 'cancelled';
  const outbound = shipments.filter((s) => s.kind === 'outbound');
  const fulfillments = list(order.data.fulfillments).filter((f) => text(f.status) !== 'cancelled');
  const shipped = outbound.length > 0 || fulfillments.length > 0;
  if (!shipped) {
    if (order.financial_status === 'pending') return 'awaiting_payment';
    return order.processed_at ? 'processing' : 'awaiting_processing';
  }
  if (order.fulfillment_status === 'partial') return 'partially_shipped';
  const delivered = outbound.length > 0 && outbound.every((s) => s.deliveredAt !== null || s.status === 'delivered');
  return delivered ? 'delivered' : 'shipped';
}

export function orderSummary(order: OrderRow, shipments: readonly (ShipmentFacts & { trackingNumber: string })[]): OrderSummary {
  const items = list(order.data.line_items);
  const x = obj(order.data.x_store);
  return {
    id: order.id,
    name: order.name,
    channel: order.channel,
    marketplace: order.marketplace ?? text(x.marketplace),
    market: order.market,
    placedAt: isoOf(order.data.created_at, order.placed_at)!,
    stage: orderStage(order, shipments),
    financialStatus: order.financial_status,
    fulfillmentStatus: order.fulfillment_status,
    total: money(text(order.data.total_price) ?? order.total_price, order.currency),
    itemCount: items.reduce((n, li) => n + (typeof li.quantity === 'number' ? li.quantity : 0), 0),
    trackingNumbers: shipments.filter((s) => s.kind === 'outbound').map((s) => s.trackingNumber),
  };
}

function lineItem(li: Json, currency: string, finalSaleProductIds: ReadonlySet<string>): OrderLineItem {
  const productId = text(li.product_id);
  return {
    id: text(li.id) ?? '',
    title: text(li.title) ?? '',
    variantTitle: text(li.variant_title),
    sku: text(li.sku),
    quantity: typeof li.quantity === 'number' ? li.quantity : 0,
    unitPrice: money(text(li.price), currency),
    productId,
    variantId: text(li.variant_id),
    fulfillmentStatus: text(li.fulfillment_status),
    finalSale: productId !== null && finalSaleProductIds.has(productId),
  };
}

export function orderAddress(raw: unknown): OrderAddress | null {
  const a = obj(raw);
  if (Object.keys(a).length === 0) return null;
  const name = text(a.name) ?? ([text(a.first_name), text(a.last_name)].filter(Boolean).join(' ') || null);
  return {
    name,
    address1: text(a.address1),
    address2: text(a.address2),
    city: text(a.city),
    zip: text(a.zip),
    provinceCode: text(a.province_code),
    countryCode: text(a.country_code),
    phone: text(a.phone),
  };
}

function totals(order: OrderRow): OrderTotals {
  const d = order.data as Json;
  const c = order.currency;
  const sum = (values: Array<string | null>): Money | null => {
    // Summing decimal strings in minor units keeps exactness without floats.
    const parsed = values.map((v) => money(v, c));
    if (parsed.length === 0 || parsed.some((m) => m === null)) return null;
    const decimals = (parsed[0]!.amount.split('.')[1] ?? '').length;
    const minor = parsed.reduce((acc, m) => acc + BigInt(m!.amount.replace('.', '')), 0n);
    const digits = (minor < 0n ? -minor : minor).toString().padStart(decimals + 1, '0');
    const whole = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
    return { amount: `${minor < 0n ? '-' : ''}${whole}`, currency: c };
  };
  const shippingLines = list(d.shipping_lines).map((l) => text(l.price));
  const refunds = list(d.refunds).map((r) => text(r.amount));
  return {
    subtotal: money(text(d.subtotal_price), c),
    shipping: shippingLines.length ? sum(shippingLines) : null,
    discounts: money(text(d.total_discounts), c),
    tax: money(text(d.total_tax), c),
    taxesIncluded: typeof d.taxes_included === 'boolean' ? d.taxes_included : null,
    duties: money(text(d.total_duties), c),
    total: money(text(d.total_price) ?? order.total_price, c),
    refunded: refunds.length ? sum(refunds) : null,
  };
}

export function returnView(r: ReturnRow, currency: string): ReturnView {
  const d = r.data;
  const refund = obj(d.refund);
  const label = obj(d.return_label);
  return {
    id: r.external_id,
    type: r.type,
    status: r.status,
    createdAt: isoOf(d.created_at, r.created_at)!,
    reason: text(d.reason),
    items: list(d.items).map((i) => ({
      lineItemId: text(i.line_item_id) ?? '',
      title: text(i.title),
      quantity: typeof i.quantity === 'number' ? i.quantity : 1,
    })),
    returnTrackingNumber: text(label.tracking_number),
    refund: money(text(refund.amount), text(refund.currency) ?? currency),
    refundStatus: text(refund.status),
    refundMethod: text(refund.method),
    refundIssuedAt: text(refund.issued_at),
    receivedAt: text(d.received_at),
    exchange: d.exchange && typeof d.exchange === 'object'
      ? { title: text(obj(d.exchange).title), variantTitle: text(obj(d.exchange).variant_title), status: text(obj(d.exchange).status), shipsWhen: text(obj(d.exchange).ships_when) }
      : null,
  };
}

export interface OrderDetailParts {
  shipments: ShipmentView[];
  returns: ReturnRow[];
  /** External product ids that are final sale (see catalog/final-sale). */
  finalSaleProductIds: ReadonlySet<string>;
  /** Agents also see internal support notes and tags. */
  audience: 'shopper' | 'agent';
}

export function orderDetail(order: OrderRow, parts: OrderDetailParts): OrderDetail {
  const d = order.data as Json;
  const x = obj(d.x_store);
  const detail: OrderDetail = {
    ...orderSummary(order, parts.shipments),
    email: order.email,
    customerId: order.customer_id,
    processedAt: isoOf(d.processed_at, order.processed_at),
    cancelledAt: isoOf(d.cancelled_at, order.cancelled_at),
    cancelReason: text(d.cancel_reason),
    shippingMethod: text(x.shipping_method) ?? text(list(d.shipping_lines)[0]?.code),
    warehouse: text(x.warehouse),
    paymentMethod: text(x.payment_method) ?? text((d.payment_gateway_names as unknown[] | undefined)?.[0]),
    paymentDueAt: text(x.payment_due_at),
    lineItems: list(d.line_items).map((li) => lineItem(li, order.currency, parts.finalSaleProductIds)),
    totals: totals(order),
    shippingAddress: orderAddress(d.shipping_address),
    shipments: parts.shipments,
    returns: parts.returns.map((r) => returnView(r, order.currency)),
    backorders: list(x.backorder).map((b) => ({ lineItemId: text(b.line_item_id) ?? '', sku: text(b.sku), restockDate: text(b.restock_date) })),
  };
  if (parts.audience === 'agent') {
    const notes: unknown[] = Array.isArray(x.support_notes) ? x.support_notes : [];
    detail.agentNotes = notes.map((n) => text(n) ?? text(obj(n).note) ?? JSON.stringify(n));
    detail.tags = (text(d.tags) ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  }
  return detail;
}

/** Builds an RMA (returns.json entry), its return-label tracking entry and the refund it triggers. */
import type { CustomerSpec } from '../data/customers.js';
import type { OrderSpec, ReturnSpec } from '../data/order-types.js';
import { makeTrackingNumber } from '../lib/carriers.js';
import { fmt } from '../lib/money.js';
import { createRng } from '../lib/rng.js';
import { addBusinessDays, fromZoned, localDate, zonedIso } from '../lib/time.js';
import type { OrderMoney } from './pricing.js';
import { refundAmount } from './pricing.js';
import type { VariantRef } from './products.js';
import { RETURN_ROUTE_KIND, RETURN_TO, returnSteps } from './routes-return.js';
import { timestamp } from './timeline.js';
import type { Destination } from './timeline-types.js';
import { currentTag, trackingEntry, type TrackingEntry } from './tracking.js';

export interface ReturnContext {
  spec: OrderSpec;
  rmaId: string;
  orderId: number;
  orderName: string;
  customerId: number;
  customer: CustomerSpec;
  dest: Destination;
  money: OrderMoney;
  lineIds: Map<string, number>;
  skus: Map<string, VariantRef>;
  storeTz: string;
  gateway: string;
  refundId: number;
  returnWarehouse: string;
  nowMs: number;
  taken: Set<string>;
}

export interface OrderRefund {
  id: number;
  created_at: string;
  amount: string;
  currency: string;
  gateway: string;
  note: string;
  refund_line_items: Array<{ line_item_id: number; quantity: number; restock_type: string }>;
  ms: number;
}

const TRANSIT_DAYS: Record<string, number> = { 'usps-return': 5, 'dhl-paket-return': 4, 'colissimo-return': 4, 'ctt-return': 5, 'japan-post-ems-return': 5 };

export function buildReturn(r: ReturnSpec, c: ReturnContext): { rma: Record<string, unknown>; tracking?: TrackingEntry; refund?: OrderRefund; lastMs: number } {
  const tz = c.customer.timezone;
  const createdMs = fromZoned(r.createdAt, tz);
  let lastMs = createdMs;
  const items = r.lines.map(([sku, quantity]) => {
    const ref = c.skus.get(sku);
    if (!ref) throw new Error(`${c.rmaId}: unknown SKU ${sku}`);
    return { line_item_id: c.lineIds.get(sku), sku, title: ref.product.title, variant_title: ref.variant.title === 'Default Title' ? null : ref.variant.title, quantity };
  });

  let tracking: TrackingEntry | undefined;
  let returnLabel: Record<string, unknown> | null = null;
  let receivedAt: string | null = null;
  if (r.label) {
    const number = makeTrackingNumber(RETURN_ROUTE_KIND[r.label.route], createRng(`return:${c.rmaId}`), c.taken);
    const { label, transit } = returnSteps(r.label.route, c.dest);
    const labelMs = fromZoned(r.label.createdAt, tz);
    const rng = createRng(`return-timeline:${c.rmaId}`);
    const dropMs = r.label.droppedOffAt ? fromZoned(r.label.droppedOffAt, tz) : null;
    const checkpoints = [...timestamp([label], labelMs, rng), ...(dropMs ? timestamp(transit, dropMs, rng) : [])].filter((cp) => cp.ms <= c.nowMs);
    const { tag, subtag } = currentTag(checkpoints, c.nowMs);
    const expected = dropMs ? addBusinessDays(localDate(dropMs, tz), TRANSIT_DAYS[r.label.route] ?? 5) : null;
    tracking = trackingEntry(
      { number, carrier: transit[0]?.carrier ?? label.carrier, checkpoints, tag, subtag, lastMile: null },
      {
        kind: 'return', order_id: c.orderId, order_name: c.orderName, fulfillment_id: null, rma_id: c.rmaId, shipping_method: 'return',
        origin_country: c.customer.country, destination_country: RETURN_TO[r.label.route].country,
      },
      expected,
    );
    returnLabel = { carrier: tracking.carrier, tracking_number: number, paid_by: r.label.paidBy, label_created_at: zonedIso(labelMs, tz) };
    const delivered = checkpoints.find((cp) => cp.tag === 'Delivered');
    if (delivered) receivedAt = delivered.time;
    lastMs = Math.max(lastMs, ...checkpoints.map((cp) => cp.ms));
  }

  let refund: OrderRefund | undefined;
  let rmaRefund: Record<string, unknown> | null = null;
  if (r.refund) {
    const method = c.spec.payment;
    if (r.refund.issuedAt) {
      const ms = fromZoned(r.refund.issuedAt, c.storeTz);
      const amount = fmt(refundAmount(c.money, r.lines, r.refund.shipping === true), c.money.currency);
      refund = {
        id: c.refundId,
        created_at: zonedIso(ms, c.storeTz),
        amount,
        currency: c.money.currency,
        gateway: c.gateway,
        note: r.refund.note ?? `Refund for ${c.rmaId}.`,
        refund_line_items: r.lines.map(([sku, quantity]) => ({ line_item_id: c.lineIds.get(sku) ?? 0, quantity, restock_type: 'return' })),
        ms,
      };
      rmaRefund = { amount, currency: c.money.currency, method, status: 'issued', issued_at: refund.created_at };
      lastMs = Math.max(lastMs, ms);
    } else {
      rmaRefund = { amount: null, currency: c.money.currency, method, status: 'pending_receipt', issued_at: null };
    }
  }

  let exchange: Record<string, unknown> | null = null;
  if (r.exchangeTo) {
    const ref = c.skus.get(r.exchangeTo.sku);
    if (!ref) throw new Error(`${c.rmaId}: unknown exchange SKU ${r.exchangeTo.sku}`);
    exchange = {
      variant_id: ref.variant.id, sku: ref.variant.sku, title: ref.product.title, variant_title: ref.variant.title,
      price_difference: fmt(0, c.money.currency), status: r.exchangeTo.status, ships_from: c.returnWarehouse,
      ships_when: r.exchangeTo.shipsWhen, free_exchange: true,
    };
  }

  const rma: Record<string, unknown> = {
    id: c.rmaId, type: r.type, order_id: c.orderId, order_name: c.orderName, customer_id: c.customerId, email: c.customer.email,
    created_at: zonedIso(createdMs, tz), updated_at: zonedIso(lastMs, tz), status: r.status,
    return_to: r.label ? RETURN_TO[r.label.route].warehouse : null,
    items, reason: r.reason, customer_comment: r.comment, return_label: returnLabel, refund: rmaRefund, exchange,
    received_at: receivedAt,
    ...(r.photos ? { photos: [`${c.rmaId.toLowerCase()}-1.jpg`, `${c.rmaId.toLowerCase()}-2.jpg`] } : {}),
    resolution_note: r.resolution,
  };
  return { rma, ...(tracking ? { tracking } : {}), ...(refund ? { refund } : {}), lastMs };
}

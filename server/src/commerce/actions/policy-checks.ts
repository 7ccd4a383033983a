/**
 * The store's rules for each order action, as pure checks over the order's facts. State conditions
 * (cancelled, shipped, processed) are read as they are now; the time window is measured at
 * `windowAt` — the moment the shopper asked — so an agent approving later does not lose the window
 * the shopper was inside of.
 */
import type { ProductRow } from '../../repositories/catalog.js';
import type { OrderRow } from '../../repositories/orders.js';
import type { ReturnRow } from '../../repositories/returns.js';
import type { ShipmentRow } from '../../repositories/shipments.js';
import { isFinalSale } from '../catalog/final-sale.js';
import { shiftKeepingOffset } from './instants.js';
import type { OrderActionPolicy } from './store-policy.js';
import type { AddressInput, OrderActionKind, PolicyVerdict, Refusal, ReturnItemInput } from './types.js';

export interface OrderFacts {
  order: OrderRow;
  shipments: readonly ShipmentRow[];
  returns: readonly ReturnRow[];
  /** Products of the order's line items, keyed by external product id. */
  products: ReadonlyMap<string, ProductRow>;
}

export interface CheckTimes {
  now: Date;
  windowAt: Date;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const refuse = (code: Refusal['code'], details: Omit<Refusal, 'ok' | 'code' | 'offerHuman'> = {}): Refusal => ({ ok: false, code, offerHuman: true, ...details });

const placedAtOf = (order: OrderRow): string => text(order.data.created_at) ?? order.placed_at.toISOString();

function activeFulfillments(order: OrderRow): Json[] {
  return list(order.data.fulfillments).filter((f) => text(f.status) !== 'cancelled' && text(f.status) !== 'error');
}

/** Cancel and change of address: inside the change window and before the warehouse starts. */
export function checkChangeWindow(facts: OrderFacts, policy: OrderActionPolicy, times: CheckTimes): PolicyVerdict {
  const { order } = facts;
  if (order.cancelled_at) return refuse('already_cancelled', { cancelledAt: text(order.data.cancelled_at) ?? order.cancelled_at.toISOString() });
  if (facts.shipments.some((s) => s.kind === 'outbound') || activeFulfillments(order).length > 0) return refuse('already_shipped');
  if (order.processed_at) return refuse('already_processed', { processedAt: text(order.data.processed_at) ?? order.processed_at.toISOString() });
  const windowHours = policy.changeWindowHours;
  if (windowHours <= 0) return refuse('self_service_disabled', { windowHours });
  const placedAt = placedAtOf(order);
  const deadline = shiftKeepingOffset(placedAt, windowHours * HOUR);
  if (times.windowAt.getTime() > new Date(deadline).getTime()) return refuse('outside_window', { windowHours, placedAt, deadline });
  return { ok: true, windowHours, placedAt, deadline };
}

const REQUIRED_ADDRESS_FIELDS = ['address1', 'city', 'countryCode'] as const;

export function checkAddressChange(facts: OrderFacts, policy: OrderActionPolicy, times: CheckTimes, address: AddressInput): PolicyVerdict {
  const window = checkChangeWindow(facts, policy, times);
  if (!window.ok) return window;
  const missing: string[] = REQUIRED_ADDRESS_FIELDS.filter((f) => !address[f]?.trim());
  const current = obj(facts.order.data.shipping_address);
  if (text(current.zip) && !address.zip?.trim()) missing.push('zip');
  if (address.countryCode && !/^[A-Z]{2}$/.test(address.countryCode)) missing.push('countryCode');
  if (missing.length) return refuse('invalid_address', { fields: missing });
  // Another country changes duties, taxes and the shipping warehouse: that is for a person.
  const fromCountry = text(current.country_code);
  if (fromCountry && fromCountry !== address.countryCode) return refuse('country_change', { fromCountry, toCountry: address.countryCode });
  return window;
}

/** When each line item was delivered (ISO with the scan's offset), from the shipments that carried it. */
function deliveriesByLineItem(facts: OrderFacts): Map<string, string> {
  const itemsByTracking = new Map<string, string[]>();
  for (const f of activeFulfillments(facts.order)) {
    const number = text(f.tracking_number);
    if (number) itemsByTracking.set(number, (Array.isArray(f.line_items) ? f.line_items : []).map((id) => text(id) ?? text(obj(id).id) ?? ''));
  }
  const allItems = list(facts.order.data.line_items).map((li) => text(li.id) ?? '');
  const delivered = new Map<string, string>();
  for (const s of facts.shipments) {
    if (s.kind !== 'outbound') continue;
    const at = text(s.data.delivered_at) ?? (s.delivered_at ? s.delivered_at.toISOString() : null);
    if (!at) continue;
    // A shipment we cannot map to items (no fulfillment record) covers the whole order.
    for (const id of itemsByTracking.get(s.tracking_number) ?? allItems) {
      const previous = delivered.get(id);
      if (!previous || new Date(at) > new Date(previous)) delivered.set(id, at);
    }
  }
  return delivered;
}

/** Units of each line item already in a return or exchange that was not rejected. */
function unitsInReturns(returns: readonly ReturnRow[]): Map<string, number> {
  const units = new Map<string, number>();
  for (const r of returns) {
    if (r.status === 'rejected') continue;
    for (const item of list(r.data.items)) {
      const id = text(item.line_item_id);
      if (id) units.set(id, (units.get(id) ?? 0) + (typeof item.quantity === 'number' ? item.quantity : 1));
    }
  }
  return units;
}

export interface ReturnCheckInput {
  kind: Extract<OrderActionKind, 'return' | 'exchange'>;
  items: readonly ReturnItemInput[];
  /** Exchanges: whether each requested replacement (by the `exchangeFor` text) can be sent. */
  exchangeAvailable?: ReadonlyMap<string, boolean>;
}

export function checkReturn(facts: OrderFacts, policy: OrderActionPolicy, times: CheckTimes, input: ReturnCheckInput): PolicyVerdict {
  const { order } = facts;
  if (order.cancelled_at) return refuse('order_cancelled', { cancelledAt: text(order.data.cancelled_at) ?? order.cancelled_at.toISOString() });
  const lineItems = new Map(list(order.data.line_items).map((li) => [text(li.id) ?? '', li]));
  const unknown = input.items.filter((i) => !lineItems.has(i.lineItemId) || !Number.isInteger(i.quantity) || i.quantity < 1).map((i) => i.lineItemId);
  if (input.items.length === 0 || unknown.length) return refuse('invalid_items', { lineItemIds: unknown });

  const finalSale = input.items.filter((i) => {
    const product = facts.products.get(text(lineItems.get(i.lineItemId)?.product_id) ?? '');
    return product !== undefined && isFinalSale(product, policy.finalSaleTags);
  });
  if (finalSale.length) {
    return refuse('final_sale', { items: finalSale.map((i) => ({ lineItemId: i.lineItemId, title: text(lineItems.get(i.lineItemId)?.title) ?? '' })) });
  }

  const returned = unitsInReturns(facts.returns);
  const over = input.items.filter((i) => (returned.get(i.lineItemId) ?? 0) + i.quantity > Number(lineItems.get(i.lineItemId)?.quantity ?? 0));
  if (over.length) return refuse('already_returned', { lineItemIds: over.map((i) => i.lineItemId) });

  const windowDays = policy.returnWindowDays;
  const delivered = deliveriesByLineItem(facts);
  let startsAt: string;
  if (policy.returnWindowStarts === 'order') {
    startsAt = placedAtOf(order);
  } else {
    const undelivered = input.items.filter((i) => !delivered.has(i.lineItemId));
    if (undelivered.length) return refuse('not_delivered', { lineItemIds: undelivered.map((i) => i.lineItemId) });
    // The window runs from the earliest delivery among the items asked about.
    startsAt = input.items.map((i) => delivered.get(i.lineItemId)!).sort((a, b) => new Date(a).getTime() - new Date(b).getTime())[0]!;
  }
  const deadline = shiftKeepingOffset(startsAt, windowDays * DAY);
  const windowStart = policy.returnWindowStarts === 'order' ? { placedAt: startsAt } : { deliveredAt: startsAt };
  if (times.windowAt.getTime() > new Date(deadline).getTime()) return refuse('outside_return_window', { windowDays, deadline, ...windowStart });

  if (input.kind === 'exchange') {
    const unavailable = input.items.filter((i) => !i.exchangeFor || input.exchangeAvailable?.get(i.exchangeFor) !== true);
    if (unavailable.length) return refuse('exchange_unavailable', { lineItemIds: unavailable.map((i) => i.lineItemId) });
  }
  // Who pays the label is only known when the store lists its free-label warehouses.
  if (policy.freeReturnLabelWarehouses.length === 0) return { ok: true, windowDays, deadline, ...windowStart };
  const warehouse = text(obj(order.data.x_store).warehouse);
  const returnShipping = warehouse && policy.freeReturnLabelWarehouses.includes(warehouse) ? 'store_pays' : 'customer_pays';
  return { ok: true, windowDays, deadline, ...windowStart, returnShipping };
}

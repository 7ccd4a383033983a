/** Loads orders with everything their views need, in a few batched queries. */
import type { Queryable } from '../../db/types.js';
import { listProductsByExternalIds } from '../../repositories/catalog.js';
import { getCustomer } from '../../repositories/customers.js';
import type { OrderRow } from '../../repositories/orders.js';
import { listReturnsForOrders } from '../../repositories/returns.js';
import { listShipmentsForOrders, listTrackingEvents, type ShipmentRow } from '../../repositories/shipments.js';
import type { StoreRow } from '../../repositories/stores.js';
import { isFinalSale } from '../catalog/final-sale.js';
import { orderActionPolicy } from '../actions/store-policy.js';
import type { ShippingPolicy, ShippingMethodPolicy } from '../tracking/lateness.js';
import { isValidTimeZone } from '../../support-hours/zoned-time.js';
import { orderDetail, orderSummary } from './order-view.js';
import { shipmentView } from './shipment-view.js';
import type { OrderDetail, OrderSummary } from './types.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** Lost-parcel thresholds used when the store's policy does not state them (days without a scan). */
export const DEFAULT_LOST_PARCEL = { no_update_days_economy_standard: 20, no_update_days_express: 10 };

/** The store's shipping promise (store.json `policies.shipping_methods` and `lost_parcel`), or null when it has none. */
export function shippingPolicyOf(profile: Json): ShippingPolicy | null {
  const policies = obj(profile.policies);
  const methods = Array.isArray(policies.shipping_methods) ? (policies.shipping_methods as ShippingMethodPolicy[]) : null;
  const lost = obj(policies.lost_parcel);
  if (!methods && Object.keys(lost).length === 0) return null;
  return {
    shipping_methods: (methods ?? []).filter((m) => m && typeof m.id === 'string' && Array.isArray(m.from) && Array.isArray(m.business_days)),
    lost_parcel: {
      no_update_days_economy_standard: typeof lost.no_update_days_economy_standard === 'number' ? lost.no_update_days_economy_standard : DEFAULT_LOST_PARCEL.no_update_days_economy_standard,
      no_update_days_express: typeof lost.no_update_days_express === 'number' ? lost.no_update_days_express : DEFAULT_LOST_PARCEL.no_update_days_express,
    },
  };
}

/** Order summaries with their shipments' state (for stage and tracking numbers). */
export async function loadOrderSummaries(q: Queryable, storeId: string, orders: readonly OrderRow[]): Promise<OrderSummary[]> {
  const shipments = await listShipmentsForOrders(q, storeId, orders.map((o) => o.id));
  const byOrder = new Map<string, ShipmentRow[]>();
  for (const s of shipments) if (s.order_pk) byOrder.set(s.order_pk, [...(byOrder.get(s.order_pk) ?? []), s]);
  return orders.map((o) =>
    orderSummary(
      o,
      (byOrder.get(o.id) ?? []).map((s) => ({
        kind: s.kind,
        status: s.status,
        deliveredAt: s.delivered_at,
        trackingNumber: s.tracking_number,
      })),
    ),
  );
}

export interface DetailOptions {
  store: StoreRow;
  now: Date;
  audience: 'shopper' | 'agent';
}

export async function loadOrderDetail(q: Queryable, order: OrderRow, options: DetailOptions): Promise<OrderDetail> {
  const { store } = options;
  const shipments = await listShipmentsForOrders(q, store.id, [order.id]);
  const events = await listTrackingEvents(q, shipments.map((s) => s.id));
  const returns = await listReturnsForOrders(q, store.id, [order.id]);
  const productIds = (Array.isArray(order.data.line_items) ? order.data.line_items : []).map((li) => String(obj(li).product_id ?? ''));
  const products = await listProductsByExternalIds(q, store.id, [...new Set(productIds.filter(Boolean))]);
  const customer = order.customer_id ? await getCustomer(q, store.id, order.customer_id) : undefined;

  const finalSaleTags = orderActionPolicy(store).finalSaleTags;
  const finalSaleProductIds = new Set(products.filter((p) => isFinalSale(p, finalSaleTags)).map((p) => p.external_id));
  const shippingPolicy = shippingPolicyOf(store.profile);
  // "Today" for a parcel is the shopper's day: their zone when we know it, else the store's.
  const timeZone = customer?.timezone && isValidTimeZone(customer.timezone) ? customer.timezone : store.timezone;
  const views = shipments.map((s) =>
    shipmentView(
      s,
      events.filter((e) => e.shipment_id === s.id),
      { order, now: options.now, shippingPolicy, timeZone },
    ),
  );
  return orderDetail(order, { shipments: views, returns, finalSaleProductIds, audience: options.audience });
}

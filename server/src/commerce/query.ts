/**
 * The commerce query API used by the assistant's tools and the inbox sidebar. Pure functions over a
 * Queryable: the store and — for shoppers — the verified access are passed explicitly, never taken
 * from a model's arguments; "now" is always an input.
 *
 * Shopper functions answer `not_verified` both for an order that does not exist and for one the
 * conversation has not proven, so they cannot be used to discover orders.
 */
import type { Queryable } from '../db/types.js';
import { findOrdersByName, getOrder, listOrdersByCustomer, listOrdersByEmail, listOrdersByIds, type OrderRow } from '../repositories/orders.js';
import { getStore, type StoreRow } from '../repositories/stores.js';
import { ParleyError } from '../errors.js';
import { canAccess, type VerifiedAccess } from './access/verified-access.js';
import { orderNameCandidates } from './access/order-number.js';
import { loadOrderDetail, loadOrderSummaries } from './orders/order-loader.js';
import type { OrderDetail, OrderSummary } from './orders/types.js';
import { findProductViews, getProductView, listProductViews, type ProductMatch } from './catalog/product-queries.js';
import type { ProductView } from './catalog/product-view.js';

export type { OrderDetail, OrderSummary, ShipmentView } from './orders/types.js';
export type { ProductView, VariantView } from './catalog/product-view.js';
export type { ProductMatch } from './catalog/product-queries.js';
export type { VerifiedAccess } from './access/verified-access.js';

async function requireStore(q: Queryable, storeId: string): Promise<StoreRow> {
  const store = await getStore(q, storeId);
  if (!store) throw new ParleyError('STORE_NOT_FOUND');
  return store;
}

const DEFAULT_LIMIT = 20;

// ── Orders, agent side (the caller has checked store membership) ─────────────────────────────────

/** A customer's orders, newest first. */
export async function listCustomerOrders(q: Queryable, input: { storeId: string; customerId: string; limit?: number }): Promise<OrderSummary[]> {
  const orders = await listOrdersByCustomer(q, input.storeId, input.customerId, input.limit ?? DEFAULT_LIMIT);
  return loadOrderSummaries(q, input.storeId, orders);
}

/** Orders placed with an email address (a contact without a customer record), newest first. */
export async function listOrdersForEmail(q: Queryable, input: { storeId: string; email: string; limit?: number }): Promise<OrderSummary[]> {
  const orders = await listOrdersByEmail(q, input.storeId, input.email, input.limit ?? DEFAULT_LIMIT);
  return loadOrderSummaries(q, input.storeId, orders);
}

/** Orders whose number matches what was typed ("1019", "#1019", an Amazon id without dashes). */
export async function findOrdersByNumber(q: Queryable, input: { storeId: string; orderNumber: string }): Promise<OrderSummary[]> {
  const orders = await findOrdersByName(q, input.storeId, orderNameCandidates(input.orderNumber));
  return loadOrderSummaries(q, input.storeId, orders);
}

/** One order with shipments, normalised timelines, lateness at `now`, returns. Agents also get internal notes. */
export async function getOrderDetail(
  q: Queryable,
  input: { storeId: string; orderId: string; now: Date; audience?: 'shopper' | 'agent' },
): Promise<OrderDetail | undefined> {
  const order = await getOrder(q, input.storeId, input.orderId);
  if (!order) return undefined;
  return loadOrderDetail(q, order, { store: await requireStore(q, input.storeId), now: input.now, audience: input.audience ?? 'agent' });
}

// ── Orders, shopper side (access comes from the verified conversation) ───────────────────────────

export type ShopperOrderResult = { ok: true; order: OrderDetail } | { ok: false; code: 'not_verified' };

/** The orders this shopper may see: all of a signed-in customer's, plus orders proven as a guest. */
export async function listShopperOrders(q: Queryable, input: { storeId: string; access: VerifiedAccess; limit?: number }): Promise<OrderSummary[]> {
  const limit = input.limit ?? DEFAULT_LIMIT;
  const own = input.access.customerId ? await listOrdersByCustomer(q, input.storeId, input.access.customerId, limit) : [];
  const granted = await listOrdersByIds(q, input.storeId, input.access.orderIds.filter((id) => !own.some((o) => o.id === id)));
  const orders = [...own, ...granted].sort((a, b) => b.placed_at.getTime() - a.placed_at.getTime()).slice(0, limit);
  return loadOrderSummaries(q, input.storeId, orders);
}

/**
 * One order for the shopper, by Parley id or by the number they typed. Only orders the access
 * covers are returned; everything else is `not_verified`.
 */
export async function getShopperOrder(
  q: Queryable,
  input: { storeId: string; access: VerifiedAccess; now: Date } & ({ orderId: string } | { orderNumber: string }),
): Promise<ShopperOrderResult> {
  let candidates: OrderRow[];
  if ('orderId' in input) {
    const order = await getOrder(q, input.storeId, input.orderId);
    candidates = order ? [order] : [];
  } else {
    candidates = await findOrdersByName(q, input.storeId, orderNameCandidates(input.orderNumber));
  }
  const visible = candidates.find((o) => canAccess(input.access, o));
  if (!visible) return { ok: false, code: 'not_verified' };
  const store = await requireStore(q, input.storeId);
  return { ok: true, order: await loadOrderDetail(q, visible, { store, now: input.now, audience: 'shopper' }) };
}

// ── Products (public catalogue data: no access check) ────────────────────────────────────────────

/** Active products with stock per variant and the price in `market` (store market code or ISO country). */
export async function listProducts(q: Queryable, input: { storeId: string; market?: string | null; limit?: number; offset?: number; includeInactive?: boolean }): Promise<ProductView[]> {
  const store = await requireStore(q, input.storeId);
  return listProductViews(q, store, { market: input.market ?? null, limit: input.limit ?? 50, offset: input.offset ?? 0, includeInactive: input.includeInactive ?? false });
}

export async function getProductDetail(q: Queryable, input: { storeId: string; productId: string; market?: string | null }): Promise<ProductView | undefined> {
  return getProductView(q, await requireStore(q, input.storeId), input.productId, input.market ?? null);
}

/** Products for what a shopper or agent typed: a handle, a title (or part of it), a SKU, a product code. */
export async function findProducts(q: Queryable, input: { storeId: string; text: string; market?: string | null; limit?: number }): Promise<ProductMatch[]> {
  return findProductViews(q, await requireStore(q, input.storeId), input.text, { market: input.market ?? null, limit: input.limit ?? 5 });
}

/** Loads what the policy checks need about one order. */
import type { Queryable } from '../../db/types.js';
import { findVariantsByIdOrSku, listProductsByExternalIds, type ProductRow, type VariantRow } from '../../repositories/catalog.js';
import type { OrderRow } from '../../repositories/orders.js';
import { listReturnsForOrders } from '../../repositories/returns.js';
import { listShipmentsForOrders } from '../../repositories/shipments.js';
import type { OrderFacts } from './policy-checks.js';
import type { ReturnItemInput } from './types.js';

export async function loadOrderFacts(q: Queryable, order: OrderRow): Promise<OrderFacts> {
  const lineItems = Array.isArray(order.data.line_items) ? (order.data.line_items as Array<{ product_id?: unknown }>) : [];
  const productIds = [...new Set(lineItems.map((li) => li.product_id).filter((id) => id !== null && id !== undefined).map(String))];
  // Sequential: q may be one transaction's connection.
  const shipments = await listShipmentsForOrders(q, order.store_id, [order.id]);
  const returns = await listReturnsForOrders(q, order.store_id, [order.id]);
  const products = await listProductsByExternalIds(q, order.store_id, productIds);
  return { order, shipments, returns, products: new Map<string, ProductRow>(products.map((p) => [p.external_id, p])) };
}

/** For exchanges: each requested replacement (by the text asked for) → the variant, if it can be sent. */
export async function loadExchangeVariants(q: Queryable, storeId: string, items: readonly ReturnItemInput[]): Promise<Map<string, VariantRow | undefined>> {
  const keys = [...new Set(items.map((i) => i.exchangeFor).filter((k): k is string => typeof k === 'string' && k.trim() !== ''))];
  const variants = await findVariantsByIdOrSku(q, storeId, keys);
  const found = new Map<string, VariantRow | undefined>();
  for (const key of keys) {
    found.set(key, variants.find((v) => v.external_id === key || v.sku?.toUpperCase() === key.toUpperCase()));
  }
  return found;
}

export const canShip = (v: VariantRow | undefined): boolean =>
  v !== undefined && (v.inventory_quantity === null || v.inventory_quantity > 0 || v.inventory_policy === 'continue');

/**
 * What each Shopify webhook topic does to Parley's copy of the store. Bodies are the Admin REST
 * resources (order, fulfillment, product). Out-of-order deliveries are harmless: orders and products
 * carry `updated_at` and the repositories keep the newer version; fulfillments likewise.
 */
import Type, { type TSchema } from 'typebox';
import Value from 'typebox/value';
import type { Queryable } from '../../db/types.js';
import { ParleyError } from '../../errors.js';
import { OrdersFile, ProductsFile, type CustomerRecord, type OrderRecord, type ProductRecord } from '../../import/schemas.js';
import { applyProductUpdate, getProductByExternalId } from '../../repositories/catalog.js';
import { findOrderPkByExternalId, getOrderByExternalId } from '../../repositories/orders.js';
import { ingestFulfillment, ingestOrder, type FulfillmentLike } from '../orders/ingest-order.js';
import type { DeliveryOutcome } from './deliveries.js';

export const SHOPIFY_TOPICS = ['orders/create', 'orders/updated', 'orders/cancelled', 'orders/fulfilled', 'orders/paid', 'fulfillments/create', 'fulfillments/update', 'products/create', 'products/update'] as const;
export type ShopifyTopic = (typeof SHOPIFY_TOPICS)[number];

export const isShopifyTopic = (topic: string): topic is ShopifyTopic => (SHOPIFY_TOPICS as readonly string[]).includes(topic);

const FulfillmentPayload = Type.Object({
  id: Type.Union([Type.Integer(), Type.String({ minLength: 1 })]),
  order_id: Type.Union([Type.Integer(), Type.String({ minLength: 1 })]),
  tracking_number: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  tracking_numbers: Type.Optional(Type.Array(Type.String())),
});

function validated<T>(schema: TSchema, body: unknown, what: string): T {
  const errors = [...Value.Errors(schema, body)].slice(0, 5);
  if (errors.length) {
    throw new ParleyError('UNPROCESSABLE', `The ${what} payload is not valid`, { problems: errors.map((e) => ({ field: e.instancePath || '/', message: e.message })) });
  }
  return body as T;
}

/** The order's embedded customer in the store-directory customer shape. */
function customerOf(order: OrderRecord): CustomerRecord | null {
  const c = order.customer as (Record<string, unknown> & { id?: unknown }) | null | undefined;
  if (!c || c.id === undefined || c.id === null) return null;
  const address = (c.default_address ?? {}) as { country_code?: string };
  return {
    id: String(c.id),
    email: typeof c.email === 'string' ? c.email : order.email ?? null,
    first_name: typeof c.first_name === 'string' ? c.first_name : null,
    last_name: typeof c.last_name === 'string' ? c.last_name : null,
    locale: typeof c.locale === 'string' ? c.locale : null,
    country_code: address.country_code ?? null,
    tags: typeof c.tags === 'string' ? c.tags : '',
  } as CustomerRecord;
}

/**
 * Shopify never sends Parley's `x_store` extensions (channel, warehouse, market prices, stock per
 * warehouse…); a webhook without them keeps the ones already stored.
 */
function keepExtensions<T extends Record<string, unknown>>(incoming: T, stored: Record<string, unknown> | undefined): T {
  if (incoming.x_store !== undefined || !stored || stored.x_store === undefined) return incoming;
  return { ...incoming, x_store: stored.x_store };
}

async function handleOrder(q: Queryable, storeId: string, body: unknown): Promise<DeliveryOutcome> {
  const payload = validated<OrderRecord>(OrdersFile.items, body, 'order');
  const order = keepExtensions(payload, (await getOrderByExternalId(q, storeId, String(payload.id)))?.data);
  const result = await ingestOrder(q, storeId, order, customerOf(order));
  return result.applied ? 'applied' : 'stale';
}

async function handleFulfillment(q: Queryable, storeId: string, body: unknown): Promise<DeliveryOutcome> {
  const f = validated<FulfillmentLike & { order_id: string | number }>(FulfillmentPayload, body, 'fulfillment');
  // The order may not have arrived yet: keep the shipment, it is linked when the order comes.
  const orderPk = (await findOrderPkByExternalId(q, storeId, String(f.order_id))) ?? null;
  const destination = (f.destination as { country_code?: string } | null | undefined)?.country_code ?? null;
  const changed = await ingestFulfillment(q, storeId, orderPk, f, destination);
  const hasNumber = Boolean(f.tracking_number || f.tracking_numbers?.length);
  return !hasNumber ? 'ignored' : changed > 0 ? 'applied' : 'stale';
}

async function handleProduct(q: Queryable, storeId: string, body: unknown): Promise<DeliveryOutcome> {
  const payload = validated<ProductRecord>(ProductsFile.items, body, 'product');
  const product = keepExtensions(payload, (await getProductByExternalId(q, storeId, String(payload.id)))?.data);
  return (await applyProductUpdate(q, storeId, product)).applied ? 'applied' : 'stale';
}

export async function handleShopifyTopic(q: Queryable, storeId: string, topic: string, body: unknown): Promise<DeliveryOutcome> {
  if (!isShopifyTopic(topic)) return 'ignored';
  if (topic.startsWith('orders/')) return handleOrder(q, storeId, body);
  if (topic.startsWith('fulfillments/')) return handleFulfillment(q, storeId, body);
  return handleProduct(q, storeId, body);
}

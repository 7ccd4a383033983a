import type { Queryable } from '../db/types.js';
import type { OrderRecord } from '../import/schemas.js';

export interface OrderRow {
  id: string;
  store_id: string;
  external_id: string;
  name: string;
  customer_id: string | null;
  email: string | null;
  channel: string;
  marketplace: string | null;
  market: string | null;
  currency: string;
  total_price: string | null;
  financial_status: string | null;
  fulfillment_status: string | null;
  placed_at: Date;
  processed_at: Date | null;
  cancelled_at: Date | null;
  data: OrderRecord;
  source_updated_at: Date | null;
}

export interface UpsertOrderResult {
  id: string;
  /** false when the incoming record was older than the one stored (out-of-order webhook). */
  applied: boolean;
}

/**
 * Creates or updates an order from a Shopify-style order record. The customer is linked by the
 * record's customer id, else by email. Older records never overwrite newer ones.
 */
export async function upsertOrder(q: Queryable, storeId: string, o: OrderRecord): Promise<UpsertOrderResult> {
  const x = (o.x_store ?? {}) as { channel?: string; marketplace?: string; market?: string };
  const customerExternalId = o.customer?.id !== undefined ? String(o.customer.id) : null;
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO orders (store_id, external_id, name, customer_id, email, channel, marketplace, market, currency, total_price,
       financial_status, fulfillment_status, placed_at, processed_at, cancelled_at, data, source_updated_at)
     VALUES ($1, $2, $3,
       COALESCE((SELECT id FROM customers WHERE store_id = $1 AND external_id = $4),
                (SELECT id FROM customers WHERE store_id = $1 AND lower(email) = lower($5) LIMIT 1)),
       $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (store_id, external_id) DO UPDATE SET name = EXCLUDED.name, customer_id = EXCLUDED.customer_id,
       email = EXCLUDED.email, channel = EXCLUDED.channel, marketplace = EXCLUDED.marketplace, market = EXCLUDED.market,
       currency = EXCLUDED.currency, total_price = EXCLUDED.total_price, financial_status = EXCLUDED.financial_status,
       fulfillment_status = EXCLUDED.fulfillment_status, placed_at = EXCLUDED.placed_at, processed_at = EXCLUDED.processed_at,
       cancelled_at = EXCLUDED.cancelled_at, data = EXCLUDED.data, source_updated_at = EXCLUDED.source_updated_at, updated_at = now()
     WHERE orders.source_updated_at IS NULL OR EXCLUDED.source_updated_at IS NULL OR EXCLUDED.source_updated_at >= orders.source_updated_at
     RETURNING id`,
    [
      storeId, String(o.id), o.name, customerExternalId, o.email ?? null, x.channel ?? 'shopify', x.marketplace ?? null, x.market ?? null,
      o.currency, o.total_price, o.financial_status ?? null, o.fulfillment_status ?? null, o.created_at, o.processed_at ?? null,
      o.cancelled_at ?? null, JSON.stringify(o), o.updated_at ?? null,
    ],
  );
  if (rows[0]) return { id: rows[0].id, applied: true };
  const existing = await q.query<{ id: string }>('SELECT id FROM orders WHERE store_id = $1 AND external_id = $2', [storeId, String(o.id)]);
  return { id: existing.rows[0]!.id, applied: false };
}

export async function findOrderPkByExternalId(q: Queryable, storeId: string, externalId: string): Promise<string | undefined> {
  const { rows } = await q.query<{ id: string }>('SELECT id FROM orders WHERE store_id = $1 AND external_id = $2', [storeId, externalId]);
  return rows[0]?.id;
}

export async function getOrder(q: Queryable, storeId: string, id: string): Promise<OrderRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await q.query<OrderRow>('SELECT * FROM orders WHERE store_id = $1 AND id = $2', [storeId, id]);
  return rows[0];
}

/**
 * Orders whose name matches one of `names` (case-insensitive), newest first. Names are unique per
 * channel in practice, but two channels may reuse one, so this returns a list.
 */
export async function findOrdersByName(q: Queryable, storeId: string, names: readonly string[]): Promise<OrderRow[]> {
  if (names.length === 0) return [];
  const { rows } = await q.query<OrderRow>(
    'SELECT * FROM orders WHERE store_id = $1 AND lower(name) = ANY($2) ORDER BY placed_at DESC LIMIT 10',
    [storeId, names.map((n) => n.toLowerCase())],
  );
  return rows;
}

export async function listOrdersByCustomer(q: Queryable, storeId: string, customerId: string, limit = 50): Promise<OrderRow[]> {
  const { rows } = await q.query<OrderRow>(
    'SELECT * FROM orders WHERE store_id = $1 AND customer_id = $2 ORDER BY placed_at DESC LIMIT $3',
    [storeId, customerId, limit],
  );
  return rows;
}

/** Orders placed with this email, whether or not a customer record is linked (agent sidebar). */
export async function listOrdersByEmail(q: Queryable, storeId: string, email: string, limit = 50): Promise<OrderRow[]> {
  const { rows } = await q.query<OrderRow>(
    'SELECT * FROM orders WHERE store_id = $1 AND lower(email) = lower($2) ORDER BY placed_at DESC LIMIT $3',
    [storeId, email.trim(), limit],
  );
  return rows;
}

export async function listOrdersByIds(q: Queryable, storeId: string, ids: readonly string[]): Promise<OrderRow[]> {
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (valid.length === 0) return [];
  const { rows } = await q.query<OrderRow>('SELECT * FROM orders WHERE store_id = $1 AND id = ANY($2) ORDER BY placed_at DESC', [storeId, valid]);
  return rows;
}

/** Recent orders of the store, newest first (agent list). */
export async function listRecentOrders(q: Queryable, storeId: string, limit = 50): Promise<OrderRow[]> {
  const { rows } = await q.query<OrderRow>('SELECT * FROM orders WHERE store_id = $1 ORDER BY placed_at DESC LIMIT $2', [storeId, limit]);
  return rows;
}

/**
 * Marks an order cancelled by Parley. The source record keeps its own updated_at, so the store
 * platform's next webhook about this order still wins.
 */
export async function markOrderCancelled(q: Queryable, storeId: string, id: string, input: { cancelledAt: string; reason: string }): Promise<void> {
  await q.query(
    `UPDATE orders SET cancelled_at = $3,
       data = data || jsonb_build_object('cancelled_at', $4::text, 'cancel_reason', $5::text), updated_at = now()
     WHERE store_id = $1 AND id = $2`,
    [storeId, id, input.cancelledAt, input.cancelledAt, input.reason],
  );
}

/** Replaces the order's shipping address (a change of address accepted inside the window). */
export async function replaceShippingAddress(q: Queryable, storeId: string, id: string, address: Record<string, unknown>): Promise<void> {
  await q.query(
    `UPDATE orders SET data = jsonb_set(data, '{shipping_address}', $3::jsonb), updated_at = now() WHERE store_id = $1 AND id = $2`,
    [storeId, id, JSON.stringify(address)],
  );
}

export async function countOrders(q: Queryable, storeId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE store_id = $1', [storeId]);
  return rows[0]?.n ?? 0;
}

/** The order, locked until the transaction ends (order actions serialise on it). */
export async function lockOrder(q: Queryable, storeId: string, id: string): Promise<OrderRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await q.query<OrderRow>('SELECT * FROM orders WHERE store_id = $1 AND id = $2 FOR UPDATE', [storeId, id]);
  return rows[0];
}

export async function getOrderByExternalId(q: Queryable, storeId: string, externalId: string): Promise<OrderRow | undefined> {
  const { rows } = await q.query<OrderRow>('SELECT * FROM orders WHERE store_id = $1 AND external_id = $2', [storeId, externalId]);
  return rows[0];
}

/**
 * Store rows are read on every message (support hours, hand-off rules, SLA targets) but change
 * rarely, so each node caches them. A cached row is re-validated against the store's updated_at at
 * most every RECHECK_MS, and dropped at once when this node changes the store (forgetStoreRow): a node
 * sees its own changes immediately and other nodes' within RECHECK_MS.
 */
import type { Queryable } from '../db/types.js';
import { getStore, type StoreRow } from './stores.js';

const RECHECK_MS = 5_000;
const cache = new Map<string, { updatedAt: number; checkedAt: number; row: StoreRow }>();

/**
 * Re-validations under way, per connection handle: callers arriving meanwhile share one instead of
 * each querying. Never across handles: a caller inside a transaction must not wait on a query queued
 * behind that transaction (PGlite has one connection).
 */
const checking = new WeakMap<Queryable, Map<string, Promise<StoreRow | undefined>>>();
/** Bumped by forgetStoreRow: a check begun before a change must not cache the old row. */
const generations = new Map<string, number>();

export async function cachedStoreRow(q: Queryable, storeId: string): Promise<StoreRow | undefined> {
  const fresh = cache.get(storeId);
  if (fresh && Date.now() - fresh.checkedAt < RECHECK_MS) return fresh.row;
  let inFlight = checking.get(q);
  if (!inFlight) checking.set(q, (inFlight = new Map()));
  // The key holds the generation: after this node changed the store, nobody joins an older check.
  const key = `${storeId}\n${generations.get(storeId) ?? 0}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = revalidate(q, storeId).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function revalidate(q: Queryable, storeId: string): Promise<StoreRow | undefined> {
  const generation = generations.get(storeId) ?? 0;
  const stamp = await q.query<{ updated_at: Date }>('SELECT updated_at FROM stores WHERE id = $1', [storeId]);
  const updatedAt = stamp.rows[0] ? new Date(stamp.rows[0].updated_at).getTime() : undefined;
  if (updatedAt === undefined) {
    cache.delete(storeId);
    return undefined;
  }
  const cached = cache.get(storeId);
  if (cached && cached.updatedAt === updatedAt) {
    cached.checkedAt = Date.now();
    return cached.row;
  }
  const row = await getStore(q, storeId);
  if (!row) return undefined;
  if ((generations.get(storeId) ?? 0) === generation) cache.set(storeId, { updatedAt, checkedAt: Date.now(), row });
  return row;
}

/** Call after changing a store's row on this node. */
export function forgetStoreRow(storeId: string): void {
  cache.delete(storeId);
  generations.set(storeId, (generations.get(storeId) ?? 0) + 1);
}

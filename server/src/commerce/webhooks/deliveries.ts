/**
 * Webhook idempotency: a delivery is claimed inside the transaction that applies it. A redelivery
 * (same id and topic) finds the claim and is acknowledged without being applied again; a delivery
 * whose handling failed rolled its claim back, so the sender's retry is processed normally.
 */
import type { Queryable } from '../../db/types.js';

export type DeliveryOutcome = 'applied' | 'stale' | 'ignored';

export interface DeliveryKey {
  storeId: string;
  source: 'shopify' | 'tracking';
  deliveryId: string;
  topic: string;
}

/** True when this delivery is new (and now claimed); false for a repeat. */
export async function claimDelivery(q: Queryable, key: DeliveryKey): Promise<boolean> {
  const { rows } = await q.query<{ delivery_id: string }>(
    `INSERT INTO webhook_deliveries (store_id, source, delivery_id, topic, outcome) VALUES ($1, $2, $3, $4, 'applied')
     ON CONFLICT (store_id, source, delivery_id, topic) DO NOTHING RETURNING delivery_id`,
    [key.storeId, key.source, key.deliveryId.slice(0, 200), key.topic],
  );
  return rows.length > 0;
}

export async function recordOutcome(q: Queryable, key: DeliveryKey, outcome: DeliveryOutcome): Promise<void> {
  await q.query('UPDATE webhook_deliveries SET outcome = $5 WHERE store_id = $1 AND source = $2 AND delivery_id = $3 AND topic = $4', [
    key.storeId,
    key.source,
    key.deliveryId.slice(0, 200),
    key.topic,
    outcome,
  ]);
}

/** Outcome of an earlier delivery (for the duplicate's answer). */
export async function previousOutcome(q: Queryable, key: DeliveryKey): Promise<DeliveryOutcome | undefined> {
  const { rows } = await q.query<{ outcome: DeliveryOutcome }>(
    'SELECT outcome FROM webhook_deliveries WHERE store_id = $1 AND source = $2 AND delivery_id = $3 AND topic = $4',
    [key.storeId, key.source, key.deliveryId.slice(0, 200), key.topic],
  );
  return rows[0]?.outcome;
}

/** Forgets deliveries older than `before` (senders stop retrying after a couple of days). */
export async function pruneDeliveries(q: Queryable, before: Date): Promise<number> {
  const { affectedRows } = await q.query('DELETE FROM webhook_deliveries WHERE received_at < $1', [before]);
  return affectedRows;
}

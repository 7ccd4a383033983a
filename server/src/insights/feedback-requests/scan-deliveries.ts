/**
 * Post-delivery feedback requests. Every delivered order of a store that turned them on gets exactly
 * one request, `delayDays` after its last parcel arrived — regardless of how the order went (asking
 * only happy customers is review gating, which marketplaces and consumer law forbid). Orders from
 * marketplaces are recorded as skipped: their buyers are asked by the marketplace, never by us.
 */
import type { Db } from '../../db/types.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { OrderRow } from '../../repositories/orders.js';
import type { StoreRow } from '../../repositories/stores.js';
import { contactRules } from '../channel-rules.js';
import { insightsSettingsOf } from '../settings.js';
import { orderLocale } from '../proactive/scan-shipments.js';

export const FEEDBACK_QUEUE = 'insights.feedback-request';
/** Deliveries older than this (after the delay) are not asked about, e.g. when the feature is first turned on. */
const WINDOW_DAYS = 14;

export interface FeedbackScanResult {
  queued: number;
  skipped: number;
}

export async function scanDeliveredOrders(db: Db, jobs: JobQueue, store: StoreRow, now: Date): Promise<FeedbackScanResult> {
  const settings = insightsSettingsOf(store).feedback;
  if (!settings.enabled) return { queued: 0, skipped: 0 };
  const { rows } = await db.query<OrderRow & { customer_locale: string | null; customer_email: string | null }>(
    `SELECT o.*, cu.locale AS customer_locale, cu.email AS customer_email
     FROM orders o
     LEFT JOIN customers cu ON cu.id = o.customer_id
     JOIN LATERAL (
       SELECT max(s.delivered_at) AS delivered_at, bool_and(s.status = 'delivered' AND s.delivered_at IS NOT NULL) AS all_delivered
       FROM shipments s WHERE s.order_pk = o.id AND s.kind = 'outbound'
     ) d ON d.all_delivered
     WHERE o.store_id = $1 AND o.cancelled_at IS NULL
       AND d.delivered_at <= $2::timestamptz - make_interval(days => $3)
       AND d.delivered_at > $2::timestamptz - make_interval(days => $3 + $4)
       AND NOT EXISTS (SELECT 1 FROM feedback_requests r WHERE r.order_pk = o.id)
     ORDER BY d.delivered_at`,
    [store.id, now, settings.delayDays, WINDOW_DAYS],
  );
  let queued = 0;
  let skipped = 0;
  for (const order of rows) {
    const rules = contactRules(order);
    const reachable = Boolean(order.customer_id) || Boolean(order.customer_email ?? order.email);
    const skipReason = !rules.feedbackRequest ? rules.reason : !reachable ? 'no_contact' : null;
    await db.transaction(async (tx) => {
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO feedback_requests (store_id, order_pk, customer_id, channel, status, skip_reason, locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (order_pk) DO NOTHING RETURNING id`,
        [store.id, order.id, order.customer_id, order.channel, skipReason ? 'skipped' : 'pending', skipReason, orderLocale(order, order.customer_locale, store.default_locale)],
      );
      const id = inserted.rows[0]?.id;
      if (!id) return;
      if (skipReason) skipped++;
      else {
        await jobs.enqueue(FEEDBACK_QUEUE, { requestId: id, customerId: order.customer_id }, { idempotencyKey: id, storeId: store.id }, tx);
        queued++;
      }
    });
  }
  return { queued, skipped };
}

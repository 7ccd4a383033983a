/**
 * The proactive scanner: for a store's parcels still on their way, judge each one against the store's
 * policy at `now` and record a notice for the first event that calls for one. The notice row is the
 * "once per event" guard — (shipment, kind) is unique, so a second scan, another node or a retry
 * finds it taken — and its delivery job is enqueued in the same transaction.
 */
import type { Db, Queryable } from '../../db/types.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { StoreRow } from '../../repositories/stores.js';
import type { ShipmentRow, TrackingEventRow } from '../../repositories/shipments.js';
import { listTrackingEvents } from '../../repositories/shipments.js';
import { listOrdersByIds, type OrderRow } from '../../repositories/orders.js';
import { shippingPolicyOf } from '../../commerce/orders/order-loader.js';
import { shipmentView } from '../../commerce/orders/shipment-view.js';
import { isValidTimeZone } from '../../support-hours/zoned-time.js';
import { insightsLocale } from '../i18n.js';
import { insightsSettingsOf } from '../settings.js';
import { detectEvent } from './detect-event.js';

export const NOTICE_QUEUE = 'insights.proactive-notice';

/** Orders older than this are not followed any more. */
const FOLLOW_DAYS = 120;

export interface ScanResult {
  shipments: number;
  notices: number;
}

interface CandidateRow extends ShipmentRow {
  customer_locale: string | null;
  customer_timezone: string | null;
}

async function candidates(q: Queryable, storeId: string, now: Date): Promise<CandidateRow[]> {
  const { rows } = await q.query<CandidateRow>(
    `SELECT s.id, s.store_id, s.order_pk, s.tracking_number, s.carrier, s.kind, s.status, s.expected_delivery::text AS expected_delivery,
       s.delivered_at, s.last_event_at, s.data, cu.locale AS customer_locale, cu.timezone AS customer_timezone
     FROM shipments s
     JOIN orders o ON o.id = s.order_pk
     LEFT JOIN customers cu ON cu.id = o.customer_id
     WHERE s.store_id = $1 AND s.kind = 'outbound' AND o.cancelled_at IS NULL
       AND COALESCE(s.status, '') NOT IN ('delivered', 'returned')
       AND o.placed_at > $2::timestamptz - make_interval(days => $3)
     ORDER BY s.id`,
    [storeId, now, FOLLOW_DAYS],
  );
  return rows;
}

/** The shopper's language for this order: their customer record, the order's own locale, else the store's. */
export function orderLocale(order: OrderRow, customerLocale: string | null, storeDefault: string): string {
  const data = order.data as Record<string, unknown>;
  const fromOrder = typeof data.customer_locale === 'string' ? data.customer_locale : typeof data.locale === 'string' ? data.locale : null;
  return insightsLocale(customerLocale ?? fromOrder, storeDefault);
}

export async function scanStoreShipments(db: Db, jobs: JobQueue, store: StoreRow, now: Date): Promise<ScanResult> {
  const settings = insightsSettingsOf(store).proactive;
  const policy = shippingPolicyOf(store.profile);
  if (!settings.enabled || !policy) return { shipments: 0, notices: 0 };
  const rows = await candidates(db, store.id, now);
  const orders = new Map((await listOrdersByIds(db, store.id, [...new Set(rows.map((r) => r.order_pk!))])).map((o) => [o.id, o]));
  const events = new Map<string, TrackingEventRow[]>();
  for (const e of await listTrackingEvents(db, rows.map((r) => r.id))) {
    const list = events.get(e.shipment_id);
    if (list) list.push(e);
    else events.set(e.shipment_id, [e]);
  }

  let notices = 0;
  for (const row of rows) {
    const order = orders.get(row.order_pk!);
    if (!order) continue;
    const timeZone = row.customer_timezone && isValidTimeZone(row.customer_timezone) ? row.customer_timezone : store.timezone;
    const view = shipmentView(row, events.get(row.id) ?? [], { order, now, shippingPolicy: policy, timeZone });
    const event = detectEvent(view, settings.events);
    if (!event) continue;
    const created = await db.transaction(async (tx) => {
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO proactive_notices (store_id, shipment_id, order_pk, customer_id, kind, facts, locale, detected_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (shipment_id, kind) DO NOTHING RETURNING id`,
        [store.id, row.id, order.id, order.customer_id, event.kind, JSON.stringify(event.facts), orderLocale(order, row.customer_locale, store.default_locale), now],
      );
      const id = inserted.rows[0]?.id;
      if (!id) return false;
      await jobs.enqueue(NOTICE_QUEUE, { noticeId: id, customerId: order.customer_id }, { idempotencyKey: id, storeId: store.id }, tx);
      return true;
    });
    if (created) notices++;
  }
  return { shipments: rows.length, notices };
}

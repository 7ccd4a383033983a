import type { Queryable } from '../db/types.js';
import type { TrackingRecord } from '../import/schemas.js';

export interface TrackingEventInput {
  occurredAt: string;
  location: string | null;
  message: string;
  status: string;
  carrier: string | null;
}

export interface ShipmentInput {
  trackingNumber: string;
  carrier: string;
  kind: 'outbound' | 'return';
  orderPk: string | null;
  status: string | null;
  expectedDelivery: string | null;
  deliveredAt: string | null;
  lastEventAt: string | null;
  data: Record<string, unknown>;
  events: TrackingEventInput[];
}

/** Creates or updates a shipment and merges its events (events are keyed by time and message). */
export async function upsertShipment(q: Queryable, storeId: string, s: ShipmentInput): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO shipments (store_id, order_pk, tracking_number, carrier, kind, status, expected_delivery, delivered_at, last_event_at, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (store_id, tracking_number) DO UPDATE SET order_pk = COALESCE(EXCLUDED.order_pk, shipments.order_pk),
       carrier = EXCLUDED.carrier, kind = EXCLUDED.kind, status = EXCLUDED.status, expected_delivery = EXCLUDED.expected_delivery,
       delivered_at = EXCLUDED.delivered_at, last_event_at = EXCLUDED.last_event_at, data = EXCLUDED.data, updated_at = now()
     RETURNING id`,
    [storeId, s.orderPk, s.trackingNumber, s.carrier, s.kind, s.status, s.expectedDelivery, s.deliveredAt, s.lastEventAt, JSON.stringify(s.data)],
  );
  const shipmentId = rows[0]!.id;
  for (const e of s.events) {
    await q.query(
      `INSERT INTO tracking_events (shipment_id, occurred_at, occurred_local, location, message, status, carrier)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (shipment_id, occurred_at, message) DO NOTHING`,
      [shipmentId, e.occurredAt, e.occurredAt, e.location, e.message, e.status, e.carrier],
    );
  }
  return shipmentId;
}

/** A store-directory tracking.json entry as a shipment. */
export function shipmentFromTrackingRecord(t: TrackingRecord, orderPk: string | null, normalize: (tag: string | undefined, message: string) => string): ShipmentInput {
  const checkpoints = t.checkpoints as Array<{ time: string; location?: string | null; message: string; tag?: string; carrier?: string }>;
  const last = checkpoints[checkpoints.length - 1];
  return {
    trackingNumber: t.tracking_number,
    carrier: t.carrier,
    kind: t.kind,
    orderPk,
    status: normalize(t.tag, String(t.subtag_message ?? last?.message ?? '')),
    expectedDelivery: t.expected_delivery ?? null,
    deliveredAt: t.delivered_at ?? null,
    lastEventAt: t.last_updated_at ?? last?.time ?? null,
    data: t,
    events: checkpoints.map((c) => ({
      occurredAt: c.time,
      location: c.location ?? null,
      message: c.message,
      status: normalize(c.tag, c.message),
      carrier: c.carrier ?? t.carrier,
    })),
  };
}

import type { Queryable } from '../db/types.js';
import type { TrackingRecord } from '../import/schemas.js';

export interface TrackingEventInput {
  /** ISO 8601 with the scan's local offset; kept verbatim for the timeline. */
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

export interface ShipmentRow {
  id: string;
  store_id: string;
  order_pk: string | null;
  tracking_number: string;
  carrier: string;
  kind: 'outbound' | 'return';
  status: string | null;
  /** A date (YYYY-MM-DD) in the destination's calendar; read as text to avoid time-zone shifts. */
  expected_delivery: string | null;
  delivered_at: Date | null;
  last_event_at: Date | null;
  data: Record<string, unknown>;
}

export interface TrackingEventRow {
  shipment_id: string;
  occurred_at: Date;
  occurred_local: string;
  location: string | null;
  message: string;
  status: string;
  carrier: string | null;
}

export interface ShipmentUpdateResult {
  id: string;
  /** false when the stored shipment already had a later event (out-of-order delivery); events still merge. */
  applied: boolean;
}

/**
 * Creates or updates a shipment from a tracking provider and merges its events (keyed by time and
 * message). An update whose last event is older than the stored one leaves the status alone.
 */
export async function applyShipmentUpdate(q: Queryable, storeId: string, s: ShipmentInput): Promise<ShipmentUpdateResult> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO shipments (store_id, order_pk, tracking_number, carrier, kind, status, expected_delivery, delivered_at, last_event_at, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (store_id, tracking_number) DO UPDATE SET order_pk = COALESCE(EXCLUDED.order_pk, shipments.order_pk),
       carrier = EXCLUDED.carrier, kind = EXCLUDED.kind, status = EXCLUDED.status, expected_delivery = EXCLUDED.expected_delivery,
       delivered_at = EXCLUDED.delivered_at, last_event_at = EXCLUDED.last_event_at, data = EXCLUDED.data, updated_at = now()
     WHERE shipments.last_event_at IS NULL OR EXCLUDED.last_event_at IS NULL OR EXCLUDED.last_event_at >= shipments.last_event_at
     RETURNING id`,
    [storeId, s.orderPk, s.trackingNumber, s.carrier, s.kind, s.status, s.expectedDelivery, s.deliveredAt, s.lastEventAt, JSON.stringify(s.data)],
  );
  const applied = rows.length > 0;
  const shipmentId = rows[0]?.id ?? (await findShipment(q, storeId, s.trackingNumber))!.id;
  if (!applied && s.orderPk) {
    await q.query('UPDATE shipments SET order_pk = $2 WHERE id = $1 AND order_pk IS NULL', [shipmentId, s.orderPk]);
  }
  for (const e of s.events) {
    await q.query(
      `INSERT INTO tracking_events (shipment_id, occurred_at, occurred_local, location, message, status, carrier)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (shipment_id, occurred_at, message) DO NOTHING`,
      [shipmentId, e.occurredAt, e.occurredAt, e.location, e.message, e.status, e.carrier],
    );
  }
  return { id: shipmentId, applied };
}

/** As applyShipmentUpdate, returning only the shipment id (store import). */
export async function upsertShipment(q: Queryable, storeId: string, s: ShipmentInput): Promise<string> {
  return (await applyShipmentUpdate(q, storeId, s)).id;
}

/**
 * Records a shipment known only from the store platform's fulfillment (no tracking provider yet).
 * Never overwrites a shipment a tracking provider has reported on; a fulfillment update only replaces
 * an earlier fulfillment-sourced row when it is not older (`updatedAt`).
 */
export async function upsertFulfillmentShipment(
  q: Queryable,
  storeId: string,
  s: Omit<ShipmentInput, 'events' | 'expectedDelivery' | 'deliveredAt' | 'lastEventAt'> & { updatedAt: string | null },
): Promise<ShipmentUpdateResult> {
  const data = { ...s.data, source: 'fulfillment', fulfillment_updated_at: s.updatedAt };
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO shipments (store_id, order_pk, tracking_number, carrier, kind, status, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (store_id, tracking_number) DO UPDATE SET order_pk = COALESCE(EXCLUDED.order_pk, shipments.order_pk),
       carrier = EXCLUDED.carrier, status = EXCLUDED.status, data = EXCLUDED.data, updated_at = now()
     WHERE shipments.data->>'source' = 'fulfillment'
       AND (shipments.data->>'fulfillment_updated_at' IS NULL OR EXCLUDED.data->>'fulfillment_updated_at' IS NULL
            OR (EXCLUDED.data->>'fulfillment_updated_at')::timestamptz >= (shipments.data->>'fulfillment_updated_at')::timestamptz)
     RETURNING id`,
    [storeId, s.orderPk, s.trackingNumber, s.carrier, s.kind, s.status, JSON.stringify(data)],
  );
  if (rows[0]) return { id: rows[0].id, applied: true };
  const existing = (await findShipment(q, storeId, s.trackingNumber))!;
  if (s.orderPk && !existing.order_pk) {
    await q.query('UPDATE shipments SET order_pk = $2 WHERE id = $1', [existing.id, s.orderPk]);
  }
  return { id: existing.id, applied: false };
}

const SHIPMENT_COLUMNS = `id, store_id, order_pk, tracking_number, carrier, kind, status, expected_delivery::text AS expected_delivery,
  delivered_at, last_event_at, data`;

export async function findShipment(q: Queryable, storeId: string, trackingNumber: string): Promise<ShipmentRow | undefined> {
  const { rows } = await q.query<ShipmentRow>(`SELECT ${SHIPMENT_COLUMNS} FROM shipments WHERE store_id = $1 AND tracking_number = $2`, [
    storeId,
    trackingNumber,
  ]);
  return rows[0];
}

/** Shipments of these orders, oldest label first. */
export async function listShipmentsForOrders(q: Queryable, storeId: string, orderPks: readonly string[]): Promise<ShipmentRow[]> {
  if (orderPks.length === 0) return [];
  const { rows } = await q.query<ShipmentRow>(
    `SELECT ${SHIPMENT_COLUMNS} FROM shipments s WHERE store_id = $1 AND order_pk = ANY($2)
     ORDER BY kind, coalesce((SELECT min(e.occurred_at) FROM tracking_events e WHERE e.shipment_id = s.id), s.updated_at), tracking_number`,
    [storeId, orderPks],
  );
  return rows;
}

/** Events of these shipments, oldest first. */
export async function listTrackingEvents(q: Queryable, shipmentIds: readonly string[]): Promise<TrackingEventRow[]> {
  if (shipmentIds.length === 0) return [];
  const { rows } = await q.query<TrackingEventRow>(
    `SELECT shipment_id, occurred_at, occurred_local, location, message, status, carrier FROM tracking_events
     WHERE shipment_id = ANY($1) ORDER BY occurred_at, id`,
    [shipmentIds],
  );
  return rows;
}

export async function countShipments(q: Queryable, storeId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM shipments WHERE store_id = $1', [storeId]);
  return rows[0]?.n ?? 0;
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

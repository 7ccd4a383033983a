/**
 * Presents a stored shipment: rebuilt as the tracking model's Shipment (legs, events in one status
 * vocabulary), its newest-first timeline with the number to quote, and — for outbound parcels — the
 * lateness assessment against the store's shipping policy at the caller's `now`.
 */
import type { OrderRow } from '../../repositories/orders.js';
import type { ShipmentRow, TrackingEventRow } from '../../repositories/shipments.js';
import { assessLateness, type LatenessAssessment, type ShippingPolicy } from '../tracking/lateness.js';
import { buildShipment, makeLeg, type Shipment, type ShipmentLeg, type TrackingEvent } from '../tracking/model.js';
import { buildTimeline } from '../tracking/timeline.js';
import { normalizeStatus, TRACKING_STATUSES, type TrackingStatus } from '../tracking/status.js';
import type { ShipmentView, TrackingLeg } from './types.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);

const asStatus = (status: string | null, message = ''): TrackingStatus =>
  status && (TRACKING_STATUSES as readonly string[]).includes(status) ? (status as TrackingStatus) : normalizeStatus({ message });

/** The stored row and its scans as a tracking-model Shipment (one reader for imported, provider and fulfillment data). */
export function trackingShipment(s: ShipmentRow, events: readonly TrackingEventRow[]): Shipment {
  const d = s.data;
  const origin = makeLeg('origin', s.carrier, s.tracking_number, {
    ...(text(d.carrier_name) ? { carrierName: text(d.carrier_name)! } : {}),
    ...(text(d.tracking_url) ?? text(obj(d.fulfillment).tracking_url) ? { trackingUrl: (text(d.tracking_url) ?? text(obj(d.fulfillment).tracking_url))! } : {}),
  });
  const lm = obj(d.last_mile);
  const legs: ShipmentLeg[] = [origin];
  if (text(lm.carrier) && text(lm.tracking_number)) {
    legs.push(
      makeLeg('last_mile', text(lm.carrier)!, text(lm.tracking_number)!, {
        ...(text(lm.carrier_name) ? { carrierName: text(lm.carrier_name)! } : {}),
        ...(text(lm.tracking_url) ? { trackingUrl: text(lm.tracking_url)! } : {}),
        handedOverAt: text(lm.handed_over_at),
      }),
    );
  }
  const trackingEvents: TrackingEvent[] = events.map((e) => ({
    time: e.occurred_local,
    location: e.location,
    message: e.message,
    status: asStatus(e.status, e.message),
    carrier: e.carrier ?? s.carrier,
  }));
  return buildShipment({
    legs,
    events: trackingEvents,
    status: s.status ? asStatus(s.status) : null,
    statusDetail: text(d.subtag_message) ?? text(d.status_detail),
    expectedDelivery: s.expected_delivery,
    deliveredAt: text(d.delivered_at) ?? (s.delivered_at ? s.delivered_at.toISOString() : null),
    originCountry: text(d.origin_country),
    destinationCountry: text(d.destination_country),
  });
}

/** The fulfillment of `order` that carries this tracking number, if any. */
function fulfillmentFor(order: OrderRow | undefined, trackingNumber: string): Json | undefined {
  const fulfillments = Array.isArray(order?.data.fulfillments) ? (order.data.fulfillments as unknown[]).map(obj) : [];
  return fulfillments.find((f) => text(f.tracking_number) === trackingNumber);
}

const legView = (l: ShipmentLeg): TrackingLeg => ({
  role: l.role,
  carrier: l.carrier,
  carrierName: l.carrierName,
  trackingNumber: l.number,
  trackingUrl: l.trackingUrl,
  handedOverAt: l.handedOverAt,
});

export interface ShipmentContext {
  order?: OrderRow;
  /** The caller's clock; lateness is judged at this instant. */
  now: Date;
  /** The store's shipping policy; null skips the lateness assessment. */
  shippingPolicy: ShippingPolicy | null;
  /** Where "today" and business days are counted: the destination's zone when known. */
  timeZone: string;
}

export function shipmentView(s: ShipmentRow, events: readonly TrackingEventRow[], ctx: ShipmentContext): ShipmentView {
  const d = s.data;
  const shipment = trackingShipment(s, events);
  const timeline = buildTimeline(shipment);
  const fulfillment = fulfillmentFor(ctx.order, s.tracking_number) ?? obj(d.fulfillment);
  const orderX = obj(ctx.order?.data.x_store);
  const outbound = s.kind === 'outbound';
  const shippingMethod = text(d.shipping_method) ?? (outbound ? text(orderX.shipping_method) : null);
  const warehouse = text(fulfillment.x_warehouse) ?? (outbound ? text(orderX.warehouse) : null);
  const destinationCountry = shipment.destinationCountry ?? text(d.destination_country) ?? (outbound ? text(obj(ctx.order?.data.shipping_address).country_code) : null);
  const shippedAt = text(fulfillment.created_at) ?? shipment.events[0]?.time ?? null;

  let lateness: LatenessAssessment | null = null;
  if (outbound && ctx.shippingPolicy) {
    lateness = assessLateness({
      shipment,
      shippingMethod: shippingMethod ?? '',
      warehouse: warehouse ?? '',
      destinationCountry: destinationCountry ?? '',
      policy: ctx.shippingPolicy,
      now: ctx.now,
      timeZone: ctx.timeZone,
      shippedAt,
    });
  }
  const lineItems: unknown[] = Array.isArray(fulfillment.line_items) ? fulfillment.line_items : [];
  return {
    trackingNumber: s.tracking_number,
    carrier: s.carrier,
    carrierName: shipment.legs[0]!.carrierName,
    trackingUrl: shipment.legs[0]!.trackingUrl,
    kind: s.kind,
    status: shipment.status,
    statusDetail: shipment.statusDetail,
    expectedDelivery: shipment.expectedDelivery,
    deliveredAt: shipment.deliveredAt,
    lastEventAt: shipment.lastEventAt,
    shippedAt,
    shippingMethod,
    warehouse,
    destinationCountry,
    lineItemIds: lineItems.map((id) => text(id) ?? text(obj(id).id) ?? '').filter(Boolean),
    legs: shipment.legs.map(legView),
    currentLeg: legView(timeline.currentLeg),
    timeline: timeline.entries.map((e) => ({ at: e.time, status: e.status, message: e.message, location: e.location, carrier: e.carrier, trackingNumber: e.leg.number })),
    lateness,
  };
}

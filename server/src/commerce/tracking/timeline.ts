/**
 * The customer-facing view of a shipment: events newest first, each with the leg (and so the
 * number and tracking page) it belongs to, and the leg the parcel is on now.
 */
import { instantOf, type Shipment, type ShipmentLeg, type TrackingEvent } from './model.js';

export interface TimelineEntry extends TrackingEvent {
  leg: ShipmentLeg;
}

export interface Timeline {
  /** Newest first. */
  entries: TimelineEntry[];
  /** The leg to quote to the customer: the last-mile one once the parcel was handed over. */
  currentLeg: ShipmentLeg;
  latest: TimelineEntry | null;
}

function originLeg(shipment: Shipment): ShipmentLeg {
  const leg = shipment.legs.find((l) => l.role === 'origin') ?? shipment.legs[0];
  if (!leg) throw new Error(`shipment ${shipment.number} has no legs`);
  return leg;
}

const lastMileLeg = (shipment: Shipment): ShipmentLeg | undefined => shipment.legs.find((l) => l.role === 'last_mile');

const after = (time: string, reference: string | null): boolean =>
  reference !== null && instantOf(time) > instantOf(reference);

/**
 * The leg an event belongs to: by the reporting carrier when the two legs have different carriers;
 * by the handover time when they share one (or the event names neither).
 */
export function legOfEvent(shipment: Shipment, event: TrackingEvent): ShipmentLeg {
  const origin = originLeg(shipment);
  const lastMile = lastMileLeg(shipment);
  if (!lastMile) return origin;
  if (lastMile.carrier !== origin.carrier) {
    if (event.carrier === lastMile.carrier) return lastMile;
    if (event.carrier === origin.carrier) return origin;
  }
  return after(event.time, lastMile.handedOverAt) ? lastMile : origin;
}

export function buildTimeline(shipment: Shipment): Timeline {
  const entries = [...shipment.events].reverse().map((event) => ({ ...event, leg: legOfEvent(shipment, event) }));
  const latest = entries[0] ?? null;
  const lastMile = lastMileLeg(shipment);
  const handedOver =
    lastMile !== undefined &&
    (entries.some((e) => e.leg === lastMile) ||
      (lastMile.handedOverAt !== null && shipment.lastEventAt !== null && !after(lastMile.handedOverAt, shipment.lastEventAt)));
  return { entries, currentLeg: handedOver && lastMile ? lastMile : originLeg(shipment), latest };
}

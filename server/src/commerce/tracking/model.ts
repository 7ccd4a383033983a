/**
 * The normalised shipment: one parcel, possibly carried by two carriers in turn (a cross-border line
 * such as YunExpress, then a local last-mile carrier with its own number), with its scan events in
 * one vocabulary. Event times keep the offset of the place where the scan happened.
 */
import { carrierInfo } from './carriers/index.js';
import { trackingUrl } from './detect.js';
import { normalizeStatus, type TrackingStatus } from './status.js';

export type LegRole = 'origin' | 'last_mile';

export interface ShipmentLeg {
  number: string;
  carrier: string;
  carrierName: string;
  role: LegRole;
  trackingUrl: string | null;
  /** When the parcel passed to this leg's carrier (last-mile legs). */
  handedOverAt: string | null;
}

export interface TrackingEvent {
  /** ISO 8601 with the scan location's offset, as the carrier reported it. */
  time: string;
  location: string | null;
  message: string;
  status: TrackingStatus;
  /** Slug of the carrier that reported the scan. */
  carrier: string;
}

export interface Shipment {
  /** The number the store gave the customer (the first leg's). */
  number: string;
  carrier: string;
  legs: ShipmentLeg[];
  /** Oldest first, sorted by instant; exact duplicates removed. */
  events: TrackingEvent[];
  status: TrackingStatus;
  /** The provider's detail for the status, e.g. "Customs hold". */
  statusDetail: string | null;
  /** Carrier's estimated delivery date (YYYY-MM-DD, destination local date). */
  expectedDelivery: string | null;
  deliveredAt: string | null;
  lastEventAt: string | null;
  originCountry: string | null;
  destinationCountry: string | null;
}

/** A tracking entry in the store-directory format (`tracking.json` of the reference/demo store). */
export interface TrackingRecord {
  tracking_number: string;
  carrier: string;
  carrier_name?: string | null;
  tracking_url?: string | null;
  tag?: string | null;
  subtag?: string | null;
  subtag_message?: string | null;
  expected_delivery?: string | null;
  delivered_at?: string | null;
  origin_country?: string | null;
  destination_country?: string | null;
  last_mile?: {
    carrier: string;
    carrier_name?: string | null;
    tracking_number: string;
    handed_over_at?: string | null;
    tracking_url?: string | null;
  } | null;
  checkpoints?: Array<{
    time: string;
    location?: string | null;
    message: string;
    tag?: string | null;
    subtag?: string | null;
    carrier?: string | null;
  }>;
}

/** Milliseconds since the epoch; NaN for an unparseable time. */
export const instantOf = (time: string): number => Date.parse(time);

/** Events oldest first (by instant, whatever their offsets), without exact repeats. */
export function sortEvents(events: readonly TrackingEvent[]): TrackingEvent[] {
  const seen = new Set<string>();
  const unique = events.filter((e) => {
    const key = `${instantOf(e.time)}|${e.carrier}|${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Unparseable times sort first rather than pretending to be the latest news.
  const at = (e: TrackingEvent): number => {
    const t = instantOf(e.time);
    return Number.isNaN(t) ? -Infinity : t;
  };
  return unique.map((e, i) => ({ e, i })).sort((a, b) => at(a.e) - at(b.e) || a.i - b.i).map(({ e }) => e);
}

export function makeLeg(role: LegRole, carrier: string, number: string, extra: Partial<ShipmentLeg> = {}): ShipmentLeg {
  return {
    number,
    carrier,
    carrierName: extra.carrierName ?? carrierInfo(carrier)?.name ?? carrier,
    role,
    trackingUrl: extra.trackingUrl ?? trackingUrl(carrier, number),
    handedOverAt: extra.handedOverAt ?? null,
  };
}

export interface ShipmentParts {
  legs: ShipmentLeg[];
  events: TrackingEvent[];
  /** Status the provider gives the whole shipment; otherwise the latest event's. */
  status?: TrackingStatus | null;
  statusDetail?: string | null;
  expectedDelivery?: string | null;
  deliveredAt?: string | null;
  originCountry?: string | null;
  destinationCountry?: string | null;
}

/** Assembles a Shipment, deriving what the parts leave open from the sorted events. */
export function buildShipment(parts: ShipmentParts): Shipment {
  const origin = parts.legs.find((l) => l.role === 'origin') ?? parts.legs[0];
  if (!origin) throw new Error('a shipment needs at least one leg');
  const events = sortEvents(parts.events);
  const latest = events.at(-1);
  const status = parts.status ?? latest?.status ?? 'info_received';
  const deliveredEvent = [...events].reverse().find((e) => e.status === 'delivered');
  return {
    number: origin.number,
    carrier: origin.carrier,
    legs: parts.legs,
    events,
    status,
    statusDetail: parts.statusDetail ?? null,
    expectedDelivery: parts.expectedDelivery ? parts.expectedDelivery.slice(0, 10) : null,
    deliveredAt: parts.deliveredAt ?? (status === 'delivered' ? (deliveredEvent?.time ?? null) : null),
    lastEventAt: latest?.time ?? null,
    originCountry: parts.originCountry ?? null,
    destinationCountry: parts.destinationCountry ?? null,
  };
}

/** A Shipment from a store-directory tracking entry, last-mile handover included. */
export function shipmentFromRecord(record: TrackingRecord): Shipment {
  const legs = [
    makeLeg('origin', record.carrier, record.tracking_number, {
      ...(record.carrier_name ? { carrierName: record.carrier_name } : {}),
      ...(record.tracking_url ? { trackingUrl: record.tracking_url } : {}),
    }),
  ];
  const lm = record.last_mile;
  if (lm) {
    legs.push(
      makeLeg('last_mile', lm.carrier, lm.tracking_number, {
        ...(lm.carrier_name ? { carrierName: lm.carrier_name } : {}),
        ...(lm.tracking_url ? { trackingUrl: lm.tracking_url } : {}),
        handedOverAt: lm.handed_over_at ?? null,
      }),
    );
  }
  const events: TrackingEvent[] = (record.checkpoints ?? []).map((c) => ({
    time: c.time,
    location: c.location ?? null,
    message: c.message,
    status: normalizeStatus({ tag: c.tag, subtag: c.subtag, message: c.message }),
    carrier: c.carrier ?? record.carrier,
  }));
  const recordStatus =
    record.tag || record.subtag
      ? normalizeStatus({ tag: record.tag, subtag: record.subtag, message: record.subtag_message })
      : null;
  return buildShipment({
    legs,
    events,
    status: recordStatus,
    statusDetail: record.subtag_message ?? null,
    expectedDelivery: record.expected_delivery ?? null,
    deliveredAt: record.delivered_at ?? null,
    originCountry: record.origin_country ?? null,
    destinationCountry: record.destination_country ?? null,
  });
}

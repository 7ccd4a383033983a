/**
 * Builds one tracking.json entry per parcel: numbers with valid check digits, checkpoints cut off at
 * eval_now, the current tag, the carrier's estimate and the last-mile handover.
 */
import type { ShipmentSpec } from '../data/order-types.js';
import { carrierInfo, KIND_CARRIER, makeTrackingNumber, type NumberKind } from '../lib/carriers.js';
import { createRng } from '../lib/rng.js';
import { addBusinessDays, localDate } from '../lib/time.js';
import { ROUTE_CARRIER, ROUTE_LAST_MILE, routeSteps } from './routes.js';
import { timestamp, type Checkpoint } from './timeline.js';
import type { Destination, StepSpec } from './timeline-types.js';

export interface TrackingEntry {
  tracking_number: string;
  carrier: string;
  carrier_name: string;
  kind: 'outbound' | 'return';
  order_id: number;
  order_name: string;
  fulfillment_id: number | null;
  rma_id: string | null;
  shipping_method: string;
  origin_country: string;
  destination_country: string;
  tag: string;
  subtag_message: string | null;
  expected_delivery: string | null;
  delivered_at: string | null;
  last_mile: null | { carrier: string; carrier_name: string; tracking_number: string; handed_over_at: string; tracking_url: string };
  last_updated_at: string;
  tracking_url: string;
  checkpoints: Array<{ time: string; location: string; message: string; tag: string; carrier: string }>;
}

export interface ParcelResult {
  number: string;
  carrier: string;
  checkpoints: Checkpoint[];
  tag: string;
  subtag: string | null;
  lastMile: TrackingEntry['last_mile'];
}

const DAY = 86_400_000;

/** Current tag and detail of a parcel, from its kept checkpoints. */
export function currentTag(checkpoints: Checkpoint[], nowMs: number): { tag: string; subtag: string | null } {
  const last = checkpoints.at(-1);
  if (!last) throw new Error('parcel without checkpoints');
  if (last.tag !== 'Delivered' && nowMs - last.ms > 30 * DAY) return { tag: 'Expired', subtag: 'No tracking update for more than 30 days' };
  if (last.tag === 'Exception') {
    if (/has been returned to the sender/i.test(last.message)) return { tag: 'Exception', subtag: 'Returned to sender' };
    if (/being returned|back in the country of origin/i.test(last.message)) return { tag: 'Exception', subtag: 'Returning to sender' };
    if (/address is incomplete/i.test(last.message)) return { tag: 'Exception', subtag: 'Address incomplete' };
    if (/duties and taxes/i.test(last.message)) return { tag: 'Exception', subtag: 'Awaiting payment of duties and taxes' };
    if (/customs/i.test(last.message)) return { tag: 'Exception', subtag: 'Customs hold' };
    return { tag: 'Exception', subtag: 'Delivery exception' };
  }
  return { tag: last.tag, subtag: null };
}

/** Timestamps steps from `startMs`, keeps the first `stallAfter` and nothing after `nowMs`. */
export function runParcel(steps: StepSpec[], startMs: number, seed: string, nowMs: number, stallAfter?: number): Checkpoint[] {
  const all = timestamp(steps, startMs, createRng(`timeline:${seed}`));
  const kept = (stallAfter ? all.slice(0, stallAfter) : all).filter((c) => c.ms <= nowMs);
  if (!kept.length) throw new Error(`${seed}: no checkpoint before eval_now`);
  return kept;
}

export function outboundParcel(s: ShipmentSpec, dest: Destination, startMs: number, seed: string, nowMs: number, taken: Set<string>): ParcelResult {
  const { carrier, kind } = ROUTE_CARRIER[s.route];
  const rng = createRng(`number:${seed}`);
  const number = makeTrackingNumber(kind, rng, taken);
  const lastMileCarrier = s.lastMile ?? ROUTE_LAST_MILE[s.route];
  const needsSecondNumber = lastMileCarrier !== undefined && !['china-post', 'china-ems', 'dhl-paket', 'postnl-nl'].includes(s.route);
  const lastMileNumber = needsSecondNumber ? makeTrackingNumber(lastMileCarrier as NumberKind, rng, taken) : undefined;
  const steps = routeSteps(s.route, {
    dest,
    outcome: s.outcome ?? 'delivered',
    delayDays: s.delayDays ?? 0,
    ...(lastMileCarrier ? { lastMile: lastMileCarrier } : {}),
    ...(lastMileNumber ? { lastMileNumber } : {}),
  });
  const checkpoints = runParcel(steps, startMs, seed, nowMs, s.stallAfter);
  const handover = checkpoints.find((c) => c.handover);
  const { tag, subtag } = currentTag(checkpoints, nowMs);
  let lastMile: TrackingEntry['last_mile'] = null;
  if (handover && lastMileCarrier && lastMileNumber) {
    const info = carrierInfo(KIND_CARRIER[lastMileCarrier as NumberKind]);
    lastMile = { carrier: info.slug, carrier_name: info.name, tracking_number: lastMileNumber, handed_over_at: handover.time, tracking_url: info.url(lastMileNumber) };
  }
  return { number, carrier, checkpoints, tag, subtag, lastMile };
}

export function trackingEntry(
  p: ParcelResult,
  meta: Pick<TrackingEntry, 'kind' | 'order_id' | 'order_name' | 'fulfillment_id' | 'rma_id' | 'shipping_method' | 'origin_country' | 'destination_country'>,
  expected: string | null,
): TrackingEntry {
  const info = carrierInfo(p.carrier);
  const last = p.checkpoints.at(-1);
  if (!last) throw new Error('no checkpoints');
  const delivered = p.checkpoints.find((c) => c.tag === 'Delivered');
  return {
    tracking_number: p.number,
    carrier: info.slug,
    carrier_name: info.name,
    ...meta,
    tag: p.tag,
    subtag_message: p.subtag,
    expected_delivery: expected,
    delivered_at: delivered ? delivered.time : null,
    last_mile: p.lastMile,
    last_updated_at: last.time,
    tracking_url: info.url(p.number),
    checkpoints: p.checkpoints.map((c) => ({ time: c.time, location: c.location, message: c.message, tag: c.tag, carrier: c.carrier })),
  };
}

/** Carrier's estimate: dispatch date (warehouse zone) plus the upper business-day bound. */
export function expectedDate(dispatchMs: number, warehouseTz: string, upperDays: number): string {
  return addBusinessDays(localDate(dispatchMs, warehouseTz), upperDays);
}

export const SHIPMENT_STATUS: Record<string, string> = {
  InfoReceived: 'confirmed',
  InTransit: 'in_transit',
  OutForDelivery: 'out_for_delivery',
  AttemptFail: 'attempted_delivery',
  AvailableForPickup: 'ready_for_pickup',
  Delivered: 'delivered',
  Exception: 'failure',
  Expired: 'failure',
};

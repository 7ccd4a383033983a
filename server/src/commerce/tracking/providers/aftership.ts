/**
 * AfterShip adapter: webhook bodies (`{event, msg: {tracking}, ts}`) and API responses
 * (`{data: {tracking}}` or `{data: {trackings: […]}}`) to normalised shipments.
 *
 * Multi-leg parcels: AfterShip reports the last-mile carrier in `next_couriers` and/or through
 * checkpoints whose `slug` differs from the tracking's. Its number is taken from `next_couriers`, or
 * else read from the handover checkpoint's message.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ParleyError } from '../../../errors.js';
import { canonicalCarrierSlug, carrierInfo } from '../carriers/index.js';
import { detectCarriers, findTrackingNumbers, isValidFor, normalizeTrackingNumber } from '../detect.js';
import { buildShipment, makeLeg, sortEvents, type ShipmentLeg, type TrackingEvent } from '../model.js';
import { normalizeStatus } from '../status.js';
import { countryFromIso3 } from './countries.js';
import type { CarrierSource, ShipmentUpdate, TrackingProvider } from './types.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

interface Checkpoint {
  time: string;
  slug: string | null;
  message: string;
  location: string | null;
  tag: string | null;
  subtag: string | null;
}

function readCheckpoint(raw: unknown): Checkpoint | null {
  if (!isObject(raw)) return null;
  const time = str(raw.checkpoint_time);
  if (!time) return null;
  // `location` is free text; otherwise compose it from the structured parts.
  const location =
    str(raw.location) ??
    ([str(raw.city), str(raw.state), str(raw.country_name) ?? str(raw.country_region) ?? str(raw.country_iso3)]
      .filter(Boolean)
      .join(', ') || null);
  return { time, slug: str(raw.slug), message: str(raw.message) ?? '', location, tag: str(raw.tag), subtag: str(raw.subtag) };
}

/** Our slug for AfterShip's; falls back to detection from the number when we do not know theirs. */
function resolveCarrier(providerSlug: string | null, number: string): { slug: string; source: CarrierSource } {
  if (providerSlug) {
    const slug = canonicalCarrierSlug(providerSlug);
    if (carrierInfo(slug)) return { slug, source: 'provider' };
  }
  const detected = detectCarriers(number)[0];
  if (detected) return { slug: detected.carrier, source: 'detected' };
  return { slug: providerSlug ?? 'unknown', source: 'unknown' };
}

function lastMileNumber(tracking: Json, carrier: string, checkpoints: Checkpoint[], origin: string): string | null {
  const next = Array.isArray(tracking.next_couriers) ? tracking.next_couriers.filter(isObject) : [];
  for (const courier of next) {
    const number = str(courier.tracking_number);
    if (number && canonicalCarrierSlug(str(courier.slug) ?? '') === carrier) return number;
  }
  // "Handed over to … local tracking number TT441724194GB": a number of that carrier in a message.
  for (const cp of [...checkpoints].reverse()) {
    for (const found of findTrackingNumbers(cp.message)) {
      const number = found.matches[0]?.number;
      if (number && number !== origin && isValidFor(number, carrier)) return number;
    }
  }
  return null;
}

function lastMileLeg(tracking: Json, origin: ShipmentLeg, checkpoints: Checkpoint[]): ShipmentLeg | null {
  const next = Array.isArray(tracking.next_couriers) ? tracking.next_couriers.filter(isObject) : [];
  const firstForeign = checkpoints.find((cp) => cp.slug && canonicalCarrierSlug(cp.slug) !== origin.carrier);
  const slug = firstForeign?.slug ?? str(next[0]?.slug);
  if (!slug) return null;
  const carrier = canonicalCarrierSlug(slug);
  const number = lastMileNumber(tracking, carrier, checkpoints, origin.number);
  if (!number) return null;
  const handover = checkpoints.find((cp) => cp.message.toUpperCase().replace(/[\s-]/g, '').includes(number));
  return makeLeg('last_mile', carrier, number, { handedOverAt: handover?.time ?? firstForeign?.time ?? null });
}

/** One AfterShip tracking object (webhook `msg` or API `data.tracking`) as a shipment update. */
export function parseAfterShipTracking(tracking: unknown): ShipmentUpdate {
  if (!isObject(tracking)) throw new ParleyError('UNPROCESSABLE', 'AfterShip tracking is not an object');
  const number = str(tracking.tracking_number);
  if (!number) throw new ParleyError('UNPROCESSABLE', 'AfterShip tracking has no tracking_number');
  const providerSlug = str(tracking.slug);
  const { slug, source } = resolveCarrier(providerSlug, number);

  const rawCheckpoints = Array.isArray(tracking.checkpoints) ? tracking.checkpoints : [];
  const checkpoints = rawCheckpoints.map(readCheckpoint).filter((c): c is Checkpoint => c !== null);
  const origin = makeLeg('origin', slug, number);
  const lastMile = lastMileLeg(tracking, origin, checkpoints);
  const legs = lastMile ? [origin, lastMile] : [origin];

  const events: TrackingEvent[] = checkpoints.map((cp) => ({
    time: cp.time,
    location: cp.location,
    message: cp.message,
    status: normalizeStatus({ tag: cp.tag, subtag: cp.subtag, message: cp.message }),
    carrier: cp.slug ? canonicalCarrierSlug(cp.slug) : slug,
  }));
  const tag = str(tracking.tag);
  const subtag = str(tracking.subtag);
  const estimate = isObject(tracking.courier_estimated_delivery_date)
    ? str(tracking.courier_estimated_delivery_date.estimated_delivery_date)
    : null;
  const shipment = buildShipment({
    legs,
    events: sortEvents(events),
    status: tag || subtag ? normalizeStatus({ tag, subtag, message: str(tracking.subtag_message) }) : null,
    statusDetail: str(tracking.subtag_message),
    expectedDelivery: str(tracking.expected_delivery) ?? estimate,
    deliveredAt: str(tracking.shipment_delivery_date),
    originCountry: countryFromIso3(str(tracking.origin_country_iso3) ?? str(tracking.origin_country_region)),
    destinationCountry: countryFromIso3(str(tracking.destination_country_iso3) ?? str(tracking.destination_country_region)),
  });
  return { provider: 'aftership', providerSlug: providerSlug ?? '', carrierSource: source, shipment };
}

/** Tracking objects inside a webhook body or an API response. */
function trackingsOf(body: unknown): unknown[] {
  if (!isObject(body)) throw new ParleyError('UNPROCESSABLE', 'AfterShip payload is not a JSON object');
  if (isObject(body.msg)) return [body.msg];
  const data = body.data;
  if (isObject(data)) {
    if (isObject(data.tracking)) return [data.tracking];
    if (Array.isArray(data.trackings)) return data.trackings;
    if (str(data.tracking_number)) return [data];
  }
  if (str(body.tracking_number)) return [body];
  throw new ParleyError('UNPROCESSABLE', 'AfterShip payload carries no tracking');
}

/**
 * Checks the `aftership-hmac-sha256` header: base64 HMAC-SHA256 of the raw request body with the
 * webhook secret. Compare before parsing; the body must be the exact bytes received.
 */
export function verifyAfterShipSignature(rawBody: string | Buffer, signature: string, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface AfterShipOptions {
  apiKey?: string;
  /** API root; the default is AfterShip's Tracking API. */
  baseUrl?: string;
  fetchImpl?: typeof fetch;
}

export function createAfterShipProvider(options: AfterShipOptions = {}): TrackingProvider {
  const baseUrl = (options.baseUrl ?? 'https://api.aftership.com/tracking/2024-04').replace(/\/$/, '');
  const fetchImpl = options.fetchImpl ?? globalThis.fetch;
  return {
    name: 'aftership',
    parseWebhook: (body) => trackingsOf(body).map(parseAfterShipTracking),
    async fetch(number, carrier) {
      if (!options.apiKey) throw new ParleyError('UNAVAILABLE', 'AfterShip API key is not configured');
      const wanted = normalizeTrackingNumber(number) ?? number.trim();
      const url = new URL(`${baseUrl}/trackings`);
      url.searchParams.set('tracking_numbers', wanted);
      if (carrier) url.searchParams.set('slug', carrier);
      const res = await fetchImpl(url, { headers: { 'as-api-key': options.apiKey, accept: 'application/json' } });
      if (res.status === 404) return null;
      if (!res.ok) throw new ParleyError('UNAVAILABLE', `AfterShip answered ${res.status}`);
      const updates = trackingsOf(await res.json()).map(parseAfterShipTracking);
      return updates.find((u) => (normalizeTrackingNumber(u.shipment.number) ?? u.shipment.number) === wanted) ?? null;
    },
  };
}

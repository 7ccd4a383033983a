/**
 * Applies shipment updates from a tracking provider (parsed by commerce/tracking/providers) to the
 * stored shipments. The stored record uses the store-directory tracking shape, so imported and live
 * shipments are read the same way; an update older than the stored last scan leaves the status alone
 * while its scans still merge into the timeline.
 */
import type { Queryable } from '../../db/types.js';
import { ParleyError } from '../../errors.js';
import { findOrderPkByExternalId, findOrdersByName } from '../../repositories/orders.js';
import { applyShipmentUpdate, findShipment, type ShipmentInput, type ShipmentRow } from '../../repositories/shipments.js';
import { normalizeTrackingNumber } from '../tracking/detect.js';
import type { ShipmentUpdate } from '../tracking/providers/types.js';
import type { DeliveryOutcome } from './deliveries.js';

/** Order references a provider may carry next to the tracking (AfterShip `order_id`, `order_number`). */
export interface OrderReference {
  orderId?: string | null;
  orderNumber?: string | null;
}

async function orderFor(q: Queryable, storeId: string, existing: ShipmentRow | undefined, ref: OrderReference): Promise<string | null> {
  if (existing?.order_pk) return existing.order_pk;
  if (ref.orderId) {
    const pk = await findOrderPkByExternalId(q, storeId, ref.orderId);
    if (pk) return pk;
  }
  if (ref.orderNumber) return (await findOrdersByName(q, storeId, [ref.orderNumber]))[0]?.id ?? null;
  return null;
}

export function shipmentInputFromUpdate(update: ShipmentUpdate, existing: ShipmentRow | undefined, orderPk: string | null): ShipmentInput {
  const s = update.shipment;
  const origin = s.legs.find((l) => l.role === 'origin') ?? s.legs[0]!;
  const lastMile = s.legs.find((l) => l.role === 'last_mile');
  const { source: _source, ...kept } = existing?.data ?? {};
  return {
    trackingNumber: existing?.tracking_number ?? s.number,
    carrier: s.carrier,
    kind: existing?.kind ?? 'outbound',
    orderPk,
    status: s.status,
    expectedDelivery: s.expectedDelivery,
    deliveredAt: s.deliveredAt,
    lastEventAt: s.lastEventAt,
    data: {
      ...kept,
      source: 'provider',
      provider: update.provider,
      provider_slug: update.providerSlug,
      tracking_number: s.number,
      carrier: s.carrier,
      carrier_name: origin.carrierName,
      tracking_url: origin.trackingUrl,
      subtag_message: s.statusDetail,
      expected_delivery: s.expectedDelivery,
      delivered_at: s.deliveredAt,
      last_updated_at: s.lastEventAt,
      origin_country: s.originCountry ?? kept.origin_country ?? null,
      destination_country: s.destinationCountry ?? kept.destination_country ?? null,
      last_mile: lastMile
        ? { carrier: lastMile.carrier, carrier_name: lastMile.carrierName, tracking_number: lastMile.number, tracking_url: lastMile.trackingUrl, handed_over_at: lastMile.handedOverAt }
        : (kept.last_mile ?? null),
    },
    events: s.events.map((e) => ({ occurredAt: e.time, location: e.location, message: e.message, status: e.status, carrier: e.carrier })),
  };
}

export async function applyTrackingUpdates(
  q: Queryable,
  storeId: string,
  updates: ReadonlyArray<{ update: ShipmentUpdate; order: OrderReference }>,
): Promise<DeliveryOutcome> {
  const malformed = updates.filter(({ update }) => normalizeTrackingNumber(update.shipment.number) === null);
  if (malformed.length) {
    throw new ParleyError('UNPROCESSABLE', 'The payload carries a malformed tracking number', { numbers: malformed.map(({ update }) => update.shipment.number.slice(0, 64)) });
  }
  let applied = 0;
  for (const { update, order } of updates) {
    // Stored numbers are as the store wrote them; the provider may space or case them differently.
    const existing = (await findShipment(q, storeId, update.shipment.number)) ?? (await findShipment(q, storeId, normalizeTrackingNumber(update.shipment.number)!));
    const orderPk = await orderFor(q, storeId, existing, order);
    if ((await applyShipmentUpdate(q, storeId, shipmentInputFromUpdate(update, existing, orderPk))).applied) applied++;
  }
  if (updates.length === 0) return 'ignored';
  return applied > 0 ? 'applied' : 'stale';
}

/**
 * Stores one order from a live source (Shopify webhook or a pushed normalised order): its customer
 * when we do not know them yet, the order itself (older versions never overwrite newer ones), and a
 * shipment per tracked fulfillment until a tracking provider reports on it.
 */
import type { Queryable } from '../../db/types.js';
import type { CustomerRecord, OrderRecord } from '../../import/schemas.js';
import { findCustomerByEmail, findCustomerByExternalId, upsertCustomer } from '../../repositories/customers.js';
import { upsertOrder } from '../../repositories/orders.js';
import { upsertFulfillmentShipment } from '../../repositories/shipments.js';
import { canonicalCarrierSlug } from '../tracking/carriers/index.js';
import { detectCarriers } from '../tracking/detect.js';
import { statusFromShopifyShipmentStatus } from './shipment-status.js';

export interface IngestOrderResult {
  orderId: string;
  /** false when a newer version of the order was already stored. */
  applied: boolean;
  /** Shipments created or updated from the order's fulfillments. */
  shipments: number;
}

/** A Shopify-style fulfillment (order.fulfillments[] or the fulfillments/* webhook body). */
export interface FulfillmentLike {
  id?: string | number;
  status?: string | null;
  tracking_company?: string | null;
  tracking_number?: string | null;
  tracking_numbers?: string[] | null;
  tracking_url?: string | null;
  shipment_status?: string | null;
  created_at?: string | null;
  updated_at?: string | null;
  line_items?: unknown[];
  [key: string]: unknown;
}

/** The carrier slug: the store's stated company when given, otherwise detected from the number. */
export function carrierFor(trackingNumber: string, company: string | null | undefined, countries: string[] = []): string {
  if (company && company.trim()) return canonicalCarrierSlug(company);
  return detectCarriers(trackingNumber, { countries })[0]?.carrier ?? 'unknown';
}

/** Creates the customer of a live order only when neither their id nor their email is known yet. */
async function ensureCustomer(q: Queryable, storeId: string, customer: CustomerRecord): Promise<void> {
  if (await findCustomerByExternalId(q, storeId, String(customer.id))) return;
  if (customer.email && (await findCustomerByEmail(q, storeId, customer.email))) return;
  await upsertCustomer(q, storeId, customer);
}

/** Records the shipments of one fulfillment (a fulfillment may carry several tracking numbers). */
export async function ingestFulfillment(q: Queryable, storeId: string, orderPk: string | null, f: FulfillmentLike, destination: string | null): Promise<number> {
  if (f.status === 'cancelled' || f.status === 'error' || f.status === 'failure') return 0;
  const numbers = [...new Set([f.tracking_number, ...(f.tracking_numbers ?? [])].filter((n): n is string => typeof n === 'string' && n.trim().length >= 4))];
  let applied = 0;
  for (const number of numbers) {
    const trackingNumber = number.trim();
    const result = await upsertFulfillmentShipment(q, storeId, {
      trackingNumber,
      carrier: carrierFor(trackingNumber, f.tracking_company, destination ? [destination] : []),
      kind: 'outbound',
      orderPk,
      status: statusFromShopifyShipmentStatus(f.shipment_status),
      data: { fulfillment: f, destination_country: destination },
      updatedAt: f.updated_at ?? f.created_at ?? null,
    });
    if (result.applied) applied++;
  }
  return applied;
}

export async function ingestOrder(q: Queryable, storeId: string, order: OrderRecord, customer: CustomerRecord | null = null): Promise<IngestOrderResult> {
  if (customer) await ensureCustomer(q, storeId, customer);
  const { id, applied } = await upsertOrder(q, storeId, order);
  if (!applied) return { orderId: id, applied, shipments: 0 };
  const destination = (order.shipping_address as { country_code?: string } | null | undefined)?.country_code ?? null;
  let shipments = 0;
  for (const f of (order.fulfillments ?? []) as FulfillmentLike[]) shipments += await ingestFulfillment(q, storeId, id, f, destination);
  return { orderId: id, applied, shipments };
}

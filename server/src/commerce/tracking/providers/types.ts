/**
 * A tracking provider (AfterShip, 17TRACK, a carrier's own API…) turns its payloads into normalised
 * shipments. Webhook parsing is pure; `fetch` is optional and performs network I/O.
 */
import type { Shipment } from '../model.js';

/** How the shipment's carrier slug was established. */
export type CarrierSource = 'provider' | 'detected' | 'unknown';

export interface ShipmentUpdate {
  provider: string;
  /** The provider's own carrier slug, as received. */
  providerSlug: string;
  carrierSource: CarrierSource;
  shipment: Shipment;
}

export interface TrackingProvider {
  readonly name: string;
  /** Shipments carried by a webhook body (already JSON-parsed). Throws on a malformed body. */
  parseWebhook(body: unknown): ShipmentUpdate[];
  /** Current state of one number, or null when the provider does not know it. */
  fetch?(number: string, carrier?: string): Promise<ShipmentUpdate | null>;
}

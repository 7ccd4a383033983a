/** Tracking domain: carrier detection, statuses, shipments with legs, providers and lateness. */
export {
  detectCarriers,
  findTrackingNumbers,
  isValidFor,
  matchFormats,
  normalizeTrackingNumber,
  trackingUrl,
  type CarrierMatch,
  type DetectOptions,
  type FoundTrackingNumber,
} from './detect.js';
export { canonicalCarrierSlug, carrierInfo, type CarrierInfo } from './carriers/index.js';
export { normalizeStatus, statusFromMessage, isCustomsHold, TRACKING_STATUSES, type TrackingStatus, type StatusInput } from './status.js';
export {
  buildShipment,
  shipmentFromRecord,
  sortEvents,
  type Shipment,
  type ShipmentLeg,
  type TrackingEvent,
  type TrackingRecord,
  type LegRole,
} from './model.js';
export { buildTimeline, legOfEvent, type Timeline, type TimelineEntry } from './timeline.js';
export {
  assessLateness,
  findShippingRule,
  lostAfterDaysFor,
  type LatenessAssessment,
  type LatenessInput,
  type LatenessReason,
  type LatenessState,
  type LostParcelPolicy,
  type ShippingMethodPolicy,
  type ShippingPolicy,
} from './lateness.js';
export type { ShipmentUpdate, TrackingProvider, CarrierSource } from './providers/types.js';
export { createAfterShipProvider, parseAfterShipTracking, verifyAfterShipSignature } from './providers/aftership.js';

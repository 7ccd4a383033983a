/**
 * What the query API returns about orders and shipments: plain JSON, the same for the assistant's
 * tools and the inbox sidebar. Money is a decimal string with its currency; instants keep the offset
 * the source wrote them with (order times in the store's zone, scans in the scan's local zone).
 */
import type { LatenessAssessment } from '../tracking/lateness.js';
import type { TrackingStatus } from '../tracking/status.js';
import type { Money } from './money.js';

/** Where an order is, from the shopper's point of view. */
export type OrderStage =
  | 'cancelled'
  | 'awaiting_payment'
  | 'awaiting_processing'
  | 'processing'
  | 'partially_shipped'
  | 'shipped'
  | 'delivered';

export interface OrderSummary {
  /** Parley's id (uuid). */
  id: string;
  /** What the shopper calls it: "#1019", an Amazon or TikTok order id. */
  name: string;
  channel: string;
  marketplace: string | null;
  market: string | null;
  placedAt: string;
  stage: OrderStage;
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  total: Money | null;
  itemCount: number;
  trackingNumbers: string[];
}

export interface OrderLineItem {
  id: string;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  unitPrice: Money | null;
  productId: string | null;
  variantId: string | null;
  fulfillmentStatus: string | null;
  /** Final-sale items cannot be returned or exchanged. */
  finalSale: boolean;
}

export interface OrderAddress {
  name: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  zip: string | null;
  provinceCode: string | null;
  countryCode: string | null;
  phone: string | null;
}

export interface OrderTotals {
  subtotal: Money | null;
  shipping: Money | null;
  discounts: Money | null;
  tax: Money | null;
  taxesIncluded: boolean | null;
  duties: Money | null;
  total: Money | null;
  refunded: Money | null;
}

export interface TrackingTimelineEvent {
  /** ISO 8601 with the scan's local offset. */
  at: string;
  status: TrackingStatus;
  message: string;
  location: string | null;
  carrier: string | null;
  /** The number of the leg this scan belongs to (the last-mile number after a handover). */
  trackingNumber: string;
}

/** One carrier's part of the journey: the cross-border line, then possibly a local last-mile carrier. */
export interface TrackingLeg {
  role: 'origin' | 'last_mile';
  carrier: string;
  carrierName: string;
  trackingNumber: string;
  trackingUrl: string | null;
  handedOverAt: string | null;
}

export interface ShipmentView {
  trackingNumber: string;
  carrier: string;
  carrierName: string;
  trackingUrl: string | null;
  kind: 'outbound' | 'return';
  status: TrackingStatus;
  /** The provider's detail for the status, e.g. "Customs hold". */
  statusDetail: string | null;
  /** The carrier's estimate, a date in the destination's calendar. */
  expectedDelivery: string | null;
  deliveredAt: string | null;
  lastEventAt: string | null;
  /** Dispatch (label created), in the shipping warehouse's offset. */
  shippedAt: string | null;
  shippingMethod: string | null;
  warehouse: string | null;
  destinationCountry: string | null;
  /** Line-item ids this parcel carries (when the store's fulfillment says). */
  lineItemIds: string[];
  legs: TrackingLeg[];
  /** The leg to quote to the shopper now (the last-mile one once handed over). */
  currentLeg: TrackingLeg;
  /** Newest first. */
  timeline: TrackingTimelineEvent[];
  /** "Is it late?" at the caller's `now` (outbound parcels; null without a shipping policy). */
  lateness: LatenessAssessment | null;
}

export interface ReturnView {
  id: string;
  type: string;
  status: string;
  createdAt: string;
  reason: string | null;
  items: Array<{ lineItemId: string; title: string | null; quantity: number }>;
  returnTrackingNumber: string | null;
  refund: Money | null;
  /** pending_receipt | issued (as the store system reports it). */
  refundStatus: string | null;
  refundMethod: string | null;
  refundIssuedAt: string | null;
  receivedAt: string | null;
  /** Exchanges: the replacement and when it ships. */
  exchange: { title: string | null; variantTitle: string | null; status: string | null; shipsWhen: string | null } | null;
}

export interface OrderDetail extends OrderSummary {
  email: string | null;
  customerId: string | null;
  processedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  shippingMethod: string | null;
  warehouse: string | null;
  paymentMethod: string | null;
  paymentDueAt: string | null;
  lineItems: OrderLineItem[];
  totals: OrderTotals;
  shippingAddress: OrderAddress | null;
  shipments: ShipmentView[];
  returns: ReturnView[];
  /** Unshipped items waiting for stock. */
  backorders: Array<{ lineItemId: string; sku: string | null; restockDate: string | null }>;
  /** Internal support notes: only in the agent view. */
  agentNotes?: string[];
  tags?: string[];
}

/**
 * How an order scenario is written in the data files. The builder turns it into a Shopify-style
 * order (with money computed from the price lists and policies), its tracking entries and its RMAs.
 * Local times are "YYYY-MM-DD HH:MM": order times in the store zone (Europe/Amsterdam), dispatch in
 * the shipping warehouse's zone, return and refund times as noted on each field.
 */
import type { WarehouseId } from './catalog-types.js';

export type Channel = 'shopify' | 'amazon' | 'tiktok' | 'ebay';
export type Method = 'economy' | 'standard' | 'express';
export type PaymentMethod =
  | 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'klarna' | 'ideal' | 'mb_way' | 'alipay'
  | 'paypay' | 'konbini' | 'afterpay' | 'amazon' | 'tiktok' | 'ebay';

/** Route templates in build/routes-*.ts. */
export type RouteKey =
  | 'usps-ground' | 'ups-ground' | 'fedex-2day'
  | 'postnl-nl' | 'dhl-paket' | 'postnl-colissimo' | 'postnl-correos' | 'postnl-ctt' | 'postnl-royal-mail' | 'dhl-express-eu'
  | 'yunexpress' | '4px' | 'china-post' | 'china-ems' | 'dhl-express-cn' | 'ups-cn';

/** What happens at the end of the route (before eval_now cuts it off). */
export type Outcome =
  | 'delivered'
  | 'attempt-then-delivered'
  | 'attempt-then-pickup'
  | 'attempt-pending'
  | 'customs-hold'
  | 'returned-to-sender'
  | 'duties-due';

export interface ShipmentSpec {
  /** SKUs of the order lines in this parcel; omitted = every line. */
  skus?: string[];
  from: WarehouseId;
  route: RouteKey;
  /** Label created, local warehouse time. */
  dispatchAt: string;
  outcome?: Outcome;
  /** Keep only the first N checkpoints (tracking went silent). */
  stallAfter?: number;
  /** Extra days of waiting inserted before the destination leg (late but moving). */
  delayDays?: number;
  /** Last-mile carrier when the route hands over (yunexpress, 4px, postnl-*). */
  lastMile?: 'usps' | 'canada-post' | 'australia-post' | 'yamato' | 'japan-post' | 'royal-mail' | 'colissimo' | 'correos' | 'ctt' | 'postnl' | 'dhl-germany';
  /** Index of the shipment this one replaces free of charge (Shopify fulfillment x_reship_of). */
  reshipOf?: number;
}

export interface RefundSpec {
  /** Store time. */
  at: string;
  /** Lines refunded: SKU and quantity. Shipping is added with `shipping: true`. */
  lines: Array<[sku: string, qty: number]>;
  shipping?: boolean;
  restock: 'return' | 'no_restock' | 'cancel';
  note: string;
}

export interface ReturnSpec {
  type: 'return' | 'exchange' | 'claim';
  /** Request time, customer's local zone. */
  createdAt: string;
  status: 'approved' | 'in_transit' | 'refunded' | 'rejected' | 'resolved';
  lines: Array<[sku: string, qty: number]>;
  reason: string;
  comment: string;
  /** Return parcel: label route and when it was handed in (customer's local time). */
  label?: { route: 'usps-return' | 'dhl-paket-return' | 'colissimo-return' | 'ctt-return' | 'japan-post-ems-return'; createdAt: string; droppedOffAt?: string; paidBy: 'store' | 'customer' };
  exchangeTo?: { sku: string; status: string; shipsWhen: string };
  /** Refund for the returned lines: pending until `issuedAt` (store time); creates the order refund. */
  refund?: { issuedAt?: string; shipping?: boolean; note?: string };
  photos?: boolean;
  resolution: string;
}

export interface OrderSpec {
  key: string;
  customer: string;
  channel: Channel;
  /** Marketplace order id (Amazon, TikTok Shop, eBay); online-store names are assigned by date. */
  marketplaceId?: string;
  placedAt: string;
  /** Store time the warehouse started processing; null/omitted = not processed yet. */
  processedAt?: string | null;
  items: Array<[sku: string, qty: number]>;
  warehouse: WarehouseId;
  method: Method;
  payment: PaymentMethod;
  code?: 'WELCOME10' | 'HEMFRIEND15' | 'VIP20';
  note?: string;
  addressLine2?: string | null;
  shipments?: ShipmentSpec[];
  cancel?: { at: string; reason: 'customer' | 'declined' | 'other'; financial: 'voided' | 'refunded'; note: string };
  refunds?: RefundSpec[];
  returns?: ReturnSpec[];
  backorder?: Array<{ sku: string; note: string }>;
  konbini?: { chain: string; slipIssuedAt: string; dueAt: string };
  tags?: string[];
  supportNotes?: string[];
}

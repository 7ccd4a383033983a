/** Online-store orders placed in November 2026, up to a few minutes before eval_now (2026-11-23 10:00 Amsterdam). */
import type { OrderSpec } from './order-types.js';

export const ORDERS_NOV: OrderSpec[] = [
  {
    key: 'mathilde-nov', customer: 'mathilde', channel: 'shopify', placedAt: '2026-11-02 16:20', processedAt: '2026-11-03 04:15',
    items: [['HH-MPS-W-WHITE-M', 1], ['HH-BST-W-NAVY-STRIPE-S', 1], ['HH-EVJ-W-28-LONG', 1]], warehouse: 'CN-HGH', method: 'express', payment: 'paypal',
    shipments: [{ from: 'CN-HGH', route: 'dhl-express-cn', dispatchAt: '2026-11-03 15:30' }],
  },
  {
    key: 'marco-nov', customer: 'marco', channel: 'shopify', placedAt: '2026-11-03 11:10', processedAt: '2026-11-03 11:45',
    items: [['HH-HCS-M-WHITE-44', 1], ['HH-MES-L', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'card',
    shipments: [{ from: 'NL-RTM', route: 'dhl-paket', dispatchAt: '2026-11-03 15:20', outcome: 'returned-to-sender' }],
    tags: ['returned-to-sender', 'address-issue'],
    supportNotes: [
      '2026-11-11: parcel came back to Rotterdam – DHL could not deliver because the address has no scala/interno (apartment number). E-mailed the customer to confirm the full address. Options: reship at the standard rate (€5.95) once confirmed, or refund of the items (original shipping not refunded). No reply yet.',
    ],
  },
  {
    key: 'lucia-nov', customer: 'lucia', channel: 'shopify', placedAt: '2026-11-04 21:05', processedAt: '2026-11-05 09:30',
    items: [['HH-NZC-W-RUST-S', 1], ['HH-MES-S', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'card',
    shipments: [{ from: 'CN-HGH', route: 'yunexpress', lastMile: 'correos', dispatchAt: '2026-11-06 16:10', outcome: 'customs-hold' }],
    tags: ['customs-hold'],
    supportNotes: [
      '2026-11-16: customer asked (in Spanish) why the parcel is stuck in Madrid. Explained: selected for a customs inspection; IOSS VAT was already paid at checkout, nothing to pay. Inspections usually clear within 2–5 business days; if Spanish customs asks for documents we provide the invoice and IOSS number.',
    ],
  },
  {
    key: 'pablo-nov', customer: 'pablo', channel: 'shopify', placedAt: '2026-10-31 00:10', processedAt: '2026-11-02 03:20',
    items: [['HH-NZC-M-NAVY-M', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'paypal',
    shipments: [{ from: 'CN-HGH', route: '4px', lastMile: 'correos', dispatchAt: '2026-11-02 15:00', delayDays: 15 }],
  },
  {
    key: 'lina-nov', customer: 'lina', channel: 'shopify', placedAt: '2026-11-06 18:30', processedAt: '2026-11-06 18:35',
    items: [['HH-VWC-W-CAMEL-M', 1], ['HH-HCS-W-WHITE-37', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'alipay',
    shipments: [
      { skus: ['HH-VWC-W-CAMEL-M'], from: 'US-EWR', route: 'ups-ground', dispatchAt: '2026-11-06 12:40' },
      { skus: ['HH-HCS-W-WHITE-37'], from: 'CN-HGH', route: 'yunexpress', lastMile: 'usps', dispatchAt: '2026-11-10 17:20', delayDays: 6 },
    ],
    tags: ['split-shipment'],
    supportNotes: ['The sneakers (EU 37) were out of stock in New Jersey, so they ship separately from Hangzhou (Tracked Standard, import duties for that item collected at checkout). The coat shipped from New Jersey.'],
  },
  {
    key: 'femke-nov', customer: 'femke', channel: 'shopify', placedAt: '2026-11-09 10:05', processedAt: '2026-11-09 10:50',
    items: [['HH-KDC-W-FOREST-M', 1], ['HH-LRS-GREY-MELANGE', 1], ['HH-SLS-W-TAN-38', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'ideal', code: 'WELCOME10',
    shipments: [{ from: 'NL-RTM', route: 'postnl-nl', dispatchAt: '2026-11-09 14:30' }],
  },
  {
    key: 'ben-nov', customer: 'ben', channel: 'shopify', placedAt: '2026-11-09 19:30', processedAt: '2026-11-10 14:10',
    items: [['HH-CCT-NATURAL', 1], ['HH-MES-L', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'card',
    shipments: [
      { from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-11-10 11:00' },
      { skus: ['HH-CCT-NATURAL'], from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-11-18 10:30', reshipOf: 0 },
    ],
    tags: ['reshipped'],
    returns: [{
      type: 'claim', createdAt: '2026-11-16 19:05', status: 'approved', lines: [['HH-CCT-NATURAL', 1]], reason: 'damaged',
      comment: 'One of the leather handles on the tote is torn where it is stitched to the bag, and there is a grease stain on the front. Photos attached.',
      label: { route: 'usps-return', createdAt: '2026-11-17 09:20', paidBy: 'store' },
      photos: true,
      resolution: 'Damage reported with photos within 14 days of delivery. Free replacement shipped from New Jersey on 2026-11-18. Item is above the US$55 no-return threshold, so a prepaid USPS label was sent for the damaged tote.',
    }],
  },
  {
    key: 'ryan-nov', customer: 'ryan', channel: 'shopify', placedAt: '2026-11-10 14:00', processedAt: '2026-11-11 03:20',
    items: [['HH-VWC-M-CAMEL-M', 1]], warehouse: 'CN-HGH', method: 'express', payment: 'card',
    shipments: [{ from: 'CN-HGH', route: 'ups-cn', dispatchAt: '2026-11-11 15:10' }],
    supportNotes: ['2026-11-14: customer asked why UPS charged GST/HST and a brokerage fee on delivery. Explained that Canadian orders ship DAP: taxes, duty and brokerage are payable on delivery and are not collected at checkout.'],
  },
  {
    key: 'harriet-nov', customer: 'harriet', channel: 'shopify', placedAt: '2026-11-11 20:45', processedAt: '2026-11-12 08:05',
    items: [['HH-PDJ-U-MOSS-M', 1], ['HH-LRS-CAMEL', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'card',
    shipments: [{ skus: ['HH-LRS-CAMEL'], from: 'NL-RTM', route: 'postnl-royal-mail', lastMile: 'royal-mail', dispatchAt: '2026-11-12 14:10' }],
    backorder: [{ sku: 'HH-PDJ-U-MOSS-M', note: 'Backordered (sold out everywhere); ships free from Hangzhou with Tracked Standard when restocked, expected 2026-12-04. Can be cancelled any time before it ships.' }],
    tags: ['backorder'],
  },
  {
    key: 'jordan-cancelled', customer: 'jordan', channel: 'shopify', placedAt: '2026-11-12 21:10',
    items: [['HH-HSJ-M-W34-L34', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'card', code: 'WELCOME10',
    cancel: { at: '2026-11-12 21:38', reason: 'customer', financial: 'voided', note: 'Cancelled by the customer within the 1-hour change window (ordered L34 instead of L32). Card authorisation released.' },
  },
  {
    key: 'jordan-nov', customer: 'jordan', channel: 'shopify', placedAt: '2026-11-12 21:46', processedAt: '2026-11-13 14:20',
    items: [['HH-HSJ-M-W34-L32', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'card', code: 'WELCOME10',
    shipments: [{ from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-11-13 11:35' }],
    supportNotes: ['Re-order of the cancelled order; WELCOME10 was released by the cancellation and applied again.'],
  },
  {
    key: 'diego-nov', customer: 'diego', channel: 'shopify', placedAt: '2026-11-10 07:00', processedAt: '2026-11-11 03:00',
    items: [['HH-MES-M', 1], ['HH-LRS-GREY-MELANGE', 1]], warehouse: 'CN-HGH', method: 'economy', payment: 'paypal',
    shipments: [{ from: 'CN-HGH', route: 'china-post', dispatchAt: '2026-11-12 16:45' }],
  },
  {
    key: 'ines-nov', customer: 'ines', channel: 'shopify', placedAt: '2026-11-13 10:30', processedAt: '2026-11-13 11:10',
    items: [['HH-KDC-W-ECRU-S', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'mb_way',
    shipments: [{ from: 'NL-RTM', route: 'postnl-ctt', lastMile: 'ctt', dispatchAt: '2026-11-13 15:00', outcome: 'attempt-then-pickup' }],
  },
  {
    key: 'misaki-nov', customer: 'misaki', channel: 'shopify', placedAt: '2026-11-05 15:10', processedAt: '2026-11-06 03:35',
    items: [['HH-NZC-W-NAVY-M', 1], ['HH-BST-W-RED-STRIPE-M', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'paypay',
    shipments: [
      { from: 'CN-HGH', route: 'yunexpress', lastMile: 'yamato', dispatchAt: '2026-11-06 16:40', delayDays: 1 },
      { skus: ['HH-NZC-W-NAVY-M'], from: 'CN-HGH', route: 'yunexpress', lastMile: 'yamato', dispatchAt: '2026-11-18 17:00', reshipOf: 0 },
    ],
    tags: ['reshipped'],
    returns: [{
      type: 'claim', createdAt: '2026-11-14 21:40', status: 'in_transit', lines: [['HH-NZC-W-NAVY-M', 1]], reason: 'wrong_item',
      comment: 'ネイビーのMを注文しましたが、届いたのはラストのMでした。写真を添付します。',
      label: { route: 'japan-post-ems-return', createdAt: '2026-11-19 10:15', droppedOffAt: '2026-11-20 11:30', paidBy: 'store' },
      photos: true,
      resolution: 'Wrong colour sent (Rust instead of Navy). Correct item reshipped free from Hangzhou on 2026-11-18 without waiting for the return. Item is above the ¥8,000 threshold, so a prepaid EMS label was sent for the wrong jumper.',
    }],
  },
  {
    key: 'noah-nov', customer: 'noah', channel: 'shopify', placedAt: '2026-11-15 02:20', processedAt: '2026-11-18 03:10',
    items: [['HH-HSJ-M-W32-L32', 1], ['HH-HOS-M-LIGHT-BLUE-M', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'afterpay', code: 'HEMFRIEND15',
    shipments: [{ from: 'CN-HGH', route: 'yunexpress', lastMile: 'australia-post', dispatchAt: '2026-11-18 16:30' }],
  },
  {
    key: 'zoe-nov', customer: 'zoe', channel: 'shopify', placedAt: '2026-11-16 09:30', processedAt: '2026-11-17 02:40',
    items: [['HH-VWC-W-BLACK-M', 1], ['HH-KCB-W-DARK-BROWN-39', 1], ['HH-LRS-CAMEL', 1]], warehouse: 'CN-HGH', method: 'express', payment: 'card',
    shipments: [{ from: 'CN-HGH', route: 'dhl-express-cn', dispatchAt: '2026-11-17 15:50', outcome: 'duties-due' }],
    tags: ['customs-hold'],
    supportNotes: ['Order value is above A$1,000, so Australian GST and duty apply on import (DAP). DHL has contacted the customer for payment; the parcel is released once paid.'],
  },
  {
    key: 'carmen-nov', customer: 'carmen', channel: 'shopify', placedAt: '2026-11-18 01:20', processedAt: '2026-11-18 14:35',
    items: [['HH-DLD-W-SAND-S', 1], ['HH-MPS-W-NAVY-STRIPE-S', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'paypal',
    shipments: [{ from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-11-18 10:55', outcome: 'attempt-then-delivered' }],
  },
  {
    key: 'tom-nov', customer: 'tom', channel: 'shopify', placedAt: '2026-11-19 10:20', processedAt: '2026-11-19 14:05',
    items: [['HH-LLB-M-BLACK-44', 1], ['HH-MES-L', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'card',
    shipments: [{ from: 'US-EWR', route: 'ups-ground', dispatchAt: '2026-11-19 11:30' }],
  },
  {
    key: 'tobias-nov', customer: 'tobias', channel: 'shopify', placedAt: '2026-11-19 11:20', processedAt: '2026-11-19 12:00',
    items: [['HH-NZC-M-CHARCOAL-L', 1], ['HH-MES-M', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'paypal',
    shipments: [{ from: 'NL-RTM', route: 'dhl-paket', dispatchAt: '2026-11-19 15:30' }],
  },
  {
    key: 'emilie-nov', customer: 'emilie', channel: 'shopify', placedAt: '2026-11-19 12:00', processedAt: '2026-11-20 02:30',
    items: [['HH-NZC-W-OAT-S', 1], ['HH-LRS-RUST', 1]], warehouse: 'CN-HGH', method: 'express', payment: 'card',
    shipments: [{ from: 'CN-HGH', route: 'dhl-express-cn', dispatchAt: '2026-11-20 16:00' }],
  },
  {
    key: 'chiara-nov', customer: 'chiara', channel: 'shopify', placedAt: '2026-11-20 11:02', processedAt: '2026-11-20 11:30',
    items: [['HH-NZC-W-NAVY-S', 1], ['HH-LRS-CAMEL', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'card',
    shipments: [{ from: 'NL-RTM', route: 'dhl-paket', dispatchAt: '2026-11-20 15:40' }],
  },
  {
    key: 'sam-nov', customer: 'sam', channel: 'shopify', placedAt: '2026-11-20 22:40', processedAt: '2026-11-23 09:10',
    items: [['HH-NZC-M-NAVY-L', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'apple_pay',
  },
  {
    key: 'kenta-konbini', customer: 'kenta', channel: 'shopify', placedAt: '2026-11-22 12:20',
    items: [['HH-PDJ-U-NAVY-M', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'konbini',
    konbini: { chain: 'Lawson', slipIssuedAt: '2026-11-22 20:21', dueAt: '2026-11-25 23:59' },
    supportNotes: ['Konbini payment not received yet. The order goes to the warehouse only after payment and is cancelled automatically if unpaid by the due date.'],
  },
  {
    key: 'hao-nov', customer: 'hao', channel: 'shopify', placedAt: '2026-11-22 03:15',
    items: [['HH-PDJ-U-BLACK-L', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'alipay',
  },
  {
    key: 'daan-now', customer: 'daan', channel: 'shopify', placedAt: '2026-11-23 08:40',
    items: [['HH-SKR-U-BLACK-L', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'ideal',
  },
  {
    key: 'lea-now', customer: 'lea', channel: 'shopify', placedAt: '2026-11-23 09:20', processedAt: '2026-11-23 09:48',
    items: [['HH-KCB-W-BLACK-38', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'card',
  },
  {
    key: 'rachel-now', customer: 'rachel', channel: 'shopify', placedAt: '2026-11-23 09:35',
    items: [['HH-HCS-W-WHITE-NAVY-38', 1], ['HH-MES-S', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'card',
    note: 'Gift – please leave out the packing slip with prices.',
  },
];

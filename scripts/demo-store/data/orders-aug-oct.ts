/**
 * Online-store orders placed August–October 2026: mostly delivered, some returned, exchanged,
 * refunded, lost or with a warranty claim. Times: placedAt/processedAt in Europe/Amsterdam, dispatch
 * in the warehouse's zone, RMA and label times in the customer's zone.
 */
import type { OrderSpec } from './order-types.js';

export const ORDERS_AUG_OCT: OrderSpec[] = [
  {
    key: 'rachel-aug', customer: 'rachel', channel: 'shopify', placedAt: '2026-08-14 05:12', processedAt: '2026-08-14 15:02',
    items: [['HH-NZC-W-OAT-M', 1], ['HH-MES-M', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'card',
    shipments: [{ from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-08-14 11:40' }],
  },
  {
    key: 'tobias-aug', customer: 'tobias', channel: 'shopify', placedAt: '2026-08-20 09:31', processedAt: '2026-08-20 10:15',
    items: [['HH-LLB-M-DARK-BROWN-43', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'paypal',
    shipments: [{ from: 'NL-RTM', route: 'dhl-paket', dispatchAt: '2026-08-20 15:10' }],
    returns: [{
      type: 'claim', createdAt: '2026-11-17 19:22', status: 'in_transit', lines: [['HH-LLB-M-DARK-BROWN-43', 1]], reason: 'defective',
      comment: 'Die Sohle löst sich am linken Stiefel vorne von der Rahmennaht, nach knapp drei Monaten normalem Tragen. Fotos anbei.',
      label: { route: 'dhl-paket-return', createdAt: '2026-11-18 09:40', droppedOffAt: '2026-11-20 16:05', paidBy: 'store' },
      photos: true,
      resolution: 'Warranty claim (footwear: 2 years against manufacturing defects). Photos show the welt stitching coming loose at the toe. Prepaid DHL return label sent; the boot will be repaired or replaced after inspection in Rotterdam.',
    }],
    supportNotes: ['2026-11-18: warranty claim approved for inspection (RMA). Customer prefers a replacement pair over a repair if possible.'],
  },
  {
    key: 'misaki-sep', customer: 'misaki', channel: 'shopify', placedAt: '2026-09-02 14:20', processedAt: '2026-09-03 03:10',
    items: [['HH-KDC-W-ECRU-M', 1]], warehouse: 'CN-HGH', method: 'express', payment: 'card',
    shipments: [{ from: 'CN-HGH', route: 'dhl-express-cn', dispatchAt: '2026-09-03 16:05' }],
  },
  {
    key: 'hao-sep', customer: 'hao', channel: 'shopify', placedAt: '2026-09-02 05:48', processedAt: '2026-09-02 14:30',
    items: [['HH-HOS-M-WHITE-L', 1]], warehouse: 'US-EWR', method: 'express', payment: 'alipay',
    shipments: [{ from: 'US-EWR', route: 'fedex-2day', dispatchAt: '2026-09-02 10:50' }],
  },
  {
    key: 'harriet-sep', customer: 'harriet', channel: 'shopify', placedAt: '2026-09-10 10:05', processedAt: '2026-09-10 11:20',
    items: [['HH-MPS-W-WHITE-S', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'paypal',
    shipments: [{ from: 'NL-RTM', route: 'postnl-royal-mail', lastMile: 'royal-mail', dispatchAt: '2026-09-10 15:30' }],
  },
  {
    key: 'daan-sep', customer: 'daan', channel: 'shopify', placedAt: '2026-09-15 11:02', processedAt: '2026-09-15 11:40',
    items: [['HH-WLD-COGNAC', 1]], warehouse: 'NL-RTM', method: 'express', payment: 'ideal',
    shipments: [{ from: 'NL-RTM', route: 'dhl-express-eu', dispatchAt: '2026-09-15 16:10' }],
    note: 'Graag afleveren bij de buren op nr. 126 als ik niet thuis ben.',
  },
  {
    key: 'diego-sep', customer: 'diego', channel: 'shopify', placedAt: '2026-09-18 21:40', processedAt: '2026-09-21 03:30',
    items: [['HH-HSJ-M-W32-L32', 1], ['HH-HOS-M-WHITE-M', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'paypal', code: 'WELCOME10',
    shipments: [{ from: 'CN-HGH', route: 'yunexpress', lastMile: 'usps', dispatchAt: '2026-09-21 17:05' }],
    supportNotes: ['Jeans W32/L32 were not in stock in New Jersey at order time, so the whole order shipped from Hangzhou (import duties collected at checkout).'],
  },
  {
    key: 'chiara-sep', customer: 'chiara', channel: 'shopify', placedAt: '2026-09-24 13:55', processedAt: '2026-09-24 14:30',
    items: [['HH-DLD-W-INDIGO-M', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'card', code: 'WELCOME10',
    shipments: [{ from: 'NL-RTM', route: 'dhl-paket', dispatchAt: '2026-09-24 16:20' }],
    returns: [{
      type: 'return', createdAt: '2026-11-20 18:14', status: 'rejected', lines: [['HH-DLD-W-INDIGO-M', 1]], reason: 'changed_mind',
      comment: "Vorrei restituire il vestito, non l'ho mai indossato. È ancora possibile?",
      resolution: 'Declined: delivered on 2026-09-28, so the 45-day return window ended on 2026-11-12. The holiday extension only covers items delivered from 1 November. Item is not faulty.',
    }],
  },
  {
    key: 'zoe-sep', customer: 'zoe', channel: 'shopify', placedAt: '2026-09-27 11:30', processedAt: '2026-09-29 04:00',
    items: [['HH-SKR-U-OLIVE-S', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'afterpay',
    shipments: [{ from: 'CN-HGH', route: 'yunexpress', lastMile: 'australia-post', dispatchAt: '2026-09-30 15:20', delayDays: 5 }],
  },
  {
    key: 'fiona-oct', customer: 'fiona', channel: 'shopify', placedAt: '2026-09-30 08:10', processedAt: '2026-10-01 03:40',
    items: [['HH-LRS-GREY-MELANGE', 1]], warehouse: 'CN-HGH', method: 'economy', payment: 'card',
    shipments: [
      { from: 'CN-HGH', route: 'china-post', dispatchAt: '2026-10-02 16:30', stallAfter: 4 },
      { from: 'NL-RTM', route: 'postnl-royal-mail', lastMile: 'royal-mail', dispatchAt: '2026-11-03 15:15', reshipOf: 0 },
    ],
    tags: ['reshipped'],
    supportNotes: [
      '2026-11-02: customer reported the scarf missing. China Post tracking has had no update since 2026-10-05 (lost-parcel rule: 21 days without an update). Customer chose a free reshipment; resent from Rotterdam on 2026-11-03.',
    ],
  },
  {
    key: 'emilie-oct', customer: 'emilie', channel: 'shopify', placedAt: '2026-10-01 03:10', processedAt: '2026-10-01 09:20',
    items: [['HH-PDJ-U-BLACK-S', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'card',
    shipments: [{ from: 'CN-HGH', route: 'yunexpress', lastMile: 'canada-post', dispatchAt: '2026-10-02 17:45', delayDays: 3 }],
  },
  {
    key: 'hugo-oct1', customer: 'hugo', channel: 'shopify', placedAt: '2026-10-05 09:45', processedAt: '2026-10-05 10:30',
    items: [['HH-HCS-M-WHITE-43', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'paypal',
    shipments: [{ from: 'NL-RTM', route: 'postnl-colissimo', lastMile: 'colissimo', dispatchAt: '2026-10-05 15:05' }],
  },
  {
    key: 'jana-oct', customer: 'jana', channel: 'shopify', placedAt: '2026-10-06 20:15', processedAt: '2026-10-07 08:10',
    items: [['HH-EVJ-W-28-REGULAR', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'klarna',
    shipments: [{ from: 'NL-RTM', route: 'dhl-paket', dispatchAt: '2026-10-07 11:30' }],
    tags: ['exchange-requested'],
    returns: [{
      type: 'exchange', createdAt: '2026-11-18 21:03', status: 'in_transit', lines: [['HH-EVJ-W-28-REGULAR', 1]], reason: 'too_small',
      comment: 'Die Jeans sitzt an der Hüfte zu eng. Ich hätte sie gern eine Nummer größer, also 29 in Regular.',
      label: { route: 'dhl-paket-return', createdAt: '2026-11-18 21:10', droppedOffAt: '2026-11-21 11:05', paidBy: 'store' },
      exchangeTo: { sku: 'HH-EVJ-W-29-REGULAR', status: 'processing', shipsWhen: 'ships from Rotterdam on 2026-11-23, after the return got its first carrier scan on 2026-11-21' },
      resolution: 'Free size exchange within the return window (delivered 2026-10-09, window until 2026-11-23). Prepaid DHL return label issued; replacement reserved in Rotterdam.',
    }],
  },
  {
    key: 'tiago-oct', customer: 'tiago', channel: 'shopify', placedAt: '2026-10-12 22:30', processedAt: '2026-10-13 08:40',
    items: [['HH-HSJ-M-W31-L32', 1], ['HH-HOS-M-WHITE-M', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'mb_way',
    shipments: [{ from: 'NL-RTM', route: 'postnl-ctt', lastMile: 'ctt', dispatchAt: '2026-10-13 14:45' }],
    tags: ['returned'],
    returns: [{
      type: 'return', createdAt: '2026-10-25 18:30', status: 'refunded', lines: [['HH-HSJ-M-W31-L32', 1]], reason: 'too_big',
      comment: 'As calças ficam largas na cintura. Quero devolver só as calças, a camisa fico com ela.',
      label: { route: 'ctt-return', createdAt: '2026-10-25 18:35', droppedOffAt: '2026-10-27 12:20', paidBy: 'store' },
      refund: { issuedAt: '2026-11-03 11:15', note: 'Return of the jeans received and inspected (unworn, tags attached). Refunded to MB WAY; the shirt was kept.' },
      resolution: 'Returned with a free CTT label. Received in Rotterdam, inspected, partial refund issued.',
    }],
  },
  {
    key: 'sam-oct', customer: 'sam', channel: 'shopify', placedAt: '2026-10-14 19:20', processedAt: '2026-10-15 08:30',
    items: [['HH-HOS-M-LIGHT-BLUE-L', 1], ['HH-OCB-M-M', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'card',
    shipments: [{ from: 'NL-RTM', route: 'postnl-royal-mail', lastMile: 'royal-mail', dispatchAt: '2026-10-15 13:20' }],
    returns: [{
      type: 'return', createdAt: '2026-11-02 20:41', status: 'rejected', lines: [['HH-OCB-M-M', 1]], reason: 'too_small',
      comment: "The boxers are too tight, can I send them back? Haven't worn them, only tried one pair on.",
      resolution: 'Declined: underwear is final sale and cannot be returned or exchanged unless faulty. Suggested size L for a future order.',
    }],
  },
  {
    key: 'kenta-oct', customer: 'kenta', channel: 'shopify', placedAt: '2026-10-15 16:45', processedAt: '2026-10-16 04:05',
    items: [['HH-HCS-M-BLACK-42', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'paypay',
    shipments: [{ from: 'CN-HGH', route: '4px', lastMile: 'japan-post', dispatchAt: '2026-10-16 15:40', delayDays: 3 }],
    tags: ['returned'],
    returns: [{
      type: 'return', createdAt: '2026-11-08 21:15', status: 'refunded', lines: [['HH-HCS-M-BLACK-42', 1]], reason: 'too_big',
      comment: '普段26.5cmですが、少し大きかったので返品します。室内で試しただけです。',
      label: { route: 'japan-post-ems-return', createdAt: '2026-11-10 10:05', droppedOffAt: '2026-11-10 10:05', paidBy: 'customer' },
      refund: { issuedAt: '2026-11-19 09:30', note: 'Return received in Hangzhou and inspected (tried on indoors only). Refunded to PayPay. Return postage was paid by the customer.' },
      resolution: 'Japan: return postage paid by the customer (sent by EMS to Hangzhou). Refunded after inspection.',
    }],
  },
  {
    key: 'rachel-oct', customer: 'rachel', channel: 'shopify', placedAt: '2026-10-16 18:05', processedAt: '2026-10-16 18:40',
    items: [['HH-VWC-W-BLACK-M', 1], ['HH-LRS-RUST', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'card', code: 'VIP20',
    shipments: [{ from: 'US-EWR', route: 'ups-ground', dispatchAt: '2026-10-16 14:30' }],
    tags: ['return-requested'],
    returns: [{
      type: 'return', createdAt: '2026-11-16 20:12', status: 'in_transit', lines: [['HH-VWC-W-BLACK-M', 1]], reason: 'not_as_expected',
      comment: 'Beautiful coat but longer on me than I expected. Returning it for a refund, keeping the scarf.',
      label: { route: 'usps-return', createdAt: '2026-11-16 20:20', droppedOffAt: '2026-11-20 12:40', paidBy: 'store' },
      refund: {},
      resolution: 'Free prepaid USPS return label (US). Refund of the coat (price after the VIP20 discount) to the card after inspection in New Jersey.',
    }],
  },
  {
    key: 'hugo-oct2', customer: 'hugo', channel: 'shopify', placedAt: '2026-10-18 21:00', processedAt: '2026-10-19 08:20',
    items: [['HH-VWC-M-NAVY-M', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'card',
    shipments: [{ from: 'NL-RTM', route: 'postnl-colissimo', lastMile: 'colissimo', dispatchAt: '2026-10-19 11:10' }],
    tags: ['returned'],
    returns: [{
      type: 'return', createdAt: '2026-10-29 19:50', status: 'refunded', lines: [['HH-VWC-M-NAVY-M', 1]], reason: 'too_big',
      comment: 'Le manteau est trop large aux épaules, je préfère être remboursé.',
      label: { route: 'colissimo-return', createdAt: '2026-10-29 19:55', droppedOffAt: '2026-10-30 11:15', paidBy: 'store' },
      refund: { issuedAt: '2026-11-04 10:20', note: 'Return received and inspected. Full refund to the card (shipping was free).' },
      resolution: 'Returned with a free Colissimo label. Refunded in full.',
    }],
  },
  {
    key: 'aisha-oct', customer: 'aisha', channel: 'shopify', placedAt: '2026-10-19 22:10', processedAt: '2026-10-21 02:30',
    items: [['HH-KDC-W-FOREST-M', 1], ['HH-BST-W-NAVY-STRIPE-M', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'card',
    shipments: [{ from: 'CN-HGH', route: 'yunexpress', lastMile: 'usps', dispatchAt: '2026-10-21 16:20', stallAfter: 10 }],
  },
  {
    key: 'carmen-oct', customer: 'carmen', channel: 'shopify', placedAt: '2026-10-27 15:30', processedAt: '2026-10-27 15:55',
    items: [['HH-EVJ-W-26-SHORT', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'paypal',
    shipments: [{ from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-10-27 11:15' }],
    tags: ['exchange-requested'],
    returns: [{
      type: 'exchange', createdAt: '2026-11-19 20:30', status: 'approved', lines: [['HH-EVJ-W-26-SHORT', 1]], reason: 'too_small',
      comment: 'Me quedan justos de cintura. ¿Me los pueden cambiar por la talla 27, mismo largo Short?',
      label: { route: 'usps-return', createdAt: '2026-11-19 20:35', paidBy: 'store' },
      exchangeTo: { sku: 'HH-EVJ-W-27-SHORT', status: 'reserved', shipsWhen: 'as soon as the return parcel gets its first USPS scan' },
      resolution: 'Free size exchange. Prepaid USPS return label e-mailed; awaiting drop-off.',
    }],
  },
];

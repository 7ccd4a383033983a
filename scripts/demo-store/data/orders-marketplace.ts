/** Amazon, TikTok Shop and eBay orders (merchant-fulfilled from our own warehouses). */
import type { OrderSpec } from './order-types.js';

export const ORDERS_MARKETPLACE: OrderSpec[] = [
  {
    key: 'kevin-oct', customer: 'kevin', channel: 'amazon', marketplaceId: '114-3928471-5061928', placedAt: '2026-10-02 17:25', processedAt: '2026-10-05 14:10',
    items: [['HH-HOS-M-WHITE-L', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'amazon',
    shipments: [{ from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-10-05 10:20' }],
  },
  {
    key: 'stefan-oct', customer: 'stefan', channel: 'amazon', marketplaceId: '305-6619034-4172856', placedAt: '2026-10-24 10:12', processedAt: '2026-10-26 08:30',
    items: [['HH-NZC-M-CHARCOAL-M', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'amazon',
    shipments: [{ from: 'NL-RTM', route: 'dhl-paket', dispatchAt: '2026-10-26 13:40' }],
    tags: ['return-requested'],
    supportNotes: ['2026-11-15: buyer opened a return in Amazon (reason: too small). Amazon issued the return label; refund will be issued by Amazon after the parcel reaches Rotterdam. Amazon return window: 30 days from delivery.'],
  },
  {
    key: 'alyssa-nov', customer: 'alyssa', channel: 'tiktok', marketplaceId: '576934218807462913', placedAt: '2026-11-09 04:30', processedAt: '2026-11-09 14:15',
    items: [['HH-BST-W-RED-STRIPE-S', 1], ['HH-MES-S', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'tiktok',
    shipments: [{ from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-11-09 10:40' }],
  },
  {
    key: 'sho-nov', customer: 'sho', channel: 'amazon', marketplaceId: '503-4471829-6620931', placedAt: '2026-11-09 08:40', processedAt: '2026-11-10 02:50',
    items: [['HH-SKR-U-BLACK-M', 1]], warehouse: 'CN-HGH', method: 'standard', payment: 'amazon',
    shipments: [{ from: 'CN-HGH', route: 'yunexpress', lastMile: 'yamato', dispatchAt: '2026-11-10 16:10', delayDays: 6 }],
  },
  {
    key: 'brittany-nov', customer: 'brittany', channel: 'amazon', marketplaceId: '114-0472916-8835204', placedAt: '2026-11-11 02:40', processedAt: '2026-11-11 14:30',
    items: [['HH-CCT-NAVY', 1], ['HH-MES-S', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'amazon',
    shipments: [{ from: 'US-EWR', route: 'usps-ground', dispatchAt: '2026-11-11 10:35' }],
    tags: ['delivery-dispute'],
    supportNotes: [
      '2026-11-17: buyer wrote via Amazon messages that the parcel shows delivered but never arrived. Asked her to check with neighbours and the mailroom and wait 2 business days.',
      '2026-11-20: still not found. Opened a USPS investigation (up to 10 business days). If nothing turns up, the buyer can be refunded or reshipped through Amazon.',
    ],
  },
  {
    key: 'gareth-nov', customer: 'gareth', channel: 'ebay', marketplaceId: '24-13807-55291', placedAt: '2026-11-12 21:30', processedAt: '2026-11-13 08:20',
    items: [['HH-LLB-M-BLACK-43', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'ebay',
    shipments: [{ from: 'NL-RTM', route: 'postnl-royal-mail', lastMile: 'royal-mail', dispatchAt: '2026-11-13 13:30' }],
  },
  {
    key: 'uwe-nov', customer: 'uwe', channel: 'ebay', marketplaceId: '06-13822-40917', placedAt: '2026-11-14 10:05', processedAt: '2026-11-16 08:15',
    items: [['HH-HSJ-M-W33-L32', 1], ['HH-ZSS-M-CORAL-L', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'ebay',
    shipments: [{ from: 'NL-RTM', route: 'dhl-paket', dispatchAt: '2026-11-16 14:20' }],
  },
  {
    key: 'chloe-nov', customer: 'chloe', channel: 'tiktok', marketplaceId: '578014493620751836', placedAt: '2026-11-17 22:10', processedAt: '2026-11-19 08:50',
    items: [['HH-NZC-W-OAT-M', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'tiktok',
    shipments: [{ from: 'NL-RTM', route: 'postnl-royal-mail', lastMile: 'royal-mail', dispatchAt: '2026-11-19 15:00' }],
  },
  {
    key: 'makayla-nov', customer: 'makayla', channel: 'tiktok', marketplaceId: '576951067332849104', placedAt: '2026-11-19 06:10', processedAt: '2026-11-19 14:20',
    items: [['HH-EVJ-W-26-REGULAR', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'tiktok',
    shipments: [{ from: 'US-EWR', route: 'ups-ground', dispatchAt: '2026-11-19 11:05' }],
  },
  {
    key: 'kevin-nov', customer: 'kevin', channel: 'amazon', marketplaceId: '114-8163052-2947310', placedAt: '2026-11-20 03:55', processedAt: '2026-11-20 14:05',
    items: [['HH-DCC-M-NAVY-W32-L32', 1]], warehouse: 'US-EWR', method: 'standard', payment: 'amazon',
    shipments: [{ from: 'US-EWR', route: 'ups-ground', dispatchAt: '2026-11-20 10:45' }],
  },
  {
    key: 'miriam-cancelled', customer: 'miriam', channel: 'amazon', marketplaceId: '305-2280547-9913064', placedAt: '2026-11-22 20:55',
    items: [['HH-EVJ-W-29-REGULAR', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'amazon',
    cancel: { at: '2026-11-22 21:04', reason: 'customer', financial: 'voided', note: 'Buyer cancelled in Amazon before processing (wrong length); payment authorisation voided by Amazon.' },
  },
  {
    key: 'miriam-nov', customer: 'miriam', channel: 'amazon', marketplaceId: '305-7742918-0356127', placedAt: '2026-11-22 21:10',
    items: [['HH-EVJ-W-29-LONG', 1]], warehouse: 'NL-RTM', method: 'standard', payment: 'amazon',
  },
];

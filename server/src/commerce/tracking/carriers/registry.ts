/**
 * The carrier catalogue: display name, public tracking page and home markets per slug. Slugs follow
 * AfterShip's where one exists (`dhl` is DHL Express, `dhl-germany` is DHL Paket).
 */

import { postalOperatorEntries } from './postal-operators.js';

export interface CarrierInfo {
  slug: string;
  name: string;
  /** Public tracking page; `{number}` is replaced by the URL-encoded tracking number. */
  url: string;
  /**
   * Countries where the carrier delivers domestically. Empty for carriers that work worldwide; a
   * country hint that matches raises a carrier, one that does not lowers it (see detect.ts).
   */
  countries: readonly string[];
}

const T17 = 'https://t.17track.net/en#nums={number}';

const LIST: CarrierInfo[] = [
  // Express integrators
  { slug: 'ups', name: 'UPS', url: 'https://www.ups.com/track?tracknum={number}', countries: [] },
  { slug: 'fedex', name: 'FedEx', url: 'https://www.fedex.com/fedextrack/?trknbr={number}', countries: [] },
  { slug: 'dhl', name: 'DHL Express', url: 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={number}', countries: [] },
  { slug: 'dhl-ecommerce', name: 'DHL eCommerce', url: 'https://webtrack.dhlecs.com/?trackingnumber={number}', countries: [] },
  // Cross-border lines from China
  { slug: 'yunexpress', name: 'YunExpress', url: 'https://www.yuntrack.com/parcelTracking?id={number}', countries: [] },
  { slug: '4px', name: '4PX', url: 'https://track.4px.com/#/result/0/{number}', countries: [] },
  { slug: 'cainiao', name: 'Cainiao', url: 'https://global.cainiao.com/newDetail.htm?mailNoList={number}', countries: [] },
  { slug: 'china-post', name: 'China Post', url: T17, countries: ['CN'] },
  { slug: 'china-ems', name: 'China EMS', url: T17, countries: ['CN'] },
  // North America
  { slug: 'usps', name: 'USPS', url: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={number}', countries: ['US'] },
  { slug: 'amazon', name: 'Amazon Logistics', url: 'https://track.amazon.com/tracking/{number}', countries: ['US', 'CA', 'GB', 'DE', 'FR', 'ES', 'IT', 'JP'] },
  { slug: 'ontrac', name: 'OnTrac', url: 'https://www.ontrac.com/tracking/?number={number}', countries: ['US'] },
  { slug: 'lasership', name: 'LaserShip', url: 'https://www.ontrac.com/tracking/?number={number}', countries: ['US'] },
  { slug: 'gofo', name: 'GOFO Express', url: 'https://www.gofoexpress.com/tracking?trackingNumber={number}', countries: ['US'] },
  { slug: 'spee-dee', name: 'Spee-Dee Delivery', url: 'https://speedeedelivery.com/track-a-shipment/?tracking={number}', countries: ['US'] },
  { slug: 'old-dominion', name: 'Old Dominion Freight Line', url: 'https://www.odfl.com/us/en/tools/trace-track-ltl-freight/trace.html?proNumbers={number}', countries: ['US'] },
  { slug: 'canada-post', name: 'Canada Post', url: 'https://www.canadapost-postescanada.ca/track-reperage/en#/details/{number}', countries: ['CA'] },
  { slug: 'purolator', name: 'Purolator', url: 'https://www.purolator.com/en/shipping/tracker?pin={number}', countries: ['CA'] },
  { slug: 'canpar', name: 'Canpar Express', url: 'https://www.canpar.com/en/tracking/delivery_options.htm?barcode={number}', countries: ['CA'] },
  // Europe
  { slug: 'dhl-germany', name: 'DHL Paket', url: 'https://www.dhl.de/en/privatkunden/pakete-empfangen/verfolgen.html?piececode={number}', countries: ['DE'] },
  { slug: 'deutsche-post', name: 'Deutsche Post', url: 'https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode={number}', countries: ['DE'] },
  { slug: 'royal-mail', name: 'Royal Mail', url: 'https://www.royalmail.com/track-your-item#/tracking-results/{number}', countries: ['GB'] },
  { slug: 'yodel', name: 'Yodel', url: 'https://www.yodel.co.uk/tracking/{number}', countries: ['GB'] },
  { slug: 'colissimo', name: 'Colissimo', url: 'https://www.laposte.fr/outils/suivre-vos-envois?code={number}', countries: ['FR'] },
  { slug: 'la-poste', name: 'La Poste', url: 'https://www.laposte.fr/outils/suivre-vos-envois?code={number}', countries: ['FR'] },
  { slug: 'correos', name: 'Correos', url: 'https://www.correos.es/es/en/tools/tracker/items/details?tracking-number={number}', countries: ['ES'] },
  { slug: 'postnl', name: 'PostNL', url: 'https://jouw.postnl.nl/track-and-trace/{number}', countries: ['NL'] },
  { slug: 'poste-italiane', name: 'Poste Italiane', url: 'https://www.poste.it/cerca/index.html#/risultati-spedizioni/{number}', countries: ['IT'] },
  { slug: 'dpd', name: 'DPD', url: 'https://tracking.dpd.de/status/en_US/parcel/{number}', countries: [] },
  { slug: 'landmark-global', name: 'Landmark Global', url: 'https://track.landmarkglobal.com/?search={number}', countries: [] },
  // Asia-Pacific
  { slug: 'japan-post', name: 'Japan Post', url: 'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={number}&locale=en', countries: ['JP'] },
  { slug: 'yamato', name: 'Yamato Transport', url: 'https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01={number}', countries: ['JP'] },
  { slug: 'australia-post', name: 'Australia Post', url: 'https://auspost.com.au/mypost/track/details/{number}', countries: ['AU'] },
];

const BY_SLUG = new Map<string, CarrierInfo>(LIST.map((c) => [c.slug, c]));

// National posts reached through S10 numbers; the main list above wins when a slug is in both.
for (const op of postalOperatorEntries()) {
  const existing = BY_SLUG.get(op.slug);
  if (existing) {
    if (!existing.countries.includes(op.cc)) BY_SLUG.set(op.slug, { ...existing, countries: [...existing.countries, op.cc] });
    continue;
  }
  BY_SLUG.set(op.slug, { slug: op.slug, name: op.name, url: op.url ?? T17, countries: [op.cc] });
}

/**
 * Other names the same carriers go by (AfterShip slugs, Shopify `tracking_company` values, common
 * spellings). Keys are lower case.
 */
const ALIASES: Record<string, string> = {
  'dhl express': 'dhl',
  'dhl paket': 'dhl-germany',
  'dhl-paket': 'dhl-germany',
  'dhl-global-mail': 'dhl-ecommerce',
  dhlecommerce: 'dhl-ecommerce',
  'china ems': 'china-ems',
  ems: 'china-ems',
  'china post': 'china-post',
  'royal mail': 'royal-mail',
  'japan post': 'japan-post',
  'yamato transport': 'yamato',
  'taqbin-jp': 'yamato',
  'kuroneko-yamato': 'yamato',
  'canada post': 'canada-post',
  'australia post': 'australia-post',
  'spain-correos-es': 'correos',
  'correos-spain': 'correos',
  'la-poste-colissimo': 'colissimo',
  'postnl-3s': 'postnl',
  'postnl-international': 'postnl',
  'deutsch-post': 'deutsche-post',
  'amazon logistics': 'amazon',
  'amazon-logistics': 'amazon',
  'landmark global': 'landmark-global',
  landmark: 'landmark-global',
  speedee: 'spee-dee',
  'old dominion': 'old-dominion',
  odfl: 'old-dominion',
  'cainiao-global': 'cainiao',
};

/** Canonical slug for a slug, alias or carrier name (`"DHL Paket"` → `dhl-germany`). */
export function canonicalCarrierSlug(nameOrSlug: string): string {
  const key = nameOrSlug.trim().toLowerCase();
  if (BY_SLUG.has(key)) return key;
  return ALIASES[key] ?? key.replace(/\s+/g, '-');
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * Catalogue entry for a slug. Postal operators without an entry of their own (S10 numbers of
 * smaller countries use `post-<cc>`) get a generic one built from the country name.
 */
export function carrierInfo(slug: string): CarrierInfo | undefined {
  const known = BY_SLUG.get(canonicalCarrierSlug(slug));
  if (known) return known;
  const post = /^post-([a-z]{2})$/.exec(slug);
  if (post?.[1]) {
    const cc = post[1].toUpperCase();
    const country = regionNames.of(cc);
    if (!country) return undefined;
    return { slug, name: `${country} postal service`, url: T17, countries: [cc] };
  }
  return undefined;
}

export function knownCarrierSlugs(): string[] {
  return [...BY_SLUG.keys()];
}

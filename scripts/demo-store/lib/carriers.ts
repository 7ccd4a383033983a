/**
 * Carriers of the demo store: display names, tracking URLs, and the number formats with their
 * check digits. The generator makes numbers with `makeTrackingNumber`; the validator checks them
 * with `trackingNumberProblem`. Numbers are also kept unambiguous: a FedEx number must not happen
 * to pass the Yamato check too, so a carrier detector can tell them apart.
 */
import { deutschePostMod10, fedexMod11, gs1Mod10, mod7, s10Check, upsCheck } from './check-digits.js';
import { randDigits, randInt, randLetters, type Rng } from './rng.js';

export interface CarrierInfo {
  slug: string;
  name: string;
  url: (number: string) => string;
}

const carrier = (slug: string, name: string, url: string): CarrierInfo => ({ slug, name, url: (n) => url.replace('%s', n) });

export const CARRIERS: Record<string, CarrierInfo> = Object.fromEntries(
  [
    carrier('yunexpress', 'YunExpress', 'https://www.yuntrack.com/parcelTracking?id=%s'),
    carrier('4px', '4PX', 'https://track.4px.com/#/result/0/%s'),
    carrier('china-post', 'China Post', 'https://t.17track.net/en#nums=%s'),
    carrier('china-ems', 'China EMS', 'https://t.17track.net/en#nums=%s'),
    carrier('dhl', 'DHL Express', 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=%s'),
    carrier('ups', 'UPS', 'https://www.ups.com/track?tracknum=%s'),
    carrier('fedex', 'FedEx', 'https://www.fedex.com/fedextrack/?trknbr=%s'),
    carrier('usps', 'USPS', 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s'),
    carrier('dhl-germany', 'DHL Paket', 'https://www.dhl.de/en/privatkunden/pakete-empfangen/verfolgen.html?piececode=%s'),
    carrier('postnl', 'PostNL', 'https://jouw.postnl.nl/track-and-trace/%s'),
    carrier('colissimo', 'Colissimo', 'https://www.laposte.fr/outils/suivre-vos-envois?code=%s'),
    carrier('correos', 'Correos', 'https://www.correos.es/es/en/tools/tracker/items/details?tracking-number=%s'),
    carrier('royal-mail', 'Royal Mail', 'https://www.royalmail.com/track-your-item#/tracking-results/%s'),
    carrier('ctt', 'CTT', 'https://appserver.ctt.pt/CustomerArea/PublicArea_Detail?ObjectCodeInput=%s'),
    carrier('canada-post', 'Canada Post', 'https://www.canadapost-postescanada.ca/track-reperage/en#/details/%s'),
    carrier('australia-post', 'Australia Post', 'https://auspost.com.au/mypost/track/details/%s'),
    carrier('japan-post', 'Japan Post', 'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%s&locale=en'),
    carrier('yamato', 'Yamato Transport', 'https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=%s'),
  ].map((c) => [c.slug, c]),
);

export function carrierInfo(slug: string): CarrierInfo {
  const info = CARRIERS[slug];
  if (!info) throw new Error(`unknown carrier ${slug}`);
  return info;
}

interface NumberFormat {
  id: string;
  pattern: RegExp;
  /** True when the check digit is right (formats without a public check digit omit it). */
  check?: (n: string) => boolean;
}

const last = (n: string): number => Number(n.slice(-1));
const s10Valid = (n: string): boolean => last(n.slice(0, 11)) === s10Check(n.slice(2, 10));

const F = {
  // The first letter is a UPU service indicator (EMS, parcel, registered, tracked letter…).
  s10: (country: string): NumberFormat => ({ id: `upu-s10-${country}`, pattern: new RegExp(`^[CELMRUV][A-Z]\\d{9}${country}$`), check: s10Valid }),
  yunexpress: { id: 'yunexpress', pattern: /^YT\d{16}$/ },
  fourPx: { id: '4px', pattern: /^4PX\d{13}$/ },
  dhlExpress: { id: 'dhl-express-10', pattern: /^\d{10}$/, check: (n: string) => last(n) === mod7(n.slice(0, -1)) },
  ups: { id: 'ups-1z', pattern: /^1Z[0-9A-Z]{15}\d$/, check: (n: string) => last(n) === upsCheck(n.slice(2, -1)) },
  fedex: { id: 'fedex-12', pattern: /^\d{12}$/, check: (n: string) => last(n) === fedexMod11(n.slice(0, -1)) },
  usps: { id: 'usps-impb-22', pattern: /^9[2-5]\d{20}$/, check: (n: string) => last(n) === gs1Mod10(n.slice(0, -1)) },
  dhlPaket: { id: 'dhl-paket-20', pattern: /^00340434\d{12}$/, check: (n: string) => last(n) === gs1Mod10(n.slice(0, -1)) },
  postnl: { id: 'postnl-3s', pattern: /^3S[A-Z]{4}\d{9}$/ },
  colissimo: { id: 'colissimo-6a', pattern: /^6A\d{11}$/ },
  correos: { id: 'correos-pq', pattern: /^PQ[0-9A-Z]{4}\d{16}[A-Z]$/ },
  // Canada Post 16-digit PIN: GS1 mod 10 over the first 15 digits.
  canadaPost: { id: 'canada-post-16', pattern: /^\d{16}$/, check: (n: string) => last(n) === gs1Mod10(n.slice(0, -1)) },
  australiaPost: { id: 'australia-post-33', pattern: /^33[A-Z]{3}\d{7}$/ },
  jp12: { id: 'japan-domestic-12', pattern: /^\d{12}$/, check: (n: string) => last(n) === mod7(n.slice(0, -1)) },
} satisfies Record<string, NumberFormat | ((c: string) => NumberFormat)>;

/** Accepted formats per carrier slug. */
const FORMATS_BY_CARRIER: Record<string, NumberFormat[]> = {
  yunexpress: [F.yunexpress],
  '4px': [F.fourPx],
  'china-post': [F.s10('CN')],
  'china-ems': [F.s10('CN')],
  dhl: [F.dhlExpress],
  ups: [F.ups],
  fedex: [F.fedex],
  usps: [F.usps, F.s10('US')],
  'dhl-germany': [F.dhlPaket],
  postnl: [F.postnl, F.s10('NL')],
  colissimo: [F.colissimo],
  correos: [F.correos],
  'royal-mail': [F.s10('GB')],
  ctt: [F.s10('PT')],
  'canada-post': [F.canadaPost, F.s10('CA')],
  'australia-post': [F.australiaPost, F.s10('AU')],
  'japan-post': [F.jp12, F.s10('JP')],
  yamato: [F.jp12],
};

/** Other carriers' formats a number of the same shape could be mistaken for. */
const LOOKALIKES: Array<{ carrier: string; format: NumberFormat }> = [
  { carrier: 'fedex', format: F.fedex },
  { carrier: 'yamato', format: F.jp12 },
  { carrier: 'dhl', format: F.dhlExpress },
  { carrier: 'canada-post', format: F.canadaPost },
  { carrier: 'dhl-germany (identcode)', format: { id: 'dhl-paket-12', pattern: /^\d{12}$/, check: (n) => last(n) === deutschePostMod10(n.slice(0, -1)) } },
  { carrier: 'purolator', format: { id: 'purolator-12', pattern: /^[0-5]\d{11}$/, check: (n) => last(n) === luhn(n.slice(0, -1)) } },
];

function luhn(digits: string): number {
  let sum = 0;
  Array.from(digits).forEach((c, i) => {
    let v = Number(c);
    if ((digits.length - 1 - i) % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  });
  return (10 - (sum % 10)) % 10;
}

const matches = (f: NumberFormat, n: string): boolean => f.pattern.test(n) && (f.check ? f.check(n) : true);

/** Null when `number` is valid for `carrierSlug`, otherwise the reason it is not. */
export function trackingNumberProblem(carrierSlug: string, number: string): string | null {
  const formats = FORMATS_BY_CARRIER[carrierSlug];
  if (!formats) return `unknown carrier "${carrierSlug}"`;
  if (formats.some((f) => matches(f, number))) return null;
  const shaped = formats.find((f) => f.pattern.test(number));
  return shaped ? `wrong check digit for ${shaped.id}` : `does not match any ${carrierSlug} format (${formats.map((f) => f.id).join(', ')})`;
}

/** Carriers (other than `carrierSlug`, and other than the Yamato/Japan Post pair) whose rule `number` also passes. */
export function lookalikeCarriers(carrierSlug: string, number: string): string[] {
  const sameFamily = (c: string): boolean =>
    c === carrierSlug || (['yamato', 'japan-post'].includes(c) && ['yamato', 'japan-post'].includes(carrierSlug));
  return LOOKALIKES.filter((l) => !sameFamily(l.carrier) && matches(l.format, number)).map((l) => l.carrier);
}

export type NumberKind =
  | 'yunexpress' | '4px' | 'china-post' | 'china-ems' | 'dhl' | 'ups-us' | 'ups-cn' | 'fedex' | 'usps'
  | 'usps-return' | 'dhl-germany' | 'postnl' | 'colissimo' | 'correos' | 'royal-mail' | 'ctt'
  | 'canada-post' | 'australia-post' | 'japan-post' | 'japan-post-ems' | 'yamato';

const s10 = (prefix: string, country: string, rng: Rng): string => {
  const serial = randDigits(rng, 8);
  return `${prefix}${serial}${s10Check(serial)}${country}`;
};

function candidate(kind: NumberKind, rng: Rng): string {
  switch (kind) {
    case 'yunexpress': return `YT26${randDigits(rng, 14)}`;
    case '4px': return `4PX31${randDigits(rng, 11)}`;
    case 'china-post': return s10('LX', 'CN', rng);
    case 'china-ems': return s10('EB', 'CN', rng);
    case 'royal-mail': return s10('CP', 'GB', rng);
    case 'ctt': return s10('EA', 'PT', rng);
    case 'japan-post-ems': return s10('EJ', 'JP', rng);
    case 'dhl': { const d = `${randInt(rng, 1, 9)}${randDigits(rng, 8)}`; return d + mod7(d); }
    case 'ups-us': case 'ups-cn': {
      const body = `${kind === 'ups-us' ? 'H4H7M1' : '8W2Y64'}${kind === 'ups-us' ? '03' : '66'}${randDigits(rng, 7)}`;
      return `1Z${body}${upsCheck(body)}`;
    }
    case 'fedex': { const d = `7${randDigits(rng, 10)}`; return d + fedexMod11(d); }
    case 'usps': { const d = `940011899${randDigits(rng, 12)}`; return d + gs1Mod10(d); }
    case 'usps-return': { const d = `920250177${randDigits(rng, 12)}`; return d + gs1Mod10(d); }
    case 'dhl-germany': { const d = `00340434${randDigits(rng, 11)}`; return d + gs1Mod10(d); }
    case 'postnl': return `3SHRHM${randDigits(rng, 9)}`;
    case 'colissimo': return `6A${randDigits(rng, 11)}`;
    case 'correos': return `PQ${randLetters(rng, 1)}${randDigits(rng, 1)}${randLetters(rng, 2)}${randDigits(rng, 16)}${randLetters(rng, 1)}`;
    case 'canada-post': { const d = `70${randDigits(rng, 13)}`; return d + gs1Mod10(d); }
    case 'australia-post': return `33${randLetters(rng, 3)}${randDigits(rng, 7)}`;
    case 'japan-post': { const d = `2${randDigits(rng, 10)}`; return d + mod7(d); }
    case 'yamato': { const d = `4${randDigits(rng, 10)}`; return d + mod7(d); }
  }
}

export const KIND_CARRIER: Record<NumberKind, string> = {
  yunexpress: 'yunexpress', '4px': '4px', 'china-post': 'china-post', 'china-ems': 'china-ems', dhl: 'dhl',
  'ups-us': 'ups', 'ups-cn': 'ups', fedex: 'fedex', usps: 'usps', 'usps-return': 'usps', 'dhl-germany': 'dhl-germany',
  postnl: 'postnl', colissimo: 'colissimo', correos: 'correos', 'royal-mail': 'royal-mail', ctt: 'ctt',
  'canada-post': 'canada-post', 'australia-post': 'australia-post', 'japan-post': 'japan-post',
  'japan-post-ems': 'japan-post', yamato: 'yamato',
};

/** A valid, unambiguous number of the given kind, distinct from every number in `taken`. */
export function makeTrackingNumber(kind: NumberKind, rng: Rng, taken: Set<string>): string {
  const slug = KIND_CARRIER[kind];
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const n = candidate(kind, rng);
    if (taken.has(n) || trackingNumberProblem(slug, n) !== null || lookalikeCarriers(slug, n).length > 0) continue;
    taken.add(n);
    return n;
  }
  throw new Error(`could not generate a ${kind} number`);
}

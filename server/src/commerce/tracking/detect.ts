/**
 * Carrier detection for tracking numbers: which carriers could have issued a number, best first.
 *
 * Ranking, from strongest to weakest signal:
 * 1. a check digit that was recomputed and matched;
 * 2. how distinctive the shape is (a `1Z` prefix says more than "12 digits");
 * 3. optional country hints (a 12-digit number on a parcel to Japan is likelier Yamato than Purolator);
 * 4. how common the carrier is for that shape.
 * Matches that tie on 1–3 share a `tier`; the caller can treat them as ambiguous.
 */
import { ALL_FORMATS, canonicalCarrierSlug, carrierInfo, type FormatHit, type TrackingFormat } from './carriers/index.js';
import type { Specificity } from './carriers/types.js';

export interface CarrierMatch {
  /** Carrier slug, e.g. `ups`, `dhl-germany`, `china-ems`. */
  carrier: string;
  carrierName: string;
  /** The normalised number (upper case, separators removed). */
  number: string;
  /** Format id, e.g. `usps-impb`, and its human name. */
  format: string;
  formatName: string;
  /** Service read from the number, when it encodes one. */
  service?: string;
  checkDigitVerified: boolean;
  /**
   * The format's check digit is not published and this number does not satisfy the one seen in
   * public examples (Canada Post); still a match, ranked as unverified.
   */
  checkDigitMismatch?: boolean;
  /** Country of the issuing post (UPU S10 numbers only). */
  originCountry?: string;
  trackingUrl: string | null;
  /** 3 = distinctive prefix or structure, 2 = weak marker, 1 = length and digits only. */
  specificity: Specificity;
  /** Matches with the same tier are equally plausible from the number (and hints) alone. */
  tier: number;
  /** Tier plus the carrier's prior; the list is sorted by it. */
  score: number;
}

export interface DetectOptions {
  /** Countries the parcel is known to travel from or to (ISO alpha-2; `UK` is read as `GB`). */
  countries?: readonly string[];
  /** Also reject numbers whose unpublished (advisory) check digit does not match. */
  strict?: boolean;
}

const SEPARATORS = /[\s\u00a0\u2000-\u200b\u3000\-\u2010-\u2015\u2212.]/g;
const MAX_LENGTH = 40;

/**
 * Upper-cases a typed or pasted number and removes spaces, dashes and dots; full-width characters
 * (common in Japanese and Chinese input) become ASCII. Null when anything else remains.
 */
export function normalizeTrackingNumber(raw: string): string | null {
  const compact = raw.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
  if (compact.length < 8 || compact.length > MAX_LENGTH || !/^[0-9A-Z]+$/.test(compact)) return null;
  return compact;
}

const toIsoCountry = (code: string): string => {
  const upper = code.trim().toUpperCase();
  return upper === 'UK' ? 'GB' : upper;
};

function hintAdjustment(carrier: string, hints: readonly string[]): number {
  if (hints.length === 0) return 0;
  const home = carrierInfo(carrier)?.countries ?? [];
  if (home.length === 0) return 0;
  return home.some((c) => hints.includes(c)) ? 50 : -50;
}

function toMatch(number: string, format: TrackingFormat, hit: FormatHit, hints: readonly string[]): CarrierMatch {
  const specificity = hit.specificity ?? format.specificity;
  const tier = (hit.checkDigitVerified ? 1000 : 0) + specificity * 100 + hintAdjustment(hit.carrier, hints);
  const match: CarrierMatch = {
    carrier: hit.carrier,
    carrierName: carrierInfo(hit.carrier)?.name ?? hit.carrier,
    number,
    format: format.id,
    formatName: format.name,
    checkDigitVerified: hit.checkDigitVerified,
    trackingUrl: trackingUrl(hit.carrier, number),
    specificity,
    tier,
    score: tier + format.prior,
  };
  if (hit.checkDigitMismatch) match.checkDigitMismatch = true;
  if (hit.service) match.service = hit.service;
  if (hit.originCountry) match.originCountry = hit.originCountry;
  return match;
}

const byScore = (a: CarrierMatch, b: CarrierMatch): number => b.score - a.score;

/** Every format that accepts the number, best first (one carrier may appear under several formats). */
export function matchFormats(raw: string, options: DetectOptions = {}): CarrierMatch[] {
  const number = normalizeTrackingNumber(raw);
  if (!number) return [];
  const hints = (options.countries ?? []).map(toIsoCountry);
  const matches: CarrierMatch[] = [];
  for (const format of ALL_FORMATS) {
    const hit = format.match(number);
    if (!hit || (options.strict && hit.checkDigitMismatch)) continue;
    matches.push(toMatch(number, format, hit, hints));
  }
  return matches.sort(byScore);
}

/**
 * Carriers that could have issued `raw`, best first, one entry per carrier (its best format).
 * Empty when no format accepts the number, including when its check digit is wrong.
 */
export function detectCarriers(raw: string, options: DetectOptions = {}): CarrierMatch[] {
  const seen = new Set<string>();
  return matchFormats(raw, options).filter((m) => {
    if (seen.has(m.carrier)) return false;
    seen.add(m.carrier);
    return true;
  });
}

/** True when `raw` is a well-formed number of `carrier` (slug, alias or name), check digit included. */
export function isValidFor(raw: string, carrier: string, options: Pick<DetectOptions, 'strict'> = {}): boolean {
  const slug = canonicalCarrierSlug(carrier);
  const number = normalizeTrackingNumber(raw);
  if (!number) return false;
  return ALL_FORMATS.some((format) => {
    if (!format.carriers.includes(slug) && !format.carriers.includes('*')) return false;
    const hit = format.match(number);
    return hit?.carrier === slug && !(options.strict && hit.checkDigitMismatch);
  });
}

/** Public tracking page of `carrier` for `number`, or null for a carrier we do not know. */
export function trackingUrl(carrier: string, number: string): string | null {
  const info = carrierInfo(carrier);
  if (!info) return null;
  const normalised = normalizeTrackingNumber(number) ?? number.trim();
  return info.url.replace('{number}', encodeURIComponent(normalised));
}

export interface FoundTrackingNumber {
  /** The text as written, e.g. `1Z 999 AA1 01 2345 6784`. */
  text: string;
  index: number;
  matches: CarrierMatch[];
}

const WORD = /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;
const MAX_WORDS_PER_NUMBER = 10;

/**
 * Tracking numbers written inside free text (a chat message, a carrier's handover note). Numbers may
 * be split by single spaces or dashes. A number spread over several words is only accepted with a
 * verified check digit or a distinctive prefix, so ordinary words are not glued into a "number".
 */
export function findTrackingNumbers(text: string, options: DetectOptions = {}): FoundTrackingNumber[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const candidates: Array<FoundTrackingNumber & { end: number; tier: number; words: number }> = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < Math.min(words.length, i + MAX_WORDS_PER_NUMBER); j++) {
      const last = words[j];
      const first = words[i];
      if (!first || !last) break;
      // Only single separators may sit between the words of one number.
      const prev = words[j - 1];
      if (j > i && prev && !/^[ \-\u2010-\u2015]$/.test(text.slice(prev.end, last.start))) break;
      const slice = text.slice(first.start, last.end);
      const matches = detectCarriers(slice, options);
      const best = matches[0];
      if (!best) continue;
      if (j > i && !best.checkDigitVerified && best.specificity < 3) continue;
      candidates.push({ text: slice, index: first.start, end: last.end, matches, tier: best.tier, words: j - i + 1 });
    }
  }
  candidates.sort((a, b) => b.tier - a.tier || b.end - b.index - (a.end - a.index));
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (chosen.some((o) => c.index < o.end && o.index < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.index - b.index).map(({ text: t, index, matches }) => ({ text: t, index, matches }));
}

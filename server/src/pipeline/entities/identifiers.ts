/**
 * Order numbers, tracking-number candidates, emails and postcodes. Marketplace formats are
 * recognised by shape (Amazon 112-1234567-1234567, eBay 12-12345-12345); store order numbers need
 * "#" or an order word in front ("order 1234", "pedido 1234", "注文番号1234"). An 18-digit number
 * may be a TikTok Shop order id or a tracking number, so it goes in both lists for the caller to
 * resolve against its data.
 */
import type { OrderNumberMention, PostcodeMention, Span, TrackingCandidate } from './types.js';
import { overlaps } from './types.js';

// Starts only where a run of address characters starts, so a long run without "@" is scanned
// once, not once per character.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const AMAZON = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g;
const EBAY = /(?<![\d-])\d{2}-\d{5}-\d{5}(?![\d-])/g;
const TIKTOK = /(?<!\d)\d{18}(?!\d)/g;
// Order words in the nine languages (and Korean/Arabic), then an optional "number" word / "#" / ":".
const ORDER_WORD =
  '(?:order|purchase|pedido|encomenda|compra|bestellung|bestellnummer|auftrag|commande|ordine|bestelling|bestelnummer|注文番号|注文|オーダー|订单号|订单|訂單|주문번호|주문|طلب(?:ية)?)';
const NUMBER_WORD = '(?:\\s*(?:no\\.?|nr\\.?|n[°º.]\\.?|#|number|num(?:ber|ero|éro)|número|nummer|numero|番号|号|:))?';
const STORE_ORDER = new RegExp(
  `(?:(?<![A-Za-z])${ORDER_WORD}${NUMBER_WORD}\\s*(?:is|es|ist|est|è|é|:)?\\s*#?\\s*|#\\s?)([A-Za-z]{0,3}-?\\d{3,12})(?![\\d-])`,
  'giu',
);
// 8–34 letters/digits; spaced groups ("9400 1111 2222 3333 4444 55") are joined.
// Each spaced group must hold a digit, so "USPS 9400 1111 …" starts at 9400.
const DIGIT_GROUP = '(?=[A-Za-z]{0,5}\\d)[A-Za-z0-9]{2,6}';
const TRACKING_TOKEN = new RegExp(
  `(?<![\\w@.#+-])(?:${DIGIT_GROUP} ){2,7}${DIGIT_GROUP}(?![\\w@-])|(?<![\\w@.#+-])[A-Za-z0-9]{8,34}(?![\\w@-])`,
  'g',
);

export function findEmails(text: string, claimed: Span[]): string[] {
  const emails: string[] = [];
  if (!text.includes('@')) return emails;
  for (const match of text.matchAll(EMAIL)) {
    emails.push(match[0].toLowerCase());
    claimed.push({ start: match.index, end: match.index + match[0].length });
  }
  return emails;
}

export function findOrderNumbers(text: string, claimed: Span[]): OrderNumberMention[] {
  const found: OrderNumberMention[] = [];
  const add = (mention: OrderNumberMention, span: Span): void => {
    if (found.some((f) => f.value === mention.value)) return;
    found.push(mention);
    claimed.push(span);
  };
  for (const [pattern, format] of [[AMAZON, 'amazon'], [EBAY, 'ebay']] as const) {
    for (const m of text.matchAll(pattern)) {
      if (overlaps(claimed, m.index, m.index + m[0].length)) continue;
      add({ value: m[0], format, raw: m[0], index: m.index }, { start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(TIKTOK)) {
    if (overlaps(claimed, m.index, m.index + m[0].length)) continue;
    // Not claimed: the same digits stay available as a tracking candidate.
    if (!found.some((f) => f.value === m[0])) found.push({ value: m[0], format: 'tiktok', raw: m[0], index: m.index });
  }
  for (const m of text.matchAll(STORE_ORDER)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    if (overlaps(claimed, start, start + value.length)) continue;
    if (/^\d{18}$/.test(value)) continue; // already a TikTok candidate
    add({ value: value.toUpperCase(), format: 'store', raw: m[0].trim(), index: m.index }, { start, end: start + value.length });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findTrackingCandidates(text: string, claimed: Span[]): TrackingCandidate[] {
  const found: TrackingCandidate[] = [];
  for (const m of text.matchAll(TRACKING_TOKEN)) {
    const raw = m[0];
    if (overlaps(claimed, m.index, m.index + raw.length)) continue;
    const value = raw.replace(/ /g, '').toUpperCase();
    if (value.length < 8 || value.length > 34) continue;
    const digits = value.replace(/\D/g, '').length;
    // Tracking numbers are digit-heavy; "iPhone15Pro" or "W32L34" are not.
    if (digits < 5 || digits / value.length < 0.4) continue;
    if (found.some((f) => f.value === value)) continue;
    found.push({ value, raw, index: m.index });
  }
  return found;
}

const POSTCODES: Array<{ pattern: RegExp; country: PostcodeMention['country'] }> = [
  { pattern: /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g, country: 'GB' },
  { pattern: /\b[1-9]\d{3} ?[A-Z]{2}\b/g, country: 'NL' },
  { pattern: /\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b/g, country: 'CA' },
  { pattern: /〒\s?\d{3}-\d{4}/g, country: 'JP' },
  { pattern: /\b\d{5}-\d{3}\b/g, country: 'BR' },
  { pattern: /\b\d{4}-\d{3}\b/g, country: 'PT' },
];
// Five-digit codes (DE, FR, ES, IT, US) only after a postcode word: alone they look like anything.
const KEYWORD_POSTCODE = /(?:postcode|post code|postal code|zip(?: code)?|plz|postleitzahl|code postal|c[oó]digo postal|cp|cap|cep|postcode|郵便番号|邮编)\s*:?\s*(\d{5}|\d{3}-\d{4})/giu;

export function findPostcodes(text: string, claimed: Span[]): PostcodeMention[] {
  const found: PostcodeMention[] = [];
  for (const { pattern, country } of POSTCODES) {
    for (const m of text.matchAll(pattern)) {
      if (overlaps(claimed, m.index, m.index + m[0].length)) continue;
      found.push({ value: m[0].replace('〒', '').trim(), country, index: m.index });
    }
  }
  for (const m of text.matchAll(KEYWORD_POSTCODE)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    if (overlaps(claimed, start, start + value.length) || found.some((f) => f.value === value)) continue;
    found.push({ value, country: value.includes('-') ? 'JP' : undefined, index: start });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * When the only help article is in another language, the quantity that answers "how long / how
 * much" is restated in the shopper's language before the quoted passage: a French shopper reads
 * "En bref : 3 ans" above "Gift cards are valid for 3 years…". Only when the passage holds exactly one
 * such quantity — two different ones would need understanding we don't claim. Quantities are read in
 * English (the language a store's full help center is usually written in); numbers and units are then
 * formatted with Intl in the shopper's locale.
 */
import { t } from '../../i18n/i18n.js';
import type { AnswerType } from '../../knowledge/search/answer-type.js';

type Unit = 'minute' | 'hour' | 'day' | 'business_day' | 'week' | 'month' | 'year';

const UNITS: Array<[RegExp, Unit]> = [
  [/^(business|working) days?$/, 'business_day'],
  [/^days?$/, 'day'],
  [/^hours?$/, 'hour'],
  [/^minutes?$/, 'minute'],
  [/^weeks?$/, 'week'],
  [/^months?$/, 'month'],
  [/^years?$/, 'year'],
];
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, twelve: 12 };
const DURATION = /\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|ten|twelve)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s+(business days?|working days?|days?|hours?|minutes?|weeks?|months?|years?)\b/gi;
const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', 'A$': 'AUD', 'C$': 'CAD', 'US$': 'USD' };
const PRICE = /(A\$|C\$|US\$|[€$£¥])\s?(\d[\d,]*(?:\.\d+)?)/g;

interface Duration {
  from: number;
  to?: number;
  unit: Unit;
}

function durationsIn(text: string): Duration[] {
  const out: Duration[] = [];
  for (const m of text.matchAll(DURATION)) {
    const from = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = UNITS.find(([pattern]) => pattern.test(m[3]!.toLowerCase()))?.[1];
    if (!unit || !Number.isFinite(from)) continue;
    out.push({ from, ...(m[2] ? { to: Number(m[2]) } : {}), unit });
  }
  return out;
}

function formatDuration(d: Duration, locale: string): string {
  if (d.unit === 'business_day') {
    const value = d.to !== undefined ? new Intl.NumberFormat(locale).formatRange(d.from, d.to) : new Intl.NumberFormat(locale).format(d.from);
    return t(locale, d.to === undefined && d.from === 1 ? 'knowledge.business_day' : 'knowledge.business_days', { value });
  }
  const format = new Intl.NumberFormat(locale, { style: 'unit', unit: d.unit, unitDisplay: 'long' });
  const text = d.to !== undefined ? format.formatRange(d.from, d.to) : format.format(d.from);
  // "1 時間" → "1時間": Japanese and Chinese write no space between a number and its unit.
  return /^(ja|zh)/.test(locale) ? text.replace(/(\d)\s+(?=[\u3000-\u9fff])/g, '$1') : text;
}

function pricesIn(text: string): Array<{ amount: number; currency: string }> {
  return [...text.matchAll(PRICE)].map((m) => ({ amount: Number(m[2]!.replace(/,/g, '')), currency: CURRENCY_SYMBOLS[m[1]!]! }));
}

/** The line restating the one quantity asked for, in the shopper's language; undefined when unclear. */
export function quantityGist(passage: string, wanted: readonly AnswerType[], locale: string): string | undefined {
  // Not asked for a quantity, a passage's one time limit ("within 1 hour") is still its key fact.
  const types: readonly AnswerType[] = wanted.length ? wanted : pricesIn(passage).length ? [] : ['duration'];
  for (const type of types) {
    if (type === 'duration') {
      const found = durationsIn(passage);
      const distinct = new Set(found.map((d) => `${d.from}-${d.to}-${d.unit}`));
      if (distinct.size === 1) return t(locale, 'knowledge.gist', { value: formatDuration(found[0]!, locale) });
    }
    if (type === 'price') {
      const found = pricesIn(passage);
      const distinct = new Set(found.map((p) => `${p.amount}-${p.currency}`));
      if (distinct.size === 1) {
        const p = found[0]!;
        return t(locale, 'knowledge.gist', { value: new Intl.NumberFormat(locale, { style: 'currency', currency: p.currency }).format(p.amount) });
      }
    }
  }
  return undefined;
}

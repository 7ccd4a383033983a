/**
 * UPS: the `1Z` package number (1Z + 6-character shipper account + 2-digit service + 7-character
 * package reference + check digit) and the 11-character waybill (a letter + 9 digits + check).
 */
import { alternatingDoubleMod10, lastDigitMatches } from '../check-digits.js';
import { patternFormat } from './types.js';

/** The best-known 1Z service codes (US domestic); others are still valid numbers. */
const SERVICES_1Z: Record<string, string> = {
  '01': 'Next Day Air',
  '02': '2nd Day Air',
  '03': 'Ground',
  '12': '3 Day Select',
  '13': 'Next Day Air Saver',
  '14': 'Next Day Air Early',
  '59': '2nd Day Air A.M.',
};

const WAYBILL_SERVICES: Record<string, string> = {
  J: 'Next Day Express',
  K: 'Ground',
  V: 'Worldwide Express Saver',
};

export const ups1Z = patternFormat({
  id: 'ups-1z',
  name: 'UPS 1Z',
  carrier: 'ups',
  pattern: /^1Z([0-9A-Z]{6})([0-9A-Z]{2})([0-9A-Z]{7})(\d)$/,
  // The check covers the 15 characters between "1Z" and the check digit.
  check: (n) => lastDigitMatches(n, alternatingDoubleMod10(n.slice(2, -1))),
  specificity: 3,
  prior: 40,
  service: (m) => SERVICES_1Z[m[2] ?? ''],
});

export const upsWaybill = patternFormat({
  id: 'ups-waybill',
  name: 'UPS waybill',
  carrier: 'ups',
  pattern: /^([AHJKTV])(\d{9})(\d)$/,
  // Only the nine digits after the letter are weighted.
  check: (n) => lastDigitMatches(n, alternatingDoubleMod10(n.slice(1, -1))),
  specificity: 2,
  prior: 20,
  service: (m) => WAYBILL_SERVICES[m[1] ?? ''],
});

export const UPS_FORMATS = [ups1Z, upsWaybill];

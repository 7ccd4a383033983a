/**
 * Canadian carriers: Canada Post 16-digit PINs, Purolator (12 digits with a Luhn check, or three
 * letters + 9 digits) and Canpar (a letter + 21 digits).
 */
import { gs1Mod10, lastDigitMatches, luhnMod10 } from '../check-digits.js';
import { patternFormat } from './types.js';

export const canadaPost16 = patternFormat({
  id: 'canada-post-16',
  name: 'Canada Post (16 digits)',
  carrier: 'canada-post',
  pattern: /^\d{16}$/,
  // Published examples carry a GS1 mod-10 check digit, but Canada Post does not document it and
  // numbers without it circulate (the reference store's are an example): verify, never reject.
  check: (n) => lastDigitMatches(n, gs1Mod10(n.slice(0, -1))),
  checkPolicy: 'advisory',
  specificity: 1,
  prior: 20,
});

export const purolator12 = patternFormat({
  id: 'purolator-12',
  name: 'Purolator (12 digits)',
  carrier: 'purolator',
  pattern: /^[0-5]\d{11}$/,
  check: (n) => lastDigitMatches(n, luhnMod10(n.slice(0, -1))),
  specificity: 1,
  prior: 14,
});

export const purolatorAlpha = patternFormat({
  id: 'purolator-alpha',
  name: 'Purolator (3 letters + 9 digits)',
  carrier: 'purolator',
  pattern: /^[A-Z]{3}\d{9}$/,
  specificity: 2,
  prior: 10,
});

export const canpar = patternFormat({
  id: 'canpar-22',
  name: 'Canpar (letter + 21 digits)',
  carrier: 'canpar',
  pattern: /^[CDKLSUXZ]\d{21}$/,
  specificity: 2,
  prior: 10,
});

export const CANADA_FORMATS = [canadaPost16, purolator12, purolatorAlpha, canpar];

/**
 * The DHL family: DHL Express waybills (10 or 11 digits, modulo 7) and piece ids (`JJD…`), DHL Paket
 * in Germany (20-digit `00340434…` SSCC with GS1 check; 12-digit Identcode with weights 4/9) and
 * DHL eCommerce (`GM…` and other prefixes, and a 14-digit numeric form, neither with a check digit).
 */
import { deutschePostMod10, gs1Mod10, lastDigitMatches, mod7 } from '../check-digits.js';
import { patternFormat } from './types.js';

const mod7Valid = (n: string): boolean => lastDigitMatches(n, mod7(n.slice(0, -1)));

export const dhlExpress10 = patternFormat({
  id: 'dhl-express-10',
  name: 'DHL Express waybill (10 digits)',
  carrier: 'dhl',
  pattern: /^\d{10}$/,
  check: mod7Valid,
  specificity: 1,
  prior: 40,
});

export const dhlExpress11 = patternFormat({
  id: 'dhl-express-11',
  name: 'DHL Express waybill (11 digits)',
  carrier: 'dhl',
  pattern: /^\d{11}$/,
  check: mod7Valid,
  specificity: 1,
  prior: 25,
});

export const dhlExpressPiece = patternFormat({
  id: 'dhl-express-piece',
  name: 'DHL piece id (JJD / JVGL licence plate)',
  carrier: 'dhl',
  // Other J-prefixes are left alone: three letters + 9 digits is also Purolator's alphanumeric form.
  pattern: /^(?:JJD|JVGL)\d{9,14}$/,
  specificity: 2,
  prior: 20,
});

export const dhlPaket20 = patternFormat({
  id: 'dhl-paket-20',
  name: 'DHL Paket (20-digit SSCC)',
  carrier: 'dhl-germany',
  // "00" application identifier + SSCC under DHL's GS1 company prefix.
  pattern: /^0034043[34]\d{12}$/,
  check: (n) => lastDigitMatches(n, gs1Mod10(n.slice(0, -1))),
  specificity: 3,
  prior: 40,
});

export const dhlPaket12 = patternFormat({
  id: 'dhl-paket-12',
  name: 'DHL Paket Identcode (12 digits)',
  carrier: 'dhl-germany',
  pattern: /^\d{12}$/,
  check: (n) => lastDigitMatches(n, deutschePostMod10(n.slice(0, -1))),
  specificity: 1,
  // A legacy form next to the 20-digit SSCC, so rarer than FedEx's or Purolator's 12-digit numbers.
  prior: 12,
});

export const dhlEcommerce = patternFormat({
  id: 'dhl-ecommerce',
  name: 'DHL eCommerce',
  carrier: 'dhl-ecommerce',
  // Known prefixes, then 10–39 letters/digits of which at least one is a digit.
  pattern: /^(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)(?=[A-Z]*\d)[0-9A-Z]{10,39}$/,
  specificity: 2,
  prior: 10,
});

export const dhlEcommerce14 = patternFormat({
  id: 'dhl-ecommerce-14',
  name: 'DHL eCommerce (14 digits)',
  carrier: 'dhl-ecommerce',
  pattern: /^\d{14}$/,
  specificity: 1,
  prior: 10,
});

export const DHL_FORMATS = [
  dhlExpress10,
  dhlExpress11,
  dhlExpressPiece,
  dhlPaket20,
  dhlPaket12,
  dhlEcommerce,
  dhlEcommerce14,
];

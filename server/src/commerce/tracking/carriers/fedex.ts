/**
 * FedEx. Express numbers are 12 digits with a modulo-11 check (weights 1,3,7 from the right); the
 * same 12-digit number is embedded in the longer Express and Ground barcodes. Ground numbers are 15
 * digits with a GS1 check, printed inside 22-digit `96…` barcodes, or an SSCC-18 (with or without
 * its `00` application identifier).
 */
import { fedexMod11, gs1Mod10, lastDigitMatches } from '../check-digits.js';
import { patternFormat } from './types.js';

/** True when `number.slice(start, end)` is a valid FedEx modulo-11 number (data + check digit). */
const embeddedExpressValid = (number: string, start: number, end: number): boolean => {
  const embedded = number.slice(start, end);
  return lastDigitMatches(embedded, fedexMod11(embedded.slice(0, -1)));
};

const gs1Valid = (digits: string): boolean => lastDigitMatches(digits, gs1Mod10(digits.slice(0, -1)));

export const fedexExpress12 = patternFormat({
  id: 'fedex-express-12',
  name: 'FedEx Express (12 digits)',
  carrier: 'fedex',
  pattern: /^\d{12}$/,
  check: (n) => embeddedExpressValid(n, 0, 12),
  specificity: 1,
  prior: 40,
  service: () => 'Express',
});

export const fedexExpress34 = patternFormat({
  id: 'fedex-express-34',
  name: 'FedEx Express (34-digit barcode)',
  carrier: 'fedex',
  // Form/service digits, destination ZIP, then the 13 data digits and check of the tracking number.
  pattern: /^[0-8]\d{33}$/,
  check: (n) => embeddedExpressValid(n, 20, 34),
  specificity: 1,
  prior: 30,
  service: () => 'Express',
});

export const fedexAstra32 = patternFormat({
  id: 'fedex-astra-32',
  name: 'FedEx ASTRA (32-digit barcode)',
  carrier: 'fedex',
  // The 12-digit tracking number sits at positions 17–28, followed by four more digits.
  pattern: /^3\d{31}$/,
  check: (n) => embeddedExpressValid(n, 16, 28),
  specificity: 2,
  prior: 30,
  service: () => 'Express',
});

export const fedexGround15 = patternFormat({
  id: 'fedex-ground-15',
  name: 'FedEx Ground (15 digits)',
  carrier: 'fedex',
  pattern: /^\d{15}$/,
  check: (n) => gs1Valid(n),
  specificity: 1,
  prior: 35,
  service: () => 'Ground',
});

export const fedexGround96 = patternFormat({
  id: 'fedex-ground-96',
  name: 'FedEx Ground (22-digit "96" barcode)',
  carrier: 'fedex',
  // 96 + 2-digit SCNC + 3-digit service + the 15-digit Ground number (GS1 check).
  pattern: /^96\d{20}$/,
  check: (n) => gs1Valid(n.slice(7)),
  specificity: 2,
  prior: 35,
  service: () => 'Ground',
});

export const fedexGroundGsn34 = patternFormat({
  id: 'fedex-ground-gsn-34',
  name: 'FedEx Ground GSN (34-digit "96" barcode)',
  carrier: 'fedex',
  pattern: /^96\d{32}$/,
  check: (n) => embeddedExpressValid(n, 20, 34),
  specificity: 2,
  prior: 30,
  service: () => 'Ground',
});

export const fedexSscc18 = patternFormat({
  id: 'fedex-sscc-18',
  name: 'FedEx Ground (SSCC-18)',
  carrier: 'fedex',
  pattern: /^\d{18}$/,
  check: (n) => gs1Valid(n),
  specificity: 1,
  prior: 25,
  service: () => 'Ground',
});

export const fedexSscc20 = patternFormat({
  id: 'fedex-sscc-20',
  name: 'FedEx Ground (SSCC-18 with application identifier 00)',
  carrier: 'fedex',
  pattern: /^00\d{18}$/,
  check: (n) => gs1Valid(n.slice(2)),
  specificity: 2,
  prior: 20,
  service: () => 'Ground',
});

export const FEDEX_FORMATS = [
  fedexExpress12,
  fedexExpress34,
  fedexAstra32,
  fedexGround15,
  fedexGround96,
  fedexGroundGsn34,
  fedexSscc18,
  fedexSscc20,
];

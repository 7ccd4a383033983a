/**
 * USPS domestic numbers (international items are UPU S10, see upu-s10.ts):
 * - IMpb: 22 or 26 digits starting with the application identifier 91–95, GS1 mod-10 check digit,
 *   optionally preceded by the routing code `420` + ZIP (5 or 9 digits) → 30 or 34 digits.
 * - The older 20-digit Delivery Confirmation numbers, sometimes written without their `91` prefix.
 */
import { gs1Mod10, lastDigitMatches } from '../check-digits.js';
import type { FormatHit, TrackingFormat } from './types.js';

const IMPB_BODY = /^9[1-5]\d{20}(?:\d{4})?$/;

const APPLICATION_IDENTIFIERS: Record<string, string> = {
  '91': 'IMpb (legacy application identifier 91)',
  '92': 'IMpb commercial mailer',
  '93': 'IMpb commercial mailer',
  '94': 'IMpb online / PC postage',
  '95': 'IMpb retail',
};

/** The IMpb body of a number, trying with and without a `420` + ZIP5 / ZIP9 routing prefix. */
function impbBodies(number: string): Array<{ body: string; routed: boolean }> {
  const bodies = [{ body: number, routed: false }];
  if (number.startsWith('420')) {
    for (const zipLength of [5, 9]) bodies.push({ body: number.slice(3 + zipLength), routed: true });
  }
  return bodies.filter((b) => IMPB_BODY.test(b.body));
}

export const uspsImpb: TrackingFormat = {
  id: 'usps-impb',
  name: 'USPS Intelligent Mail package barcode (IMpb)',
  carriers: ['usps'],
  specificity: 2,
  prior: 40,
  match(number): FormatHit | null {
    if (!/^\d+$/.test(number)) return null;
    for (const { body, routed } of impbBodies(number)) {
      if (!lastDigitMatches(body, gs1Mod10(body.slice(0, -1)))) continue;
      const service = APPLICATION_IDENTIFIERS[body.slice(0, 2)] ?? 'IMpb';
      return routed
        ? { carrier: 'usps', service: `${service}, with ZIP routing`, checkDigitVerified: true, specificity: 3 }
        : { carrier: 'usps', service, checkDigitVerified: true };
    }
    return null;
  },
};

export const usps20: TrackingFormat = {
  id: 'usps-20',
  name: 'USPS 20-digit',
  carriers: ['usps'],
  specificity: 1,
  prior: 20,
  match(number): FormatHit | null {
    if (!/^\d{20}$/.test(number)) return null;
    const data = number.slice(0, -1);
    if (lastDigitMatches(number, gs1Mod10(data))) {
      return { carrier: 'usps', service: 'Delivery Confirmation (20 digits)', checkDigitVerified: true };
    }
    // Written without the "91" application identifier that the check digit still covers.
    if (lastDigitMatches(number, gs1Mod10(`91${data}`))) {
      return { carrier: 'usps', service: 'Legacy (91 prefix omitted)', checkDigitVerified: true };
    }
    return null;
  },
};

export const USPS_FORMATS = [uspsImpb, usps20];

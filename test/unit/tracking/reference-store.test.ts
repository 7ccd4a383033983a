/**
 * The reference store's tracking numbers (outbound, return labels and last-mile numbers) are all
 * detected as the carrier the store recorded. Skipped when ../shared is not checked out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCarriers, isValidFor } from '../../../server/src/commerce/tracking/detect.js';
import type { TrackingRecord } from '../../../server/src/commerce/tracking/model.js';

const SHARED = new URL('../../../../shared/', import.meta.url);
const TRACKING = new URL('fixtures/reference-store/tracking.json', SHARED);
const available = existsSync(TRACKING);

interface Entry extends TrackingRecord {
  kind: string;
}

function numbers(): Array<{ number: string; carrier: string; countries: string[] }> {
  const entries = JSON.parse(readFileSync(TRACKING, 'utf8')) as Entry[];
  return entries.flatMap((e) => {
    const countries = [e.origin_country, e.destination_country].filter((c): c is string => Boolean(c));
    const own = { number: e.tracking_number, carrier: e.carrier, countries };
    if (!e.last_mile) return [own];
    // The last-mile carrier works in the destination country only.
    const destination = e.destination_country ? [e.destination_country] : [];
    return [own, { number: e.last_mile.tracking_number, carrier: e.last_mile.carrier, countries: destination }];
  });
}

describe.skipIf(!available)('reference store tracking numbers (../shared)', () => {
  const all = available ? numbers() : [];

  it('covers outbound and last-mile numbers', () => {
    expect(all.length).toBeGreaterThan(70);
  });

  it.each(all)('$number is a valid $carrier number', ({ number, carrier }) => {
    expect(isValidFor(number, carrier)).toBe(true);
    expect(detectCarriers(number).map((m) => m.carrier)).toContain(carrier);
  });

  it.each(all)('$number is ranked as $carrier given its route', ({ number, carrier, countries }) => {
    const matches = detectCarriers(number, { countries });
    const expected = matches.find((m) => m.carrier === carrier);
    // First, or tied with the first (12-digit Japanese numbers fit Yamato and Japan Post alike).
    expect(expected?.tier).toBe(matches[0]?.tier);
  });
});

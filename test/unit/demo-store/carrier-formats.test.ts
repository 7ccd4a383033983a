import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTracking } from 'ts-tracking-number';
import { describe, expect, it } from 'vitest';
import { KIND_CARRIER, lookalikeCarriers, makeTrackingNumber, trackingNumberProblem, type NumberKind } from '../../../scripts/demo-store/lib/carriers.js';
import { createRng } from '../../../scripts/demo-store/lib/rng.js';
import { REFERENCE_STORE, STORE_DIR, TRACKING_BENCHMARK, hasShared } from './paths.js';

describe('tracking-number rules', () => {
  it.each([
    ['royal-mail', 'RB123456785GB'],
    ['ups', '1Z999AA10123456784'],
    ['fedex', '986578788855'],
    ['usps', '9400111202555842332669'],
    ['dhl', '3318810025'],
    ['canada-post', '0073938000549297'],
    ['dhl-germany', '00340434161094042557'],
  ])('accepts the published %s example %s', (carrier, number) => {
    expect(trackingNumberProblem(carrier, number)).toBeNull();
  });

  it.each([
    ['royal-mail', 'RB123456786GB'],
    ['ups', '1Z999AA10123456785'],
    ['fedex', '986578788856'],
    ['usps', '9400111202555842332668'],
    ['dhl', '3318810026'],
    ['canada-post', '0073938000549292'],
  ])('rejects %s %s with a wrong check digit', (carrier, number) => {
    expect(trackingNumberProblem(carrier, number)).toMatch(/check digit/);
  });

  it('generates valid, unambiguous numbers for every kind', () => {
    const taken = new Set<string>();
    const rng = createRng('test');
    for (const kind of Object.keys(KIND_CARRIER) as NumberKind[]) {
      for (let i = 0; i < 20; i++) {
        const n = makeTrackingNumber(kind, rng, taken);
        expect(trackingNumberProblem(KIND_CARRIER[kind], n), `${kind} ${n}`).toBeNull();
        expect(lookalikeCarriers(KIND_CARRIER[kind], n), `${kind} ${n}`).toEqual([]);
      }
    }
  });

  it('agrees with ts-tracking-number on every UPS, FedEx, USPS, DHL Express and S10 number of the store', () => {
    const tracking = JSON.parse(readFileSync(join(STORE_DIR, 'tracking.json'), 'utf8')) as Array<{ tracking_number: string; carrier: string }>;
    const expected: Record<string, string> = { ups: 'ups', fedex: 'fedex', usps: 'usps', dhl: 'dhl', 'china-post': 's10', 'china-ems': 's10', 'royal-mail': 's10', ctt: 's10' };
    const checked = tracking.filter((t) => expected[t.carrier] && !(t.carrier === 'usps' && !t.tracking_number.startsWith('9')));
    expect(checked.length).toBeGreaterThan(25);
    for (const t of checked) expect(getTracking(t.tracking_number)?.courier.code, t.tracking_number).toBe(expected[t.carrier]);
  });
});

interface BenchmarkRow { number: string; valid: boolean; type_id: string | null }
const OUR_RULE: Record<string, { carrier: string; shape: RegExp }> = {
  ups: { carrier: 'ups', shape: /^1Z/ },
  fedex_12: { carrier: 'fedex', shape: /^\d{12}$/ },
  dhl_express: { carrier: 'dhl', shape: /^\d{10}$/ },
  canada_post: { carrier: 'canada-post', shape: /^\d{16}$/ },
  yunexpress: { carrier: 'yunexpress', shape: /^YT/ },
  usps_impb_n: { carrier: 'usps', shape: /^9[2-5]\d{20}$/ },
  s10: { carrier: 'royal-mail', shape: /GB$/ },
};

describe.skipIf(!hasShared(TRACKING_BENCHMARK))('check digits against the public tracking-number test set (../shared)', () => {
  const rows = readFileSync(TRACKING_BENCHMARK, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as BenchmarkRow);
  const relevant = rows
    .map((r) => ({ ...r, number: r.number.replace(/\s+/g, ''), rule: r.type_id ? OUR_RULE[r.type_id] : undefined }))
    .filter((r) => r.rule && r.rule.shape.test(r.number));

  it('covers valid and invalid numbers of several formats', () => {
    expect(relevant.filter((r) => r.valid).length).toBeGreaterThan(15);
    expect(relevant.filter((r) => !r.valid).length).toBeGreaterThan(3);
  });

  it.each(relevant.map((r) => [r.number, r.type_id, r.valid] as const))('%s (%s) valid=%s', (number, typeId, valid) => {
    const rule = OUR_RULE[typeId ?? ''];
    expect(rule).toBeDefined();
    expect(trackingNumberProblem(rule?.carrier ?? '', number) === null).toBe(valid);
  });
});

describe.skipIf(!hasShared(REFERENCE_STORE))('independence from the reference store (../shared)', () => {
  it('shares no tracking number, order number or e-mail address with it', () => {
    const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
    const numbers = (text: string): Set<string> => new Set((JSON.parse(text) as Array<{ tracking_number: string }>).map((t) => t.tracking_number));
    const ours = numbers(read(STORE_DIR, 'tracking.json'));
    for (const n of numbers(read(REFERENCE_STORE, 'tracking.json'))) expect(ours.has(n), n).toBe(false);
    const refEmails = new Set((JSON.parse(read(REFERENCE_STORE, 'customers.json')) as Array<{ email: string }>).map((c) => c.email));
    for (const c of JSON.parse(read(STORE_DIR, 'customers.json')) as Array<{ email: string }>) expect(refEmails.has(c.email), c.email).toBe(false);
  });
});

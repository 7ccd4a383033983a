import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessLateness, findShippingRule, type LatenessInput, type ShippingPolicy } from '../../../server/src/commerce/tracking/lateness.js';
import { buildShipment, makeLeg, shipmentFromRecord, type Shipment, type TrackingRecord } from '../../../server/src/commerce/tracking/model.js';
import type { TrackingStatus } from '../../../server/src/commerce/tracking/status.js';

/** A policy in store.json's shape, with numbers of our own. */
const POLICY: ShippingPolicy = {
  shipping_methods: [
    { id: 'standard', name: 'Standard', from: ['WH-A'], business_days: [5, 8] },
    { id: 'express', name: 'Express', from: ['WH-A'], business_days: [2, 3] },
    { id: 'standard', name: 'EU (EU)', from: ['WH-B'], destinations: ['DE', 'FR'], business_days: [1, 3] },
    { id: 'standard', name: 'EU (UK)', from: ['WH-B'], destinations: ['UK'], business_days: [2, 5] },
  ],
  lost_parcel: { no_update_days_economy_standard: 14, no_update_days_express: 8 },
};

function shipment(events: Array<[time: string, status: TrackingStatus]>, extra: Partial<Shipment> = {}): Shipment {
  const built = buildShipment({
    legs: [makeLeg('origin', 'yunexpress', 'YT2640175839261047')],
    events: events.map(([time, status]) => ({ time, status, location: null, message: status, carrier: 'yunexpress' })),
  });
  return { ...built, ...extra };
}

// Dispatched Monday 2 Nov 10:00 in Shenzhen = Sunday 1 Nov 21:00 in New York.
const DISPATCH = '2026-11-02T10:00:00+08:00';

const input = (over: Partial<LatenessInput>): LatenessInput => ({
  shipment: shipment([[DISPATCH, 'info_received']]),
  shippingMethod: 'standard',
  warehouse: 'WH-A',
  destinationCountry: 'US',
  policy: POLICY,
  now: '2026-11-05T12:00:00Z',
  timeZone: 'America/New_York',
  ...over,
});

describe('assessLateness: the policy window', () => {
  it('counts business days from dispatch on the destination calendar', () => {
    const result = assessLateness(input({}));
    // Dispatch is Sunday 1 Nov in New York: +5 → Fri 6 Nov, +8 → Wed 11 Nov.
    expect(result.policyWindow).toEqual({ earliest: '2026-11-06', latest: '2026-11-11' });
    expect(result).toMatchObject({ state: 'on_time', expectedBy: '2026-11-11', reasonCode: 'within_policy_window', businessDaysLate: 0 });
    const inShanghai = assessLateness(input({ timeZone: 'Asia/Shanghai' }));
    expect(inShanghai.policyWindow?.latest).toBe('2026-11-12');
  });

  it('is late the day after the window, counting business days late', () => {
    const s = shipment([[DISPATCH, 'info_received'], ['2026-11-12T09:00:00-05:00', 'in_transit']]);
    const result = assessLateness(input({ shipment: s, now: '2026-11-13T15:00:00Z' }));
    expect(result).toMatchObject({ state: 'late', reasonCode: 'past_policy_window', businessDaysLate: 2 });
  });

  it('over a weekend: late on Saturday with 0 business days, 1 on Monday', () => {
    // Dispatched Tuesday 10 Nov (New York), express [2, 3] business days → due Friday 13 Nov.
    const s = shipment([['2026-11-10T09:00:00-05:00', 'info_received']]);
    const base = { shipment: s, shippingMethod: 'express' as const };
    expect(assessLateness(input({ ...base, now: '2026-11-13T20:00:00Z' })).expectedBy).toBe('2026-11-13');
    const saturday = assessLateness(input({ ...base, now: '2026-11-14T15:00:00Z', stalledAfterDays: 30 }));
    expect(saturday).toMatchObject({ state: 'late', businessDaysLate: 0 });
    const monday = assessLateness(input({ ...base, now: '2026-11-16T15:00:00Z', stalledAfterDays: 30 }));
    expect(monday).toMatchObject({ state: 'late', businessDaysLate: 1 });
  });

  it('holidays push the window out', () => {
    const s = shipment([['2026-11-23T09:00:00-05:00', 'info_received']]);
    const without = assessLateness(input({ shipment: s, shippingMethod: 'express', now: '2026-11-24T12:00:00Z' }));
    const withThanksgiving = assessLateness(input({ shipment: s, shippingMethod: 'express', now: '2026-11-24T12:00:00Z', holidays: ['2026-11-26'] }));
    expect(without.expectedBy).toBe('2026-11-26');
    expect(withThanksgiving.expectedBy).toBe('2026-11-27');
  });

  it('uses the explicit dispatch time over the first scan', () => {
    const result = assessLateness(input({ shippedAt: '2026-11-03T09:00:00-05:00' }));
    expect(result.policyWindow?.latest).toBe('2026-11-13');
  });

  it('"today" is the destination’s date: across the date line the same instant is late in Auckland only', () => {
    const s = shipment([['2026-11-16T09:00:00-08:00', 'in_transit']], { expectedDelivery: '2026-11-20' });
    const now = '2026-11-20T11:00:00Z'; // Sat 00:00 in Auckland (NZDT), Fri 03:00 in Los Angeles
    const common = { shipment: s, shippingMethod: 'return', warehouse: 'WH-A', now };
    expect(assessLateness(input({ ...common, timeZone: 'Pacific/Auckland' })).state).toBe('late');
    expect(assessLateness(input({ ...common, timeZone: 'America/Los_Angeles' })).state).toBe('on_time');
  });
});

describe('assessLateness: rules per warehouse and destination', () => {
  it('a rule naming the destination wins; UK in the policy matches GB', () => {
    expect(findShippingRule(POLICY, 'standard', 'WH-B', 'GB')?.business_days).toEqual([2, 5]);
    expect(findShippingRule(POLICY, 'standard', 'WH-B', 'FR')?.business_days).toEqual([1, 3]);
    expect(findShippingRule(POLICY, 'standard', 'WH-B', 'IT')).toBeNull();
    expect(findShippingRule(POLICY, 'standard', 'WH-A', 'JP')?.business_days).toEqual([5, 8]);
  });

  it('without a rule the carrier estimate is the yardstick, and without one nothing is promised', () => {
    const s = shipment([[DISPATCH, 'in_transit']], { expectedDelivery: '2026-11-04' });
    const noRule = { warehouse: 'WH-B', destinationCountry: 'IT' };
    expect(assessLateness(input({ ...noRule, shipment: s }))).toMatchObject({ state: 'late', reasonCode: 'past_carrier_estimate', expectedBy: '2026-11-04' });
    const unknown = assessLateness(input({ ...noRule, shipment: shipment([[DISPATCH, 'in_transit']]) }));
    expect(unknown).toMatchObject({ state: 'on_time', reasonCode: 'no_estimate', expectedBy: null });
  });

  it('a carrier estimate earlier than the promise does not make the parcel late', () => {
    const s = shipment([[DISPATCH, 'in_transit']], { expectedDelivery: '2026-11-04' });
    const result = assessLateness(input({ shipment: s, now: '2026-11-06T12:00:00Z' }));
    expect(result).toMatchObject({ state: 'on_time', carrierEstimate: '2026-11-04', carrierEstimatePassed: true, expectedBy: '2026-11-11' });
  });
});

describe('assessLateness: silence, delivery and returns', () => {
  it('stalled after half the lost threshold without a scan, lost after it', () => {
    const s = shipment([[DISPATCH, 'in_transit']]);
    expect(assessLateness(input({ shipment: s, now: '2026-11-08T03:00:00Z' }))).toMatchObject({ state: 'on_time', daysSinceLastEvent: 6 });
    expect(assessLateness(input({ shipment: s, now: '2026-11-09T03:00:00Z' }))).toMatchObject({ state: 'stalled', reasonCode: 'no_update_stalled', daysSinceLastEvent: 7 });
    expect(assessLateness(input({ shipment: s, now: '2026-11-16T03:00:00Z' }))).toMatchObject({ state: 'lost', reasonCode: 'no_update_lost', lostAfterDays: 14 });
  });

  it('express parcels are lost sooner', () => {
    const s = shipment([[DISPATCH, 'in_transit']]);
    const result = assessLateness(input({ shipment: s, shippingMethod: 'express', now: '2026-11-10T03:00:00Z' }));
    expect(result).toMatchObject({ state: 'lost', lostAfterDays: 8, stalledAfterDays: 4 });
  });

  it('counts whole 24-hour days, whatever the offsets and DST', () => {
    // 14 days minus the hour Europe lost on 29 March: 13 whole days, not yet lost.
    const s = shipment([['2026-03-28T12:00:00+01:00', 'in_transit']]);
    const result = assessLateness(input({ shipment: s, now: '2026-04-11T12:00:00+02:00', timeZone: 'Europe/Berlin' }));
    expect(result.daysSinceLastEvent).toBe(13);
    expect(result.state).toBe('stalled');
  });

  it('an expired shipment is lost', () => {
    const s = shipment([[DISPATCH, 'in_transit']], { status: 'expired' });
    expect(assessLateness(input({ shipment: s })).state).toBe('lost');
  });

  it('delivered on time or late, by business days', () => {
    const onTime = shipment([[DISPATCH, 'info_received'], ['2026-11-10T14:00:00-05:00', 'delivered']]);
    expect(assessLateness(input({ shipment: onTime, now: '2026-12-20T00:00:00Z' }))).toMatchObject({
      state: 'delivered',
      reasonCode: 'delivered_on_time',
      businessDaysLate: 0,
    });
    const late = shipment([[DISPATCH, 'info_received'], ['2026-11-16T10:00:00-05:00', 'delivered']]);
    expect(assessLateness(input({ shipment: late, now: '2026-12-20T00:00:00Z' }))).toMatchObject({
      state: 'delivered',
      reasonCode: 'delivered_late',
      businessDaysLate: 3,
    });
  });

  it('a parcel going back to the sender is never called lost', () => {
    const s = shipment([[DISPATCH, 'in_transit'], ['2026-11-04T10:00:00-05:00', 'returned']]);
    const result = assessLateness(input({ shipment: s, now: '2026-12-01T00:00:00Z' }));
    expect(result).toMatchObject({ state: 'late', reasonCode: 'returned_to_sender', status: 'returned' });
  });

  it('requires a valid clock', () => {
    expect(() => assessLateness(input({ now: 'yesterday' }))).toThrow(RangeError);
  });
});

const STORE = new URL('../../../../shared/fixtures/reference-store/', import.meta.url);

describe.skipIf(!existsSync(new URL('store.json', STORE)))('reference store policy and shipments (../shared)', () => {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, STORE), 'utf8'));
  const store = existsSync(new URL('store.json', STORE)) ? (read('store.json') as { eval_now: string; policies: ShippingPolicy }) : null;
  const records = store ? (read('tracking.json') as Array<TrackingRecord & { kind: string; shipping_method: string; tag: string }>) : [];
  const WAREHOUSE_BY_ORIGIN: Record<string, string> = { CN: 'CN-SZ', US: 'US-ONT', DE: 'DE-LEJ' };

  it('reads store.json policies as a ShippingPolicy and assesses every outbound shipment at eval_now', () => {
    if (!store) return;
    const outbound = records.filter((r) => r.kind === 'outbound');
    expect(outbound.length).toBeGreaterThan(0);
    for (const record of outbound) {
      const result = assessLateness({
        shipment: shipmentFromRecord(record),
        shippingMethod: record.shipping_method,
        warehouse: WAREHOUSE_BY_ORIGIN[record.origin_country ?? ''] ?? 'unknown',
        destinationCountry: record.destination_country ?? '',
        policy: store.policies,
        now: store.eval_now,
        timeZone: 'UTC',
      });
      if (record.tag === 'Delivered') expect(result.state, record.tracking_number).toBe('delivered');
      if (record.tag === 'Expired') expect(result.state, record.tracking_number).toBe('lost');
      // Every outbound route of the store has a rule, so the promise comes from the policy.
      expect(result.policyWindow, record.tracking_number).not.toBeNull();
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shipmentFromRecord, sortEvents, type TrackingRecord } from '../../../server/src/commerce/tracking/model.js';
import { buildTimeline } from '../../../server/src/commerce/tracking/timeline.js';

/** A YunExpress parcel to the UK, handed to Royal Mail; checkpoints listed out of order on purpose. */
const MULTI_LEG: TrackingRecord = {
  tracking_number: 'YT2640175839261047',
  carrier: 'yunexpress',
  tag: 'OutForDelivery',
  subtag_message: null,
  expected_delivery: '2026-11-21',
  delivered_at: null,
  origin_country: 'CN',
  destination_country: 'GB',
  last_mile: {
    carrier: 'royal-mail',
    tracking_number: 'TT527183646GB',
    handed_over_at: '2026-11-19T10:53:07+00:00',
  },
  checkpoints: [
    { time: '2026-11-19T13:09:07+00:00', location: 'Heathrow Worldwide DC', message: "We've got it", tag: 'InTransit', carrier: 'royal-mail' },
    { time: '2026-11-12T19:24:01+08:00', location: 'Shenzhen, CN', message: 'Shipment information received', tag: 'InfoReceived', carrier: 'yunexpress' },
    { time: '2026-11-19T10:53:07+00:00', location: 'London Heathrow, GB', message: 'Handed over to last-mile carrier Royal Mail, local tracking number TT527183646GB', tag: 'InTransit', carrier: 'yunexpress' },
    { time: '2026-11-18T12:58:27+00:00', location: 'London Heathrow, GB', message: 'Customs clearance completed', tag: 'InTransit', carrier: 'yunexpress' },
    { time: '2026-11-20T07:33:53+00:00', location: 'Leeds Delivery Office', message: 'Your item is out for delivery', tag: 'OutForDelivery', carrier: 'royal-mail' },
  ],
};

describe('shipmentFromRecord', () => {
  const shipment = shipmentFromRecord(MULTI_LEG);

  it('has an origin leg and a last-mile leg with their own numbers and tracking pages', () => {
    expect(shipment.legs.map((l) => [l.role, l.carrier, l.number])).toEqual([
      ['origin', 'yunexpress', 'YT2640175839261047'],
      ['last_mile', 'royal-mail', 'TT527183646GB'],
    ]);
    expect(shipment.legs[1]?.trackingUrl).toBe('https://www.royalmail.com/track-your-item#/tracking-results/TT527183646GB');
    expect(shipment.legs[1]?.handedOverAt).toBe('2026-11-19T10:53:07+00:00');
    expect(shipment.legs[0]?.carrierName).toBe('YunExpress');
  });

  it('sorts events by instant and keeps each time with its own offset', () => {
    expect(shipment.events.map((e) => e.time)).toEqual([
      '2026-11-12T19:24:01+08:00',
      '2026-11-18T12:58:27+00:00',
      '2026-11-19T10:53:07+00:00',
      '2026-11-19T13:09:07+00:00',
      '2026-11-20T07:33:53+00:00',
    ]);
    expect(shipment.events.map((e) => e.status)).toEqual(['info_received', 'in_transit', 'in_transit', 'in_transit', 'out_for_delivery']);
  });

  it('derives status, dates and the last event', () => {
    expect(shipment).toMatchObject({
      number: 'YT2640175839261047',
      carrier: 'yunexpress',
      status: 'out_for_delivery',
      expectedDelivery: '2026-11-21',
      deliveredAt: null,
      lastEventAt: '2026-11-20T07:33:53+00:00',
      originCountry: 'CN',
      destinationCountry: 'GB',
    });
  });

  it('takes the record status over the last event: a customs hold, an expired parcel', () => {
    const held = shipmentFromRecord({ ...MULTI_LEG, tag: 'Exception', subtag_message: 'Customs hold' });
    expect(held.status).toBe('customs');
    expect(held.statusDetail).toBe('Customs hold');
    expect(shipmentFromRecord({ ...MULTI_LEG, tag: 'Expired' }).status).toBe('expired');
  });

  it('falls back to the delivered scan for deliveredAt', () => {
    const delivered = shipmentFromRecord({
      ...MULTI_LEG,
      tag: 'Delivered',
      checkpoints: [
        ...(MULTI_LEG.checkpoints ?? []),
        { time: '2026-11-20T13:30:20+00:00', location: 'Leeds', message: 'Delivered', tag: 'Delivered', carrier: 'royal-mail' },
      ],
    });
    expect(delivered.deliveredAt).toBe('2026-11-20T13:30:20+00:00');
  });

  it('sortEvents orders across offsets where the text order is wrong and drops exact repeats', () => {
    const tokyo = { time: '2026-11-01T00:20:00+09:00', location: null, message: 'a', status: 'in_transit' as const, carrier: 'yamato' };
    const shenzhen = { time: '2026-10-31T23:50:00+08:00', location: null, message: 'b', status: 'in_transit' as const, carrier: 'yunexpress' };
    // Tokyo 00:20+09 is 15:20Z, before Shenzhen 23:50+08 (15:50Z) although its text sorts after.
    expect(sortEvents([shenzhen, tokyo, { ...shenzhen }]).map((e) => e.message)).toEqual(['a', 'b']);
  });
});

describe('buildTimeline', () => {
  it('lists events newest first with the leg each belongs to, and the current leg', () => {
    const timeline = buildTimeline(shipmentFromRecord(MULTI_LEG));
    expect(timeline.entries.map((e) => [e.time.slice(0, 10), e.leg.role])).toEqual([
      ['2026-11-20', 'last_mile'],
      ['2026-11-19', 'last_mile'],
      ['2026-11-19', 'origin'], // the handover scan is the line-haul carrier's
      ['2026-11-18', 'origin'],
      ['2026-11-12', 'origin'],
    ]);
    expect(timeline.currentLeg).toMatchObject({ role: 'last_mile', number: 'TT527183646GB' });
    expect(timeline.latest?.message).toBe('Your item is out for delivery');
  });

  it('stays on the origin leg until the handover', () => {
    const before = shipmentFromRecord({ ...MULTI_LEG, checkpoints: MULTI_LEG.checkpoints?.slice(1, 2) });
    expect(buildTimeline(before).currentLeg.role).toBe('origin');
  });

  it('splits legs by handover time when both legs have the same carrier', () => {
    const sameCarrier = shipmentFromRecord({
      tracking_number: '00340434123456789012',
      carrier: 'dhl-germany',
      tag: 'InTransit',
      last_mile: { carrier: 'dhl-germany', tracking_number: '201298452277', handed_over_at: '2026-10-02T08:00:00+02:00' },
      checkpoints: [
        { time: '2026-10-01T09:00:00+02:00', message: 'Picked up', tag: 'InTransit', carrier: 'dhl-germany' },
        { time: '2026-10-02T12:00:00+02:00', message: 'Processed in the parcel center', tag: 'InTransit', carrier: 'dhl-germany' },
      ],
    });
    const timeline = buildTimeline(sameCarrier);
    expect(timeline.entries.map((e) => e.leg.role)).toEqual(['last_mile', 'origin']);
    expect(timeline.currentLeg.number).toBe('201298452277');
  });

  it('a shipment without events has no latest entry and is on its origin leg', () => {
    const empty = buildTimeline(shipmentFromRecord({ tracking_number: '1Z999AA10123456784', carrier: 'ups', tag: 'Pending' }));
    expect(empty).toMatchObject({ entries: [], latest: null, currentLeg: { role: 'origin' } });
  });
});

const TRACKING = new URL('../../../../shared/fixtures/reference-store/tracking.json', import.meta.url);

describe.skipIf(!existsSync(TRACKING))('reference store tracking entries (../shared)', () => {
  const records = existsSync(TRACKING) ? (JSON.parse(readFileSync(TRACKING, 'utf8')) as TrackingRecord[]) : [];

  it('every entry becomes a shipment whose last event is its last checkpoint', () => {
    for (const record of records) {
      const shipment = shipmentFromRecord(record);
      const times = shipment.events.map((e) => Date.parse(e.time));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(shipment.lastEventAt).toBe((record as { last_updated_at?: string }).last_updated_at ?? null);
    }
  });

  it('parcels handed to a last-mile carrier end on that leg', () => {
    const multiLeg = records.filter((r) => r.last_mile);
    expect(multiLeg.length).toBeGreaterThan(0);
    for (const record of multiLeg) {
      const timeline = buildTimeline(shipmentFromRecord(record));
      expect(timeline.currentLeg.number).toBe(record.last_mile?.tracking_number);
      expect(timeline.entries.filter((e) => e.leg.role === 'last_mile').every((e) => e.carrier === record.last_mile?.carrier)).toBe(true);
    }
  });
});

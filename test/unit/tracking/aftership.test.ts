import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isParleyError } from '../../../server/src/errors.js';
import {
  createAfterShipProvider,
  verifyAfterShipSignature,
} from '../../../server/src/commerce/tracking/providers/aftership.js';
import { buildTimeline } from '../../../server/src/commerce/tracking/timeline.js';

const FIXTURES = new URL('../../fixtures/tracking/aftership/', import.meta.url);
const load = (name: string): unknown => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

const provider = createAfterShipProvider();
const parseOne = (name: string) => {
  const updates = provider.parseWebhook(load(name));
  expect(updates).toHaveLength(1);
  const [update] = updates;
  if (!update) throw new Error('no update');
  return update;
};

describe('AfterShip webhook payloads', () => {
  it('delivered: status, delivery time, structured locations, countries', () => {
    const { shipment, carrierSource, provider: name } = parseOne('delivered.json');
    expect(name).toBe('aftership');
    expect(carrierSource).toBe('provider');
    expect(shipment).toMatchObject({
      number: '1Z4Y97F20366128736',
      carrier: 'ups',
      status: 'delivered',
      deliveredAt: '2026-10-14T14:02:11-07:00',
      expectedDelivery: '2026-10-14',
      originCountry: 'US',
      destinationCountry: 'US',
    });
    expect(shipment.events.map((e) => e.status)).toEqual(['info_received', 'in_transit', 'in_transit', 'out_for_delivery', 'delivered']);
    expect(shipment.events[1]?.location).toBe('Ontario, CA, USA');
    expect(shipment.legs).toHaveLength(1);
  });

  it('customs hold: the shipment and its last scan are "customs", earlier customs progress is in transit', () => {
    const { shipment } = parseOne('customs-hold.json');
    expect(shipment.status).toBe('customs');
    expect(shipment.statusDetail).toBe('Delayed (Customs clearance)');
    expect(shipment.events.at(-1)?.status).toBe('customs');
    expect(shipment.events.find((e) => e.message === 'Customs clearance started')?.status).toBe('in_transit');
    expect(shipment.destinationCountry).toBe('ES');
  });

  it('exception, returned to sender (German wording)', () => {
    const { shipment } = parseOne('exception-returned.json');
    expect(shipment.carrier).toBe('dhl-germany');
    expect(shipment.status).toBe('returned');
    expect(shipment.events.map((e) => e.status)).toEqual(['info_received', 'out_for_delivery', 'returned', 'returned']);
  });

  it('exception, damaged parcel', () => {
    const { shipment } = parseOne('exception-damaged.json');
    expect(shipment.status).toBe('exception');
    expect(shipment.statusDetail).toBe('Shipment damage');
    expect(shipment.destinationCountry).toBeNull();
  });

  it('multi-leg handover: the last-mile number is read from the handover message', () => {
    const { shipment } = parseOne('multi-leg-handover.json');
    expect(shipment.legs.map((l) => [l.role, l.carrier, l.number])).toEqual([
      ['origin', 'yunexpress', 'YT2640175839261047'],
      ['last_mile', 'royal-mail', 'TT527183646GB'],
    ]);
    expect(shipment.legs[1]?.handedOverAt).toBe('2026-11-19T10:53:07+00:00');
    const timeline = buildTimeline(shipment);
    expect(timeline.currentLeg.number).toBe('TT527183646GB');
    expect(timeline.entries[0]).toMatchObject({ status: 'out_for_delivery', carrier: 'royal-mail', leg: { role: 'last_mile' } });
  });

  it('out-of-order checkpoints are sorted by instant across offsets, duplicates dropped, next_couriers used', () => {
    const { shipment } = parseOne('out-of-order.json');
    expect(shipment.events.map((e) => e.time)).toEqual([
      '2026-10-26T17:39:56+08:00',
      '2026-10-27T04:01:18+08:00',
      '2026-10-29T08:10:54+09:00',
      '2026-10-30T11:51:31+09:00',
      '2026-11-01T00:20:00+09:00', // 15:20Z, before the +08:00 scan below
      '2026-10-31T23:50:00+08:00',
    ]);
    expect(shipment.legs[1]).toMatchObject({ role: 'last_mile', carrier: 'yamato', number: '382051947723' });
    expect(shipment.lastEventAt).toBe('2026-10-31T23:50:00+08:00');
    expect(buildTimeline(shipment).currentLeg.carrier).toBe('yamato');
  });

  it('unknown slug: the carrier is detected from the number', () => {
    const update = parseOne('unknown-slug.json');
    expect(update.providerSlug).toBe('acme-regional-express');
    expect(update.carrierSource).toBe('detected');
    expect(update.shipment.carrier).toBe('dhl');
    expect(update.shipment.expectedDelivery).toBeNull();
  });

  it('unknown slug and an unrecognisable number keep the provider slug', () => {
    const body = load('unknown-slug.json') as { msg: Record<string, unknown> };
    const [update] = provider.parseWebhook({ ...body, msg: { ...body.msg, tracking_number: 'ACME-000123' } });
    expect(update).toMatchObject({ carrierSource: 'unknown', shipment: { carrier: 'acme-regional-express', number: 'ACME-000123' } });
  });

  it('maps AfterShip slugs that differ from ours', () => {
    const body = load('delivered.json') as { msg: Record<string, unknown> };
    const [update] = provider.parseWebhook({ ...body, msg: { ...body.msg, slug: 'spain-correos-es', tracking_number: 'PQ4B7C1234567890123456X' } });
    expect(update?.shipment.carrier).toBe('correos');
  });

  it('rejects malformed bodies with a typed error', () => {
    for (const body of [null, 'text', { event: 'tracking_update' }, { msg: { slug: 'ups' } }]) {
      try {
        provider.parseWebhook(body);
        expect.unreachable();
      } catch (err) {
        expect(isParleyError(err) && err.code).toBe('UNPROCESSABLE');
      }
    }
  });

  it('verifies the webhook signature over the raw body', () => {
    const raw = readFileSync(new URL('delivered.json', FIXTURES), 'utf8');
    const signature = createHmac('sha256', 'whsec_test').update(raw).digest('base64');
    expect(verifyAfterShipSignature(raw, signature, 'whsec_test')).toBe(true);
    expect(verifyAfterShipSignature(raw, signature, 'other-secret')).toBe(false);
    expect(verifyAfterShipSignature(`${raw} `, signature, 'whsec_test')).toBe(false);
  });
});

describe('AfterShip API fetch (against a local HTTP server)', () => {
  let server: Server;
  let baseUrl = '';
  const seen: Array<{ url: string; key: string | undefined }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', key: req.headers['as-api-key'] as string | undefined });
      const url = new URL(req.url ?? '/', 'http://localhost');
      const number = url.searchParams.get('tracking_numbers');
      res.setHeader('content-type', 'application/json');
      if (number === 'EJ720518460JP') res.end(readFileSync(new URL('api-response.json', FIXTURES)));
      else if (number === 'BROKEN') res.writeHead(500).end('{}');
      else res.writeHead(404).end('{"meta":{"code":4004}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tracking/2024-04`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches one number with the API key and parses the list response', async () => {
    const api = createAfterShipProvider({ apiKey: 'test-key', baseUrl });
    const update = await api.fetch?.('EJ 720 518 460 JP', 'japan-post');
    expect(update?.shipment).toMatchObject({ number: 'EJ720518460JP', carrier: 'japan-post', status: 'in_transit', originCountry: 'JP' });
    expect(seen.at(-1)).toEqual({ url: '/tracking/2024-04/trackings?tracking_numbers=EJ720518460JP&slug=japan-post', key: 'test-key' });
  });

  it('returns null for an unknown number and throws on server errors', async () => {
    const api = createAfterShipProvider({ apiKey: 'test-key', baseUrl });
    await expect(api.fetch?.('1Z999AA10123456784')).resolves.toBeNull();
    await expect(api.fetch?.('BROKEN')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('refuses to call the API without a key', async () => {
    await expect(createAfterShipProvider({ baseUrl }).fetch?.('EJ720518460JP')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});

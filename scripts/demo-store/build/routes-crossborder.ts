/** Routes from the Hangzhou warehouse: cross-border lines, postal services and express couriers. */
import { lastMileSteps } from './last-mile.js';
import { carrierName } from './routes-local.js';
import { HANGZHOU, SHANGHAI, gateway, upper } from './places.js';
import { step, type StepSpec } from './timeline-types.js';
import type { RouteContext } from './routes.js';

const CN = HANGZHOU.tz;

/** Import customs at the destination airport, or a hold that stops the parcel there. */
function importCustoms(c: RouteContext, carrier: string, place: { place: string; tz: string }): StepSpec[] {
  const ioss = ['NL', 'DE', 'FR', 'ES', 'IT', 'PT'].includes(c.dest.country) ? ' (IOSS)' : '';
  const started = step(4, place.place, place.tz, 'InTransit', carrier, 'Import customs clearance started');
  if (c.outcome === 'customs-hold') {
    return [
      started,
      step(26, place.place, place.tz, 'Exception', carrier, 'Held by customs – additional information requested (consignment selected for inspection)'),
      step(50, place.place, place.tz, 'Exception', carrier, 'Customs inspection in progress'),
    ];
  }
  return [started, step(20, place.place, place.tz, 'InTransit', carrier, `Import customs clearance completed${ioss}`)];
}

function lineHaul(c: RouteContext, carrier: string, departed: string, arrived: string): StepSpec[] {
  const gw = gateway(c.dest);
  const flightHours = { US: 26, CA: 24, GB: 30, DE: 28, FR: 28, ES: 30, PT: 32, NL: 28, IT: 30, JP: 14, AU: 22 }[c.dest.country] ?? 28;
  const out = [step(14, SHANGHAI.place, SHANGHAI.tz, 'InTransit', carrier, departed)];
  if (c.delayDays > 0) out.push(step(20, SHANGHAI.place, SHANGHAI.tz, 'InTransit', carrier, 'Line-haul delayed – waiting for flight capacity'));
  out.push(step(flightHours + c.delayDays * 24, gw.place, gw.tz, 'InTransit', carrier, arrived));
  return out;
}

function handover(c: RouteContext, carrier: string, hours: number): StepSpec[] {
  if (!c.lastMile || !c.lastMileNumber) throw new Error(`${carrier} route needs a last-mile carrier`);
  const gw = gateway(c.dest);
  const h = step(hours, gw.place, gw.tz, 'InTransit', carrier, `Handed over to last-mile carrier ${carrierName(c.lastMile)}, local tracking number ${c.lastMileNumber}`);
  h.handover = true;
  return [h, ...lastMileSteps(c.lastMile, c.dest, c.outcome, 6)];
}

export function yunExpress(c: RouteContext): StepSpec[] {
  const gw = gateway(c.dest);
  const head = [
    step(0, HANGZHOU.place, CN, 'InfoReceived', 'yunexpress', 'Shipment information received'),
    step(7, HANGZHOU.place, CN, 'InTransit', 'yunexpress', 'Arrived at YunExpress Hangzhou sorting center'),
    step(9, HANGZHOU.place, CN, 'InTransit', 'yunexpress', 'Departed from sorting center'),
    step(10, SHANGHAI.place, SHANGHAI.tz, 'InTransit', 'yunexpress', 'Export customs cleared'),
    ...lineHaul(c, 'yunexpress', 'Departed origin airport', 'Arrived at destination airport'),
    ...importCustoms(c, 'yunexpress', gw),
  ];
  return c.outcome === 'customs-hold' ? head : [...head, ...handover(c, 'yunexpress', 18)];
}

export function fourPx(c: RouteContext): StepSpec[] {
  const gw = gateway(c.dest);
  const head = [
    step(0, HANGZHOU.place, CN, 'InfoReceived', '4px', 'Order information received by 4PX'),
    step(6, HANGZHOU.place, CN, 'InTransit', '4px', 'Inbound scan at 4PX Hangzhou warehouse'),
    step(11, HANGZHOU.place, CN, 'InTransit', '4px', 'Outbound scan – departed 4PX warehouse'),
    step(9, SHANGHAI.place, SHANGHAI.tz, 'InTransit', '4px', 'Export clearance completed'),
    ...lineHaul(c, '4px', 'Flight departed', 'Flight arrived at destination'),
    ...importCustoms(c, '4px', gw),
  ];
  return c.outcome === 'customs-hold' ? head : [...head, ...handover(c, '4px', 22)];
}

/** UPU postal items keep their S10 number; scans after arrival come from the destination post. */
export function chinaPost(c: RouteContext, ems: boolean): StepSpec[] {
  const origin = ems ? 'china-ems' : 'china-post';
  const inward = c.dest.country === 'GB' ? { place: 'Heathrow Worldwide Distribution Centre', tz: 'Europe/London' }
    : c.dest.country === 'US' ? { place: 'ISC NEW YORK NY(USPS)', tz: 'America/New_York' }
    : c.dest.country === 'JP' ? { place: /大阪/.test(c.dest.city) ? 'OSAKA INTERNATIONAL' : 'TOKYO INTERNATIONAL', tz: 'Asia/Tokyo' }
    : gateway(c.dest);
  const post = { GB: 'royal-mail', US: 'usps', JP: 'japan-post', CA: 'canada-post', AU: 'australia-post' }[c.dest.country];
  if (!post) throw new Error(`no postal operator for ${c.dest.country}`);
  return [
    step(0, HANGZHOU.place, CN, 'InfoReceived', origin, 'Electronic information submitted by shipper'),
    step(11, HANGZHOU.place, CN, 'InTransit', origin, 'Posting/Collection'),
    step(20, 'Shanghai International Mail Processing Centre', CN, 'InTransit', origin, 'Arrival at outward office of exchange'),
    step(30 + c.delayDays * 24, 'Shanghai International Mail Processing Centre', CN, 'InTransit', origin, 'Dispatch from outward office of exchange'),
    step(ems ? 40 : 120, inward.place, inward.tz, 'InTransit', post, 'Arrival at inward office of exchange'),
    step(10, inward.place, inward.tz, 'InTransit', post, 'Customs clearance'),
    step(14, inward.place, inward.tz, 'InTransit', post, 'Dispatch from inward office of exchange'),
    ...lastMileSteps(post, c.dest, c.outcome, ems ? 14 : 30),
  ];
}

const DHL_HUB: Record<string, { place: string; tz: string }> = {
  US: { place: 'CINCINNATI HUB - USA', tz: 'America/New_York' },
  CA: { place: 'TORONTO - CANADA', tz: 'America/Toronto' },
  AU: { place: 'SYDNEY - AUSTRALIA', tz: 'Australia/Sydney' },
  JP: { place: 'TOKYO - JAPAN', tz: 'Asia/Tokyo' },
  GB: { place: 'EAST MIDLANDS - UK', tz: 'Europe/London' },
};

export function dhlExpressCn(c: RouteContext): StepSpec[] {
  const d = c.dest;
  const hub = DHL_HUB[d.country] ?? { place: 'LEIPZIG - GERMANY', tz: 'Europe/Berlin' };
  const local = `${upper(d.city)} - ${d.country === 'AU' ? 'AUSTRALIA' : d.country === 'US' ? 'USA' : d.country}`;
  const head = [
    step(0, 'HANGZHOU - CHINA MAINLAND', CN, 'InfoReceived', 'dhl', 'Shipment information received'),
    step(3, 'HANGZHOU - CHINA MAINLAND', CN, 'InTransit', 'dhl', 'Shipment picked up'),
    step(4, 'HANGZHOU - CHINA MAINLAND', CN, 'InTransit', 'dhl', 'Processed at HANGZHOU - CHINA MAINLAND'),
    step(3, 'HANGZHOU - CHINA MAINLAND', CN, 'InTransit', 'dhl', 'Departed Facility in HANGZHOU - CHINA MAINLAND'),
    step(6, 'HONG KONG - HONG KONG SAR, CHINA', 'Asia/Hong_Kong', 'InTransit', 'dhl', 'Arrived at Sort Facility HONG KONG - HONG KONG SAR, CHINA'),
    step(5, 'HONG KONG - HONG KONG SAR, CHINA', 'Asia/Hong_Kong', 'InTransit', 'dhl', 'Departed Facility in HONG KONG - HONG KONG SAR, CHINA'),
    step(16, hub.place, hub.tz, 'InTransit', 'dhl', `Arrived at Sort Facility ${hub.place}`),
    step(2, hub.place, hub.tz, 'InTransit', 'dhl', 'Customs clearance status updated'),
  ];
  if (c.outcome === 'duties-due') {
    return [
      ...head,
      step(9, hub.place, hub.tz, 'Exception', 'dhl', 'Duties and taxes are due – the shipment is on hold until the receiver pays'),
      step(20, hub.place, hub.tz, 'Exception', 'dhl', 'Receiver contacted by DHL for payment of duties and taxes'),
    ];
  }
  return [
    ...head,
    step(8, hub.place, hub.tz, 'InTransit', 'dhl', `Clearance processing complete at ${hub.place}`),
    step(3, hub.place, hub.tz, 'InTransit', 'dhl', `Departed Facility in ${hub.place}`),
    step(7, local, d.tz, 'InTransit', 'dhl', `Arrived at DHL Delivery Facility ${local}`),
    step({ days: 0, at: '08:20' }, local, d.tz, 'OutForDelivery', 'dhl', 'With delivery courier'),
    step({ days: 0, at: '13:05' }, local, d.tz, 'Delivered', 'dhl', 'Delivered'),
  ];
}

export function upsCn(c: RouteContext): StepSpec[] {
  const d = c.dest;
  const ca = d.country === 'CA';
  const entry = ca ? { place: 'Mississauga, ON, Canada', tz: 'America/Toronto' } : { place: 'Louisville, KY, United States', tz: 'America/Kentucky/Louisville' };
  const here = `${d.city}, ${d.region}, ${ca ? 'Canada' : 'United States'}`;
  return [
    step(0, 'Hangzhou, China', CN, 'InfoReceived', 'ups', 'Shipper created a label, UPS has not received the package yet.'),
    step(3, 'Hangzhou, China', CN, 'InTransit', 'ups', 'Pickup Scan'),
    step(8, 'Shanghai, China', CN, 'InTransit', 'ups', 'Departed from Facility'),
    step(11, 'Anchorage, AK, United States', 'America/Anchorage', 'InTransit', 'ups', 'Arrived at Facility'),
    step(3, 'Anchorage, AK, United States', 'America/Anchorage', 'InTransit', 'ups', 'Departed from Facility'),
    step(7, entry.place, entry.tz, 'InTransit', 'ups', 'Import Scan'),
    step(6, entry.place, entry.tz, 'InTransit', 'ups', 'Your package was released by the customs agency.'),
    step(3, entry.place, entry.tz, 'InTransit', 'ups', 'Departed from Facility'),
    step(ca ? 4 : 20, here, d.tz, 'InTransit', 'ups', 'Arrived at Facility'),
    step({ days: 1, at: '07:45' }, here, d.tz, 'OutForDelivery', 'ups', 'Out For Delivery Today'),
    step({ days: 0, at: '13:35' }, here, d.tz, 'Delivered', 'ups', 'Delivered'),
  ];
}

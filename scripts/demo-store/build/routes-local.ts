/** Routes from the New Jersey and Rotterdam warehouses. */
import { lastMileSteps } from './last-mile.js';
import { CARTERET, ROTTERDAM, gateway, upper, usTransitHours } from './places.js';
import { step, type StepSpec } from './timeline-types.js';
import type { RouteContext } from './routes.js';

const NJ = CARTERET.tz;
const NL = ROTTERDAM.tz;

export function uspsGround(c: RouteContext): StepSpec[] {
  return [
    step(0, CARTERET.place, NJ, 'InfoReceived', 'usps', 'Shipping Label Created, USPS Awaiting Item'),
    step(3.5, CARTERET.place, NJ, 'InTransit', 'usps', 'USPS in possession of item'),
    step(4, 'KEARNY NJ DISTRIBUTION CENTER', NJ, 'InTransit', 'usps', 'Arrived at USPS Regional Origin Facility'),
    step(5, 'KEARNY NJ DISTRIBUTION CENTER', NJ, 'InTransit', 'usps', 'Departed USPS Regional Facility'),
    step(6, 'KEARNY NJ DISTRIBUTION CENTER', NJ, 'InTransit', 'usps', 'In Transit to Next Facility'),
    ...lastMileSteps('usps', c.dest, c.outcome, usTransitHours(c.dest)),
  ];
}

export function upsGround(c: RouteContext): StepSpec[] {
  const d = c.dest;
  const here = `${d.city}, ${d.region}, United States`;
  const done = c.outcome === 'attempt-then-delivered'
    ? [
        step({ days: 0, at: '14:30' }, here, d.tz, 'AttemptFail', 'ups', "The receiver was not available at the time of the first delivery attempt. We'll make a second attempt the next business day."),
        step({ days: 1, at: '08:05' }, here, d.tz, 'OutForDelivery', 'ups', 'Out For Delivery Today'),
        step({ days: 0, at: '13:15' }, here, d.tz, 'Delivered', 'ups', 'Delivered'),
      ]
    : [step({ days: 0, at: '13:45' }, here, d.tz, 'Delivered', 'ups', 'Delivered')];
  return [
    step(0, 'Carteret, NJ, United States', NJ, 'InfoReceived', 'ups', 'Shipper created a label, UPS has not received the package yet.'),
    step(4, 'Carteret, NJ, United States', NJ, 'InTransit', 'ups', 'Pickup Scan'),
    step(5, 'Secaucus, NJ, United States', NJ, 'InTransit', 'ups', 'Arrived at Facility'),
    step(4, 'Secaucus, NJ, United States', NJ, 'InTransit', 'ups', 'Departed from Facility'),
    step(usTransitHours(d), here, d.tz, 'InTransit', 'ups', 'Arrived at Facility'),
    step({ days: 1, at: '07:30' }, here, d.tz, 'OutForDelivery', 'ups', 'Out For Delivery Today'),
    ...done,
  ];
}

export function fedex2Day(c: RouteContext): StepSpec[] {
  const d = c.dest;
  const here = `${upper(d.city)}, ${d.region}`;
  return [
    step(0, 'CARTERET, NJ', NJ, 'InfoReceived', 'fedex', 'Shipment information sent to FedEx'),
    step(4, 'CARTERET, NJ', NJ, 'InTransit', 'fedex', 'Picked up'),
    step(3, 'NEWARK, NJ', NJ, 'InTransit', 'fedex', 'Departed FedEx hub'),
    step(usTransitHours(d) / 2 + 4, here, d.tz, 'InTransit', 'fedex', 'At local FedEx facility'),
    step({ days: 0, at: '08:10' }, here, d.tz, 'OutForDelivery', 'fedex', 'On FedEx vehicle for delivery'),
    step({ days: 0, at: '14:50' }, here, d.tz, 'Delivered', 'fedex', 'Delivered'),
  ];
}

export function postnlDomestic(c: RouteContext): StepSpec[] {
  return [
    step(0, ROTTERDAM.place, NL, 'InfoReceived', 'postnl', 'Shipment pre-registered by the sender'),
    step(3, ROTTERDAM.place, NL, 'InTransit', 'postnl', 'Shipment received by PostNL'),
    ...lastMileSteps('postnl', c.dest, c.outcome, 5),
  ];
}

export function dhlPaket(c: RouteContext): StepSpec[] {
  const entry = c.dest.country === 'IT' ? { place: 'Milano, Italy', tz: 'Europe/Rome' } : { place: 'Krefeld, Germany', tz: 'Europe/Berlin' };
  return [
    step(0, 'Rotterdam, Netherlands', NL, 'InfoReceived', 'dhl-germany', 'The instruction data for this shipment have been provided by the sender to DHL electronically'),
    step(2.5, 'Rotterdam, Netherlands', NL, 'InTransit', 'dhl-germany', 'The shipment has been picked up'),
    step(5, 'Tilburg, Netherlands', NL, 'InTransit', 'dhl-germany', 'The shipment has been processed in the parcel center of origin'),
    step(c.dest.country === 'IT' ? 30 : 9, entry.place, entry.tz, 'InTransit', 'dhl-germany', 'The shipment has arrived in the destination country'),
    ...lastMileSteps('dhl-germany', c.dest, c.outcome, c.dest.country === 'IT' ? 16 : 6),
  ];
}

/** PostNL to France, Spain, Portugal and the UK, handed to the national carrier for the last mile. */
export function postnlInternational(c: RouteContext): StepSpec[] {
  if (!c.lastMile || !c.lastMileNumber) throw new Error('postnl international route needs a last-mile carrier');
  const gw = gateway(c.dest);
  const haul = { FR: 14, ES: 40, PT: 52, GB: 30 }[c.dest.country] ?? 24;
  const steps = [
    step(0, ROTTERDAM.place, NL, 'InfoReceived', 'postnl', 'Shipment pre-registered by the sender'),
    step(3, ROTTERDAM.place, NL, 'InTransit', 'postnl', 'Shipment received by PostNL'),
    step(6, 'International Sorting Centre Amsterdam, NL', NL, 'InTransit', 'postnl', 'Shipment sorted at the international sorting centre'),
    step(8, 'International Sorting Centre Amsterdam, NL', NL, 'InTransit', 'postnl', 'Shipment has left the Netherlands'),
    step(haul + c.delayDays * 24, gw.place, gw.tz, 'InTransit', 'postnl', 'Shipment has arrived in the destination country'),
  ];
  if (c.dest.country === 'GB') steps.push(step(6, gw.place, gw.tz, 'InTransit', 'postnl', 'Customs clearance completed (UK VAT paid by the sender)'));
  const handover = step(5, gw.place, gw.tz, 'InTransit', 'postnl', `Handed over to last-mile carrier ${carrierName(c.lastMile)}, local tracking number ${c.lastMileNumber}`);
  handover.handover = true;
  return [...steps, handover, ...lastMileSteps(c.lastMile, c.dest, c.outcome, 4)];
}

export function dhlExpressEu(c: RouteContext): StepSpec[] {
  const d = c.dest;
  const country = { GB: 'UK', DE: 'GERMANY', FR: 'FRANCE', ES: 'SPAIN', IT: 'ITALY', PT: 'PORTUGAL', NL: 'NETHERLANDS' }[d.country] ?? d.country;
  const uk = d.country === 'GB';
  const hub = uk ? { place: 'EAST MIDLANDS - UK', tz: 'Europe/London' } : { place: 'LEIPZIG - GERMANY', tz: 'Europe/Berlin' };
  const local = `${upper(d.city)} - ${country}`;
  return [
    step(0, 'ROTTERDAM - NETHERLANDS', NL, 'InfoReceived', 'dhl', 'Shipment information received'),
    step(2, 'ROTTERDAM - NETHERLANDS', NL, 'InTransit', 'dhl', 'Shipment picked up'),
    step(3, 'AMSTERDAM - NETHERLANDS', NL, 'InTransit', 'dhl', 'Processed at AMSTERDAM - NETHERLANDS'),
    step(2, 'AMSTERDAM - NETHERLANDS', NL, 'InTransit', 'dhl', 'Departed Facility in AMSTERDAM - NETHERLANDS'),
    step(2.5, hub.place, hub.tz, 'InTransit', 'dhl', `Arrived at Sort Facility ${hub.place}`),
    ...(uk ? [step(1.5, hub.place, hub.tz, 'InTransit', 'dhl', `Clearance processing complete at ${hub.place}`)] : []),
    step(2, hub.place, hub.tz, 'InTransit', 'dhl', `Departed Facility in ${hub.place}`),
    step(3, local, d.tz, 'InTransit', 'dhl', `Arrived at DHL Delivery Facility ${local}`),
    step({ days: 0, at: '08:05' }, local, d.tz, 'OutForDelivery', 'dhl', 'With delivery courier'),
    step({ days: 0, at: '11:50' }, local, d.tz, 'Delivered', 'dhl', 'Delivered'),
  ];
}

export function carrierName(slug: string): string {
  const names: Record<string, string> = {
    usps: 'USPS', 'canada-post': 'Canada Post', 'australia-post': 'Australia Post', yamato: 'Yamato Transport',
    'japan-post': 'Japan Post', 'royal-mail': 'Royal Mail', colissimo: 'Colissimo', correos: 'Correos', ctt: 'CTT',
    postnl: 'PostNL', 'dhl-germany': 'DHL Paket',
  };
  return names[slug] ?? slug;
}

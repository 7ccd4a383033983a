/**
 * Return parcels: a label created by the customer (or for them), then the carrier's scans from the
 * drop-off to our return address. Only the routes used by the demo RMAs are modelled.
 */
import type { ReturnSpec } from '../data/order-types.js';
import { CARTERET, HANGZHOU, ROTTERDAM, scanCity, upper } from './places.js';
import { step, type Destination, type StepSpec } from './timeline-types.js';

export type ReturnRoute = NonNullable<ReturnSpec['label']>['route'];

export interface ReturnSteps {
  label: StepSpec;
  /** Scans from the drop-off (first step has after = 0) to delivery at the warehouse. */
  transit: StepSpec[];
}

export function returnSteps(route: ReturnRoute, from: Destination): ReturnSteps {
  const tz = from.tz;
  switch (route) {
    case 'usps-return': {
      const po = `${upper(from.city)}, ${from.region} ${from.zip}`;
      return {
        label: step(0, po, tz, 'InfoReceived', 'usps', 'Shipping Label Created, USPS Awaiting Item'),
        transit: [
          step(0, po, tz, 'InTransit', 'usps', 'USPS in possession of item'),
          step(7, `${upper(from.city)} ${from.region} DISTRIBUTION CENTER`, tz, 'InTransit', 'usps', 'Arrived at USPS Regional Origin Facility'),
          step(6, `${upper(from.city)} ${from.region} DISTRIBUTION CENTER`, tz, 'InTransit', 'usps', 'In Transit to Next Facility'),
          step(50, 'KEARNY NJ DISTRIBUTION CENTER', CARTERET.tz, 'InTransit', 'usps', 'Arrived at USPS Regional Destination Facility'),
          step({ days: 1, at: '06:40' }, CARTERET.place, CARTERET.tz, 'OutForDelivery', 'usps', 'Out for Delivery'),
          step({ days: 0, at: '11:20' }, CARTERET.place, CARTERET.tz, 'Delivered', 'usps', 'Delivered, To Mail Room'),
        ],
      };
    }
    case 'dhl-paket-return': {
      const country = from.country === 'IT' ? 'Italy' : 'Germany';
      return {
        label: step(0, `${from.city}, ${country}`, tz, 'InfoReceived', 'dhl-germany', 'The instruction data for this shipment have been provided by the sender to DHL electronically'),
        transit: [
          step(0, `${from.city}, ${country}`, tz, 'InTransit', 'dhl-germany', 'The shipment has been posted by the sender at the retail outlet'),
          step(9, `${from.city}, ${country}`, tz, 'InTransit', 'dhl-germany', 'The shipment has been processed in the parcel center of origin'),
          step(20, 'Venlo, Netherlands', ROTTERDAM.tz, 'InTransit', 'dhl-germany', 'The shipment has arrived in the destination country'),
          step({ days: 1, at: '07:10' }, 'Rotterdam, Netherlands', ROTTERDAM.tz, 'OutForDelivery', 'dhl-germany', 'The shipment has been loaded onto the delivery vehicle'),
          step({ days: 0, at: '10:35' }, 'Rotterdam, Netherlands', ROTTERDAM.tz, 'Delivered', 'dhl-germany', 'The shipment has been delivered'),
        ],
      };
    }
    case 'colissimo-return':
      return {
        label: step(0, `${from.city} ${from.zip}`, tz, 'InfoReceived', 'colissimo', 'Your return label has been created'),
        transit: [
          step(0, `${from.city} ${from.zip} – bureau de poste`, tz, 'InTransit', 'colissimo', 'Your parcel has been dropped off at the post office'),
          step(8, `Plateforme Colis ${from.city}`, tz, 'InTransit', 'colissimo', 'Your parcel is being processed at our sorting centre'),
          step(30, 'Roissy Hub International, FR', 'Europe/Paris', 'InTransit', 'colissimo', 'Your parcel has left France'),
          step(28, ROTTERDAM.place, ROTTERDAM.tz, 'Delivered', 'colissimo', 'Your parcel has been delivered to the sender'),
        ],
      };
    case 'ctt-return':
      return {
        label: step(0, `${from.city}`, tz, 'InfoReceived', 'ctt', 'Shipping information received'),
        transit: [
          step(0, `Loja CTT ${from.city}`, tz, 'InTransit', 'ctt', 'Accepted'),
          step(10, 'Centro Operacional CTT Maia', tz, 'InTransit', 'ctt', 'In transit'),
          step(20, 'Centro Operacional CTT Maia', tz, 'InTransit', 'ctt', 'Departed Portugal'),
          step(60, ROTTERDAM.place, ROTTERDAM.tz, 'Delivered', 'ctt', 'Delivered'),
        ],
      };
    case 'japan-post-ems-return':
      return {
        label: step(0, `${upper(scanCity(from))} Post Office`, tz, 'InfoReceived', 'japan-post', 'Shipping label created'),
        transit: [
          step(0, `${upper(scanCity(from))} Post Office`, tz, 'InTransit', 'japan-post', 'Posting/Collection'),
          step(10, /大阪/.test(from.city) ? 'OSAKA INTERNATIONAL' : 'TOKYO INTERNATIONAL', tz, 'InTransit', 'japan-post', 'Arrival at outward office of exchange'),
          step(14, /大阪/.test(from.city) ? 'OSAKA INTERNATIONAL' : 'TOKYO INTERNATIONAL', tz, 'InTransit', 'japan-post', 'Dispatch from outward office of exchange'),
          step(30, 'HANGZHOU, CN', HANGZHOU.tz, 'InTransit', 'china-ems', 'Arrival at inward office of exchange'),
          step(20, 'HANGZHOU, CN', HANGZHOU.tz, 'InTransit', 'china-ems', 'Customs clearance'),
          step({ days: 1, at: '10:30' }, HANGZHOU.place, HANGZHOU.tz, 'Delivered', 'china-ems', 'Final delivery'),
        ],
      };
  }
}

export const RETURN_ROUTE_KIND = {
  'usps-return': 'usps-return',
  'dhl-paket-return': 'dhl-germany',
  'colissimo-return': 'colissimo',
  'ctt-return': 'ctt',
  'japan-post-ems-return': 'japan-post-ems',
} as const;

export const RETURN_TO: Record<ReturnRoute, { warehouse: string; country: string }> = {
  'usps-return': { warehouse: 'US-EWR', country: 'US' },
  'dhl-paket-return': { warehouse: 'NL-RTM', country: 'NL' },
  'colissimo-return': { warehouse: 'NL-RTM', country: 'NL' },
  'ctt-return': { warehouse: 'NL-RTM', country: 'NL' },
  'japan-post-ems-return': { warehouse: 'CN-HGH', country: 'CN' },
};

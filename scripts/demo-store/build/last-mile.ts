/**
 * The last leg of a parcel, in the wording of the carrier that delivers it: arrival at the local
 * depot, out for delivery, then the outcome (delivered, a missed delivery, a pickup point, or an
 * address problem and the trip back to the sender).
 */
import { ROTTERDAM, scanCity, upper } from './places.js';
import { step, type Destination, type Outcome, type StepSpec } from './timeline-types.js';

interface Wording {
  carrier: string;
  hub: [place: string, message: string];
  depot?: [place: string, message: string];
  outForDelivery: [place: string, message: string];
  delivered: string;
  attempt: string;
  pickup: [place: string, message: string];
  /** Address problem, then back to the sender (only DHL Paket parcels in the demo data do this). */
  returnToSender?: StepSpec[];
}

const AU_HUB: Record<string, string> = { VIC: 'MELBOURNE PARCEL FACILITY VIC', QLD: 'BRISBANE PARCEL FACILITY QLD', NSW: 'SYDNEY PARCEL FACILITY NSW' };
const DE_HUB: Record<string, string> = { München: 'Aschheim', Hamburg: 'Hamburg', Köln: 'Köln-Eifeltor', Leipzig: 'Radefeld', Dresden: 'Ottendorf-Okrilla' };

function wording(carrier: string, d: Destination): Wording {
  const st = d.region ?? '';
  switch (carrier) {
    case 'usps':
      return {
        carrier,
        hub: [`${upper(d.city)} ${st} DISTRIBUTION CENTER`, 'Arrived at USPS Regional Destination Facility'],
        depot: [`${upper(d.city)}, ${st} ${d.zip}`, 'Arrived at Post Office'],
        outForDelivery: [`${upper(d.city)}, ${st} ${d.zip}`, 'Out for Delivery'],
        delivered: 'Delivered, In/At Mailbox',
        attempt: 'Notice Left (No Authorized Recipient Available)',
        pickup: [`${upper(d.city)}, ${st} ${d.zip}`, 'Available for Pickup'],
      };
    case 'royal-mail':
      return {
        carrier,
        hub: [`${d.city} Mail Centre`, `Your item has arrived at our ${d.city} Mail Centre`],
        depot: [`${d.city} Delivery Office`, 'Your item has arrived at the delivery office'],
        outForDelivery: [`${d.city} Delivery Office`, 'Your item is out for delivery'],
        delivered: "Delivered – we've delivered your item",
        attempt: "Sorry we missed you – we've left a 'Something for you' card",
        pickup: [`${d.city} Delivery Office`, `Your item is ready to collect from ${d.city} Delivery Office`],
      };
    case 'colissimo':
      return {
        carrier,
        hub: [`Plateforme Colis ${d.city}`, 'Your parcel is being processed at our sorting centre'],
        depot: [`${d.city} ${d.zip}`, 'Your parcel has arrived at its delivery site'],
        outForDelivery: [`${d.city} ${d.zip}`, 'Your parcel is out for delivery'],
        delivered: 'Your parcel has been delivered',
        attempt: 'The recipient was absent: your parcel will be available at the post office',
        pickup: [`${d.city} ${d.zip} – bureau de poste`, 'Your parcel is available for collection at the post office'],
      };
    case 'correos':
      return {
        carrier,
        hub: [`CTA ${d.city}`, 'In transit – processed at the sorting centre'],
        depot: [`Unidad de Reparto ${d.city} ${d.zip}`, 'Arrived at the delivery unit'],
        outForDelivery: [`Unidad de Reparto ${d.city} ${d.zip}`, 'Out for delivery'],
        delivered: 'Delivered',
        attempt: 'Delivery attempted – addressee absent. Notice left',
        pickup: [`Oficina de Correos ${d.city} ${d.zip}`, 'Available for collection at the post office'],
      };
    case 'ctt':
      return {
        carrier,
        hub: [`Centro Operacional CTT ${d.city === 'Porto' ? 'Maia' : 'Cabo Ruivo'}`, 'In transit'],
        depot: [`CDP ${d.city}`, 'Arrived at the delivery centre'],
        outForDelivery: [`CDP ${d.city}`, 'In delivery'],
        delivered: 'Delivered',
        attempt: 'Delivery not made – addressee absent. Notice left',
        pickup: [`Loja CTT ${d.city} Centro`, 'Waiting to be collected at the CTT store'],
      };
    case 'dhl-germany': {
      const country = d.country === 'IT' ? 'Italy' : 'Germany';
      const hub = d.country === 'IT' ? `${d.city === 'Torino' ? 'Settimo Torinese' : 'Peschiera Borromeo'}, Italy` : `${DE_HUB[d.city] ?? d.city}, Germany`;
      return {
        carrier,
        hub: [hub, 'The shipment has been processed in the destination parcel center'],
        outForDelivery: [`${d.city}, ${country}`, 'The shipment has been loaded onto the delivery vehicle'],
        delivered: 'The shipment has been delivered to the recipient',
        attempt: 'The recipient was not present. The shipment will be taken to a retail outlet',
        pickup: [`${d.city}, ${country}`, 'The shipment is ready for pick-up at the retail outlet'],
        returnToSender: [
          step({ days: 1, at: '08:20' }, hub, d.tz, 'Exception', carrier, 'The shipment is being returned to the sender'),
          step({ days: 3, at: '11:05' }, 'Venlo, Netherlands', 'Europe/Amsterdam', 'Exception', carrier, 'The shipment has arrived back in the country of origin'),
          step({ days: 1, at: '14:40' }, `${ROTTERDAM.place.replace(', NL', ', Netherlands')}`, ROTTERDAM.tz, 'Exception', carrier, 'The shipment has been returned to the sender'),
        ],
      };
    }
    case 'postnl':
      return {
        carrier,
        hub: ['Sorteercentrum Nieuwegein, NL', 'Shipment sorted'],
        outForDelivery: [`${d.city}, NL`, 'The courier is on the way'],
        delivered: 'Shipment delivered',
        attempt: 'Recipient not at home – a card has been left',
        pickup: [`PostNL-punt ${d.city}, NL`, 'Shipment can be collected at the PostNL point'],
      };
    case 'canada-post':
      return {
        carrier,
        hub: [`${upper(d.city)}, ${st}`, 'Item processed'],
        outForDelivery: [`${upper(d.city)}, ${st}`, 'Item out for delivery'],
        delivered: 'Delivered',
        attempt: 'Attempted delivery. Notice card left indicating where item can be picked up',
        pickup: [`${upper(d.city)}, ${st}`, 'Item available for pickup at Post Office'],
      };
    case 'australia-post':
      return {
        carrier,
        hub: [AU_HUB[st] ?? 'SYDNEY PARCEL FACILITY NSW', 'Processed through facility'],
        depot: [`${upper(d.city)} ${st}`, 'Received by delivery facility'],
        outForDelivery: [`${upper(d.city)} ${st}`, 'Onboard for delivery'],
        delivered: 'Delivered',
        attempt: 'Attempted delivery – card left',
        pickup: [`${upper(d.city)} POST SHOP ${st}`, 'Awaiting collection'],
      };
    case 'yamato':
      return {
        carrier,
        hub: [/大阪/.test(d.city) ? 'Kansai Gateway Base' : 'Haneda Chronogate Base', 'In transit'],
        depot: [`${scanCity(d)} Center`, 'Arrived at delivery center'],
        outForDelivery: [`${scanCity(d)} Center`, 'Out for delivery'],
        delivered: 'Delivered',
        attempt: 'Absent – delivery notice left',
        pickup: [`${scanCity(d)} Center`, 'Held at the center for pickup'],
      };
    case 'japan-post':
      return {
        carrier,
        hub: [/大阪/.test(d.city) ? 'SHIN-OSAKA Post Office' : 'SHIN-TOKYO Post Office', 'En route'],
        depot: [`${upper(scanCity(d))} Post Office`, 'Arrival at delivery office'],
        outForDelivery: [`${upper(scanCity(d))} Post Office`, 'Out for delivery'],
        delivered: 'Final delivery',
        attempt: 'Absence. Attempted delivery',
        pickup: [`${upper(scanCity(d))} Post Office`, 'Retention'],
      };
    default:
      throw new Error(`no last-mile wording for ${carrier}`);
  }
}

/**
 * Steps from the first local scan to the outcome. `firstAfter` is the delay after the previous
 * checkpoint (the handover or the line-haul arrival).
 */
export function lastMileSteps(carrier: string, d: Destination, outcome: Outcome, firstAfter: number): StepSpec[] {
  const w = wording(carrier, d);
  const s = (after: StepSpec['after'], [place, message]: [string, string], tag: StepSpec['tag']): StepSpec =>
    step(after, place, d.tz, tag, carrier, message);
  const steps: StepSpec[] = [s(firstAfter, w.hub, 'InTransit')];
  if (w.depot) steps.push(s(9, w.depot, 'InTransit'));
  steps.push(s({ days: 1, at: '07:35' }, w.outForDelivery, 'OutForDelivery'));
  const at = w.outForDelivery[0];
  switch (outcome) {
    case 'delivered':
    case 'customs-hold':
    case 'duties-due':
      steps.push(s({ days: 0, at: '13:20' }, [at, w.delivered], 'Delivered'));
      break;
    case 'attempt-then-delivered':
      steps.push(
        s({ days: 0, at: '14:05' }, [at, w.attempt], 'AttemptFail'),
        s({ days: 1, at: '07:50' }, w.outForDelivery, 'OutForDelivery'),
        s({ days: 0, at: '12:40' }, [at, w.delivered], 'Delivered'),
      );
      break;
    case 'attempt-then-pickup':
      steps.push(s({ days: 0, at: '11:45' }, [at, w.attempt], 'AttemptFail'), s({ days: 0, at: '16:30' }, w.pickup, 'AvailableForPickup'));
      break;
    case 'attempt-pending':
      steps.push(s({ days: 0, at: '15:10' }, [at, w.attempt], 'AttemptFail'));
      break;
    case 'returned-to-sender':
      if (!w.returnToSender) throw new Error(`${carrier}: no return-to-sender wording`);
      steps.push(
        s({ days: 0, at: '10:55' }, [at, 'The shipment could not be delivered because the address is incomplete (house or apartment number missing)'], 'Exception'),
        ...w.returnToSender,
      );
      break;
  }
  return steps;
}

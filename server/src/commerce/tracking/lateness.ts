/**
 * "Is my parcel late?" against the store's shipping policy. Pure: the clock (`now`) is an input.
 *
 * - The promise is the policy's business-day range for the method, warehouse and destination,
 *   counted from dispatch in the given time zone (the destination's, so "today" is the customer's
 *   day). The carrier's estimate is only the yardstick when no policy rule applies (returns): a
 *   carrier estimate earlier than the promise does not make a parcel late, and one later than the
 *   promise does not excuse it.
 * - Silence matters more than dates: no scan for the policy's lost-parcel days means lost; for half
 *   that (by default), stalled.
 */
import {
  addBusinessDays,
  businessDaysBetween,
  localDate,
  type HolidayList,
} from '../../time/business-days.js';
import type { Shipment } from './model.js';
import type { TrackingStatus } from './status.js';

/** One entry of store.json `policies.shipping_methods`. */
export interface ShippingMethodPolicy {
  id: string;
  name?: string;
  /** Warehouse ids the rule applies to. */
  from: readonly string[];
  /** Destination market codes (`UK`) or countries (`GB`); absent = any destination. */
  destinations?: readonly string[];
  /** Inclusive business-day range from dispatch to delivery. */
  business_days: readonly number[];
}

/** store.json `policies.lost_parcel`. */
export interface LostParcelPolicy {
  no_update_days_economy_standard: number;
  no_update_days_express: number;
  remedy?: string;
}

export interface ShippingPolicy {
  shipping_methods: readonly ShippingMethodPolicy[];
  lost_parcel: LostParcelPolicy;
}

export type LatenessState = 'on_time' | 'late' | 'stalled' | 'lost' | 'delivered';

export type LatenessReason =
  | 'delivered_on_time'
  | 'delivered_late'
  | 'returned_to_sender'
  | 'no_update_lost'
  | 'no_update_stalled'
  | 'past_policy_window'
  | 'past_carrier_estimate'
  | 'within_policy_window'
  | 'within_carrier_estimate'
  | 'no_estimate';

export interface LatenessInput {
  shipment: Shipment;
  /** `economy`, `standard`, `express` … as in the policy. */
  shippingMethod: string;
  /** Warehouse id that shipped it, e.g. `CN-SZ`. */
  warehouse: string;
  /** ISO country or store market code of the destination. */
  destinationCountry: string;
  policy: ShippingPolicy;
  now: string | Date;
  /** Zone in which business days and "today" are counted (normally the destination's). */
  timeZone: string;
  holidays?: HolidayList;
  /** Dispatch instant (fulfillment `created_at`); defaults to the first tracking event. */
  shippedAt?: string | null;
  /** Days without a scan before a parcel counts as stalled; default half the lost threshold. */
  stalledAfterDays?: number;
}

export interface LatenessAssessment {
  state: LatenessState;
  /** Latest promised delivery date (YYYY-MM-DD in `timeZone`), or null when nothing promises one. */
  expectedBy: string | null;
  /** Whole days since the last scan (or dispatch when there is none). */
  daysSinceLastEvent: number | null;
  /** Business days between `expectedBy` and delivery (or today); 0 when not past it. */
  businessDaysLate: number;
  reasonCode: LatenessReason;
  policyWindow: { earliest: string; latest: string } | null;
  carrierEstimate: string | null;
  carrierEstimatePassed: boolean;
  lostAfterDays: number;
  stalledAfterDays: number;
  status: TrackingStatus;
}

const DAY_MS = 86_400_000;

/** Store markets say UK where ISO says GB. */
const sameCountry = (a: string, b: string): boolean => {
  const iso = (c: string): string => (c.trim().toUpperCase() === 'UK' ? 'GB' : c.trim().toUpperCase());
  return iso(a) === iso(b);
};

/** The rule for a method/warehouse/destination; a rule naming the destination beats a general one. */
export function findShippingRule(
  policy: ShippingPolicy,
  method: string,
  warehouse: string,
  destination: string,
): ShippingMethodPolicy | null {
  const candidates = policy.shipping_methods.filter((r) => r.id === method && r.from.includes(warehouse));
  const specific = candidates.find((r) => r.destinations?.some((d) => sameCountry(d, destination)));
  return specific ?? candidates.find((r) => !r.destinations || r.destinations.length === 0) ?? null;
}

export function lostAfterDaysFor(policy: LostParcelPolicy, method: string): number {
  return method === 'express' ? policy.no_update_days_express : policy.no_update_days_economy_standard;
}

export function assessLateness(input: LatenessInput): LatenessAssessment {
  const { shipment, timeZone } = input;
  const calendarOptions = { timeZone, holidays: input.holidays ?? [] };
  const nowMs = new Date(input.now).getTime();
  if (Number.isNaN(nowMs)) throw new RangeError(`not a valid instant: ${String(input.now)}`);
  const today = localDate(nowMs, timeZone);

  const rule = findShippingRule(input.policy, input.shippingMethod, input.warehouse, input.destinationCountry);
  const dispatchedAt = input.shippedAt ?? shipment.events[0]?.time ?? null;
  const [minDays, maxDays] = rule?.business_days ?? [];
  const policyWindow =
    dispatchedAt && minDays !== undefined && maxDays !== undefined
      ? {
          earliest: addBusinessDays(dispatchedAt, minDays, calendarOptions),
          latest: addBusinessDays(dispatchedAt, maxDays, calendarOptions),
        }
      : null;
  const carrierEstimate = shipment.expectedDelivery;
  const expectedBy = policyWindow?.latest ?? carrierEstimate ?? null;

  const lastSignal = shipment.lastEventAt ?? dispatchedAt;
  const daysSinceLastEvent = lastSignal ? Math.max(0, Math.floor((nowMs - Date.parse(lastSignal)) / DAY_MS)) : null;
  const lostAfterDays = lostAfterDaysFor(input.policy.lost_parcel, input.shippingMethod);
  const stalledAfterDays = input.stalledAfterDays ?? Math.ceil(lostAfterDays / 2);

  const lateBy = (date: string): number =>
    expectedBy !== null && date > expectedBy ? businessDaysBetween(expectedBy, date, calendarOptions) : 0;
  const base = {
    expectedBy,
    daysSinceLastEvent,
    policyWindow,
    carrierEstimate,
    carrierEstimatePassed: carrierEstimate !== null && today > carrierEstimate,
    lostAfterDays,
    stalledAfterDays,
    status: shipment.status,
  };

  if (shipment.status === 'delivered') {
    const deliveredOn = localDate(shipment.deliveredAt ?? shipment.lastEventAt ?? nowMs, timeZone);
    const late = expectedBy !== null && deliveredOn > expectedBy;
    return { ...base, state: 'delivered', businessDaysLate: lateBy(deliveredOn), reasonCode: late ? 'delivered_late' : 'delivered_on_time' };
  }

  const pastDue = expectedBy !== null && today > expectedBy;
  const businessDaysLate = lateBy(today);
  if (shipment.status === 'returned') {
    // Going back to the sender: silence on the way back is not a lost parcel of the customer's.
    return { ...base, state: pastDue ? 'late' : 'on_time', businessDaysLate, reasonCode: 'returned_to_sender' };
  }
  if (shipment.status === 'expired' || (daysSinceLastEvent !== null && daysSinceLastEvent >= lostAfterDays)) {
    return { ...base, state: 'lost', businessDaysLate, reasonCode: 'no_update_lost' };
  }
  if (daysSinceLastEvent !== null && daysSinceLastEvent >= stalledAfterDays) {
    return { ...base, state: 'stalled', businessDaysLate, reasonCode: 'no_update_stalled' };
  }
  if (pastDue) {
    return { ...base, state: 'late', businessDaysLate, reasonCode: policyWindow ? 'past_policy_window' : 'past_carrier_estimate' };
  }
  const reasonCode: LatenessReason = policyWindow ? 'within_policy_window' : carrierEstimate ? 'within_carrier_estimate' : 'no_estimate';
  return { ...base, state: 'on_time', businessDaysLate: 0, reasonCode };
}

/** Checkpoint templates shared by the route and last-mile modules. */

export type Tag = 'InfoReceived' | 'InTransit' | 'OutForDelivery' | 'AttemptFail' | 'Delivered' | 'AvailableForPickup' | 'Exception';

/**
 * When a checkpoint happens relative to the previous one: a number of hours later, or a number of
 * local calendar days later at a given wall-clock time in the checkpoint's own zone.
 */
export type After = number | { days: number; at: string };

export interface StepSpec {
  after: After;
  place: string;
  tz: string;
  message: string;
  tag: Tag;
  /** Slug of the carrier that reported the scan. */
  carrier: string;
  /** Marks the scan where a last-mile carrier took over (its time becomes handed_over_at). */
  handover?: boolean;
}

export interface Destination {
  city: string;
  region: string | null;
  zip: string;
  /** ISO 3166 alpha-2. */
  country: string;
  tz: string;
}

export type Outcome =
  | 'delivered'
  | 'attempt-then-delivered'
  | 'attempt-then-pickup'
  | 'attempt-pending'
  | 'customs-hold'
  | 'returned-to-sender'
  | 'duties-due';

export const step = (after: After, place: string, tz: string, tag: Tag, carrier: string, message: string): StepSpec => ({
  after,
  place,
  tz,
  message,
  tag,
  carrier,
});

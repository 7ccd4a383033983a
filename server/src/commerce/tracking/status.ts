/**
 * One status vocabulary for every carrier and tracking provider. AfterShip-style tags are trusted
 * for what they say; the message refines them where the tag is coarse (an `Exception` may be a
 * customs hold or a return, an `InTransit` scan may say "held by customs"), and decides alone when
 * there is no tag.
 */
import {
  AVAILABLE_FOR_PICKUP,
  CUSTOMS,
  CUSTOMS_HOLD,
  CUSTOMS_PROGRESS,
  DELIVERED,
  EXCEPTION,
  FAILED_ATTEMPT,
  INFO_RECEIVED,
  NOT_YET_DELIVERED,
  OUT_FOR_DELIVERY,
  RETURNED,
} from './status-wording.js';

export const TRACKING_STATUSES = [
  'info_received',
  'in_transit',
  'customs',
  'out_for_delivery',
  'failed_attempt',
  'available_for_pickup',
  'delivered',
  'exception',
  'returned',
  'expired',
] as const;

export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

export interface StatusInput {
  /** AfterShip tag: InfoReceived, InTransit, OutForDelivery, AttemptFail, Delivered, … */
  tag?: string | null;
  /** AfterShip subtag, e.g. `Exception_011`. */
  subtag?: string | null;
  /** Checkpoint message or subtag message, in the carrier's wording and language. */
  message?: string | null;
}

const TAGS: Record<string, TrackingStatus> = {
  pending: 'info_received',
  inforeceived: 'info_received',
  intransit: 'in_transit',
  outfordelivery: 'out_for_delivery',
  attemptfail: 'failed_attempt',
  availableforpickup: 'available_for_pickup',
  delivered: 'delivered',
  exception: 'exception',
  expired: 'expired',
};

/** AfterShip subtags whose meaning is more specific than their tag. */
const SUBTAGS: Record<string, TrackingStatus> = {
  exception_004: 'customs', // Delayed (customs clearance)
  exception_010: 'returned', // Returning to sender
  exception_011: 'returned', // Returned to sender
  attemptfail_003: 'available_for_pickup', // Customer to pick up from local facility
  delivered_002: 'delivered', // Picked up by the customer
};

const anyOf = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));

/** Customs mentioned, not as progress ("clearance completed") but as a hold or delay. */
export function isCustomsHold(text: string): boolean {
  return CUSTOMS.test(text) && !CUSTOMS_PROGRESS.test(text) && CUSTOMS_HOLD.test(text);
}

const isReturned = (text: string): boolean => anyOf(RETURNED, text);

/** Status from the wording alone; a scan we cannot place still means the parcel moved. */
export function statusFromMessage(message: string): TrackingStatus {
  const text = message.toLowerCase();
  if (!text.trim()) return 'in_transit';
  if (isReturned(text)) return 'returned';
  if (isCustomsHold(text)) return 'customs';
  if (anyOf(AVAILABLE_FOR_PICKUP, text)) return 'available_for_pickup';
  if (anyOf(FAILED_ATTEMPT, text)) return 'failed_attempt';
  if (anyOf(DELIVERED, text) && !NOT_YET_DELIVERED.test(text)) return 'delivered';
  if (anyOf(OUT_FOR_DELIVERY, text)) return 'out_for_delivery';
  if (anyOf(EXCEPTION, text)) return 'exception';
  if (anyOf(INFO_RECEIVED, text)) return 'info_received';
  return 'in_transit';
}

const tagKey = (value: string | null | undefined): string => (value ?? '').replace(/[\s_-]/g, '').toLowerCase();

/** Normalises a provider tag / subtag / carrier message to a TrackingStatus. */
export function normalizeStatus(input: StatusInput): TrackingStatus {
  const message = (input.message ?? '').toLowerCase();
  const subtag = (input.subtag ?? '').trim().toLowerCase();
  // A subtag alone still names its tag ("Exception_011" → Exception).
  const tag = TAGS[tagKey(input.tag) || tagKey(subtag.split('_')[0])];

  const fromSubtag = SUBTAGS[subtag];
  if (fromSubtag) return fromSubtag;
  if (!tag) return statusFromMessage(message);
  if (tag === 'expired') return 'expired';
  // "Returned parcel delivered to sender", "attempted; returning to sender": the return is the news.
  if (message && isReturned(message)) return 'returned';

  switch (tag) {
    case 'in_transit':
      return isCustomsHold(message) ? 'customs' : 'in_transit';
    case 'exception':
      if (CUSTOMS.test(message) && !CUSTOMS_PROGRESS.test(message)) return 'customs';
      return 'exception';
    default:
      return tag;
  }
}

/**
 * Which proactive notice a parcel calls for right now, from its normalised tracking status and the
 * lateness assessment against the store's shipping policy. At most one per parcel and scan, the most
 * serious first: lost, then a failed delivery attempt, then a customs hold, then plain lateness.
 */
import type { ShipmentView } from '../../commerce/orders/types.js';
import type { ProactiveKind } from '../settings.js';

export interface NoticeFacts {
  trackingNumber: string;
  carrier: string;
  status: string;
  trackingUrl: string | null;
  destinationCountry: string | null;
  /** Latest promised delivery date (YYYY-MM-DD), when there is one. */
  expectedBy: string | null;
  daysSinceLastEvent: number | null;
  lostAfterDays: number | null;
  businessDaysLate: number;
}

export interface DetectedEvent {
  kind: ProactiveKind;
  facts: NoticeFacts;
}

const PRIORITY: readonly ProactiveKind[] = ['lost', 'failed_attempt', 'customs_hold', 'late'];
const STILL_TRAVELLING: ReadonlySet<string> = new Set(['info_received', 'in_transit', 'exception']);

export function applicableKinds(view: ShipmentView): ProactiveKind[] {
  if (view.kind !== 'outbound' || view.status === 'delivered' || view.status === 'returned') return [];
  const l = view.lateness;
  const kinds = new Set<ProactiveKind>();
  if (view.status === 'expired' || l?.state === 'lost') kinds.add('lost');
  if (view.status === 'failed_attempt') kinds.add('failed_attempt');
  if (view.status === 'customs') kinds.add('customs_hold');
  // Past the promised window ('late', or 'stalled': silent for a while too) while still travelling; a parcel
  // waiting at a pickup point or out for delivery is not "running late" any more.
  if (l && l.businessDaysLate > 0 && (l.state === 'late' || l.state === 'stalled') && STILL_TRAVELLING.has(view.status)) kinds.add('late');
  return PRIORITY.filter((k) => kinds.has(k));
}

export function detectEvent(view: ShipmentView, enabled: Readonly<Record<ProactiveKind, boolean>>): DetectedEvent | null {
  const kind = applicableKinds(view).find((k) => enabled[k]);
  if (!kind) return null;
  const l = view.lateness;
  return {
    kind,
    facts: {
      trackingNumber: view.currentLeg.trackingNumber,
      carrier: view.currentLeg.carrierName,
      status: view.status,
      trackingUrl: view.currentLeg.trackingUrl ?? view.trackingUrl,
      destinationCountry: view.destinationCountry,
      expectedBy: l?.expectedBy ?? view.expectedDelivery,
      daysSinceLastEvent: l?.daysSinceLastEvent ?? null,
      lostAfterDays: l?.lostAfterDays ?? null,
      businessDaysLate: l?.businessDaysLate ?? 0,
    },
  };
}

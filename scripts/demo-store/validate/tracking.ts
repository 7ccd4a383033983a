/**
 * tracking.json: one entry per outbound parcel and per return label, nothing else; valid and
 * unambiguous numbers; checkpoints in order and not after eval_now; tag, delivery time and last-mile
 * handover consistent with the checkpoints.
 */
import { CARRIERS, lookalikeCarriers, trackingNumberProblem } from '../lib/carriers.js';
import { isOffsetIso, type Json, type Problems, type StoreFiles } from './context.js';

const SHIPMENT_STATUS: Record<string, string> = {
  InfoReceived: 'confirmed', InTransit: 'in_transit', OutForDelivery: 'out_for_delivery', AttemptFail: 'attempted_delivery',
  AvailableForPickup: 'ready_for_pickup', Delivered: 'delivered', Exception: 'failure', Expired: 'failure',
};
const DAY = 86_400_000;

export function checkTracking(files: StoreFiles, problems: Problems): void {
  const f = 'tracking.json';
  const byNumber = new Map<string, Json>();
  for (const t of files.tracking) {
    problems.check(!byNumber.has(t.tracking_number), f, t.tracking_number, 'appears twice');
    byNumber.set(t.tracking_number, t);
  }
  const referenced = new Set<string>();

  for (const o of files.orders) {
    for (const fl of o.fulfillments as Json[]) {
      const t = byNumber.get(fl.tracking_number);
      referenced.add(fl.tracking_number);
      if (!t) {
        problems.add(f, fl.tracking_number, `missing entry for ${o.name}`);
        continue;
      }
      problems.check(t.kind === 'outbound' && t.order_id === o.id && t.order_name === o.name && t.fulfillment_id === fl.id, f, t.tracking_number, 'order or fulfillment reference mismatch');
      problems.check(fl.tracking_company === t.carrier_name && fl.tracking_url === t.tracking_url, f, t.tracking_number, 'carrier name or URL differs from the fulfillment');
      problems.check(fl.shipment_status === SHIPMENT_STATUS[t.tag], f, t.tracking_number, `fulfillment shipment_status ${fl.shipment_status} ≠ tag ${t.tag}`);
      problems.check(fl.updated_at === t.last_updated_at, f, t.tracking_number, 'fulfillment updated_at ≠ last checkpoint');
    }
  }
  for (const r of files.returns) {
    if (!r.return_label) continue;
    const t = byNumber.get(r.return_label.tracking_number);
    referenced.add(r.return_label.tracking_number);
    problems.check(t !== undefined && t.kind === 'return' && t.rma_id === r.id && t.carrier === r.return_label.carrier, f, r.return_label.tracking_number, `return label of ${r.id} missing or mismatched`);
  }

  for (const t of files.tracking) {
    const at = String(t.tracking_number);
    problems.check(referenced.has(at), f, at, 'is not referenced by any fulfillment or return label');
    const numberProblem = trackingNumberProblem(t.carrier, at);
    problems.check(numberProblem === null, f, at, numberProblem ?? '');
    const lookalikes = lookalikeCarriers(t.carrier, at);
    problems.check(lookalikes.length === 0, f, at, `also passes the check of ${lookalikes.join(', ')}`);
    const info = CARRIERS[t.carrier];
    problems.check(info !== undefined && info.name === t.carrier_name && info.url(at) === t.tracking_url, f, at, 'carrier_name or tracking_url does not match the carrier');
    const cps = t.checkpoints as Json[];
    if (!cps.length) {
      problems.add(f, at, 'has no checkpoints');
      continue;
    }
    let prev = -Infinity;
    for (const cp of cps) {
      const ms = Date.parse(cp.time);
      problems.check(isOffsetIso(cp.time) && ms >= prev, f, at, `checkpoint ${cp.time} out of order or not ISO with offset`);
      problems.check(ms <= files.nowMs, f, at, `checkpoint ${cp.time} is after eval_now`);
      problems.check(cp.carrier in CARRIERS, f, at, `checkpoint carrier ${cp.carrier} unknown`);
      prev = ms;
    }
    const last = cps.at(-1) as Json;
    const stale = last.tag !== 'Delivered' && files.nowMs - Date.parse(last.time) > 30 * DAY;
    problems.check(t.tag === (stale ? 'Expired' : last.tag), f, at, `tag ${t.tag} ≠ ${stale ? 'Expired' : last.tag}`);
    problems.check(t.last_updated_at === last.time, f, at, 'last_updated_at ≠ last checkpoint');
    const delivered = cps.find((c) => c.tag === 'Delivered');
    problems.check((t.delivered_at ?? null) === (delivered?.time ?? null), f, at, 'delivered_at ≠ Delivered checkpoint');
    problems.check(t.expected_delivery === null || /^\d{4}-\d{2}-\d{2}$/.test(t.expected_delivery), f, at, 'expected_delivery must be YYYY-MM-DD');
    problems.check(t.tag !== 'Exception' || typeof t.subtag_message === 'string', f, at, 'exceptions need a subtag_message');
    if (t.last_mile) {
      const lm = t.last_mile as Json;
      const lmProblem = trackingNumberProblem(lm.carrier, lm.tracking_number);
      problems.check(lmProblem === null, f, at, `last-mile number: ${lmProblem}`);
      problems.check(!byNumber.has(lm.tracking_number), f, at, 'last-mile numbers must not have their own entry');
      const handover = cps.find((c) => String(c.message).includes(lm.tracking_number));
      problems.check(handover !== undefined && handover.time === lm.handed_over_at, f, at, 'handover checkpoint must name the last-mile number at handed_over_at');
      problems.check(CARRIERS[lm.carrier]?.url(lm.tracking_number) === lm.tracking_url, f, at, 'last-mile tracking_url mismatch');
    }
  }
}

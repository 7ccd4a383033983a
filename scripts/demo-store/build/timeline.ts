/**
 * Turns checkpoint templates into timestamped checkpoints: relative delays become instants (with a
 * few minutes of seeded jitter), deliveries never fall on a Sunday, and nothing after eval_now is kept.
 */
import { fromZoned, localDate, zonedIso, HOUR_MS, MINUTE_MS } from '../lib/time.js';
import { randInt, type Rng } from '../lib/rng.js';
import type { StepSpec, Tag } from './timeline-types.js';

export interface Checkpoint {
  ms: number;
  time: string;
  location: string;
  message: string;
  tag: Tag;
  carrier: string;
  handover: boolean;
}

const DOORSTEP: Tag[] = ['OutForDelivery', 'AttemptFail', 'Delivered', 'AvailableForPickup'];

function isSunday(ms: number, tz: string): boolean {
  return new Date(`${localDate(ms, tz)}T12:00:00Z`).getUTCDay() === 0;
}

export function timestamp(steps: StepSpec[], startMs: number, rng: Rng): Checkpoint[] {
  const out: Checkpoint[] = [];
  let prev = startMs;
  steps.forEach((s, i) => {
    let ms: number;
    if (typeof s.after === 'number') {
      ms = i === 0 && s.after === 0 ? startMs : prev + s.after * HOUR_MS + randInt(rng, 0, 40) * MINUTE_MS + randInt(rng, 0, 59) * 1000;
    } else {
      const day = new Date(Date.parse(`${localDate(prev, s.tz)}T12:00:00Z`) + s.after.days * 24 * HOUR_MS).toISOString().slice(0, 10);
      ms = fromZoned(`${day} ${s.after.at}`, s.tz) + randInt(rng, 0, 25) * MINUTE_MS + randInt(rng, 0, 59) * 1000;
      if (ms <= prev) ms += 24 * HOUR_MS;
    }
    if (DOORSTEP.includes(s.tag) && isSunday(ms, s.tz)) ms += 24 * HOUR_MS;
    if (ms < prev) ms = prev + randInt(rng, 5, 30) * MINUTE_MS;
    out.push({ ms, time: zonedIso(ms, s.tz), location: s.place, message: s.message, tag: s.tag, carrier: s.carrier, handover: s.handover === true });
    prev = ms;
  });
  return out;
}

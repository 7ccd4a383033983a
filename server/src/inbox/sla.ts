/**
 * The first-reply SLA: business minutes from hand-off to the first human reply, against the store's
 * target. Outside business hours the clock stands still, so a hand-off on Saturday night is not
 * "late" on Monday morning. A store without configured hours counts around the clock.
 */
import { businessMinutesBetween, type BusinessTimeOptions } from '../support-hours/index.js';
import { merge, teamOpenIntervals } from '../support-hours/intervals.js';
import type { SlaStatus } from '../../../protocol/agent-events.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far ahead a deadline is searched for (long holidays included). */
const DEADLINE_HORIZON_DAYS = 60;

export interface SlaInput {
  handedOffAt: Date | null;
  firstReplyAt: Date | null;
  now: Date;
  targetMinutes: number;
  hours: BusinessTimeOptions;
}

export function slaStatus(input: SlaInput): SlaStatus | null {
  if (!input.handedOffAt) return null;
  const end = input.firstReplyAt ?? input.now;
  const elapsed = elapsedBusinessMinutes(input.handedOffAt, end, input.hours);
  const dueAt = businessDeadline(input.handedOffAt, input.targetMinutes, input.hours);
  return {
    targetMinutes: input.targetMinutes,
    elapsedMinutes: Math.round(elapsed * 10) / 10,
    dueAt: dueAt ? dueAt.toISOString() : null,
    breached: elapsed > input.targetMinutes,
    firstReplyAt: input.firstReplyAt ? input.firstReplyAt.toISOString() : null,
  };
}

function elapsedBusinessMinutes(from: Date, to: Date, hours: BusinessTimeOptions): number {
  if (hours.teams.length === 0) return Math.max(0, (to.getTime() - from.getTime()) / MINUTE);
  return businessMinutesBetween(from, to, hours);
}

/** The instant at which `minutes` business minutes after `from` have passed; null beyond the horizon. */
export function businessDeadline(from: Date, minutes: number, hours: BusinessTimeOptions): Date | null {
  const start = from.getTime();
  if (hours.teams.length === 0) return new Date(start + minutes * MINUTE);
  let remaining = minutes * MINUTE;
  // Walk the open intervals a week at a time; most deadlines fall within the first window.
  for (let windowStart = start; windowStart < start + DEADLINE_HORIZON_DAYS * DAY; windowStart += 7 * DAY) {
    const windowEnd = windowStart + 7 * DAY;
    const open = merge(hours.teams.flatMap((team) => teamOpenIntervals(team, hours.holidays, windowStart, windowEnd)));
    for (const interval of open) {
      const s = Math.max(interval.start, windowStart);
      const e = Math.min(interval.end, windowEnd);
      if (e <= s) continue;
      if (e - s >= remaining) return new Date(s + remaining);
      remaining -= e - s;
    }
  }
  return null;
}

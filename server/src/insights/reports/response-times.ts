/**
 * First human response time and resolution time of handed-off conversations, in business minutes
 * (the store's support hours and holidays; wall-clock when it has none):
 *
 * - first response: hand-off → first public agent message (0 when an agent wrote first and so caused
 *   the hand-off); conversations without an agent reply yet are counted as `waiting`;
 * - resolution: hand-off → first time the conversation was marked resolved; unresolved ones are
 *   counted as `unresolved`.
 */
import { BusinessClock, type BusinessHours } from './business-time.js';
import type { HumanRow } from './overview-query.js';
import { durationStats, type DurationStats } from './stats.js';

export interface DurationReport extends DurationStats {
  /** Handed-off conversations still without the end event (reply or resolution). */
  pending: number;
  byLanguage: Array<DurationStats & { key: string }>;
  byAgent: Array<DurationStats & { key: string; label?: string }>;
}

export interface ResponseTimes {
  businessHours: boolean;
  firstResponse: DurationReport;
  resolution: DurationReport;
}

const DAY = 86_400_000;

function grouped(entries: Array<{ key: string; minutes: number }>): Array<DurationStats & { key: string }> {
  const groups = new Map<string, number[]>();
  for (const e of entries) {
    const list = groups.get(e.key);
    if (list) list.push(e.minutes);
    else groups.set(e.key, [e.minutes]);
  }
  return [...groups.entries()].map(([key, values]) => ({ key, ...durationStats(values) })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function report(measured: Array<{ minutes: number; language: string; agent: string }>, pending: number): DurationReport {
  return {
    ...durationStats(measured.map((m) => m.minutes)),
    pending,
    byLanguage: grouped(measured.map((m) => ({ key: m.language, minutes: m.minutes }))),
    byAgent: grouped(measured.map((m) => ({ key: m.agent, minutes: m.minutes }))),
  };
}

export function responseTimes(rows: readonly HumanRow[], hours: BusinessHours | null): ResponseTimes {
  let min = Infinity;
  let max = -Infinity;
  for (const [handedOff, reply, resolved] of rows) {
    min = Math.min(min, handedOff, reply ?? Infinity);
    max = Math.max(max, handedOff, reply ?? -Infinity, resolved ?? -Infinity);
  }
  const clock = new BusinessClock(rows.length ? hours : null, min - DAY, max + DAY);
  const first: Array<{ minutes: number; language: string; agent: string }> = [];
  const resolution: typeof first = [];
  let waiting = 0;
  let unresolved = 0;
  for (const [handedOff, reply, resolved, language, , , assignee] of rows) {
    const agent = assignee ?? 'unassigned';
    if (reply === null) waiting++;
    else first.push({ minutes: clock.minutesBetween(handedOff, reply), language, agent });
    if (resolved === null) unresolved++;
    else resolution.push({ minutes: clock.minutesBetween(handedOff, resolved), language, agent });
  }
  return { businessHours: Boolean(hours && hours.teams.length > 0), firstResponse: report(first, waiting), resolution: report(resolution, unresolved) };
}

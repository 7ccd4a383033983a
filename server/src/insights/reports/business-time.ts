/**
 * Business time for report durations: the store's teams' open hours (and holidays) merged into one
 * list of open intervals for the whole report window, with a running total, so each duration is two
 * binary searches instead of a walk over the calendar. A store without teams counts wall-clock time.
 */
import { merge, teamOpenIntervals } from '../../support-hours/intervals.js';
import type { Holiday, SupportTeam } from '../../support-hours/types.js';

export interface BusinessHours {
  teams: readonly SupportTeam[];
  holidays: readonly Holiday[];
}

export class BusinessClock {
  /** True when the store has no teams: every minute counts. */
  readonly alwaysOpen: boolean;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Open milliseconds before interval i. */
  private readonly before: number[] = [];

  /** `from`/`to` (epoch ms) must cover every instant measured; null hours = always open. */
  constructor(hours: BusinessHours | null, from: number, to: number) {
    this.alwaysOpen = !hours || hours.teams.length === 0;
    if (this.alwaysOpen) return;
    const open = merge(hours!.teams.flatMap((team) => teamOpenIntervals(team, hours!.holidays, from, to)));
    let total = 0;
    for (const interval of open) {
      this.starts.push(interval.start);
      this.ends.push(interval.end);
      this.before.push(total);
      total += interval.end - interval.start;
    }
  }

  /** Open milliseconds between the window's start and `t`. */
  private openUntil(t: number): number {
    // The last interval starting at or before t.
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return 0;
    return this.before[found]! + Math.min(t, this.ends[found]!) - this.starts[found]!;
  }

  /** Minutes between two instants that fall in business hours; 0 when `to` is not after `from`. */
  minutesBetween(from: number, to: number): number {
    if (!(to > from)) return 0;
    const ms = this.alwaysOpen ? to - from : this.openUntil(to) - this.openUntil(from);
    return ms / 60_000;
  }
}

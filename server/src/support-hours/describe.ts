/**
 * Turns a `NextOpening` into data a reply template can render ("back Monday 09:00 your time"),
 * computed in the SHOPPER's time zone, not the team's.
 */
import { formatDate, formatTime, formatWeekday } from '../i18n/format.js';
import type { NextOpening } from './availability.js';
import { daysBetween, zonedParts } from './zoned-time.js';

export type AvailabilityKind = 'open_now' | 'today' | 'tomorrow' | 'weekday' | 'date' | 'unavailable';

export interface AvailabilityDescription {
  /**
   * `open_now`: a human is available; the moment fields describe when the team closes.
   * `today` / `tomorrow` / `weekday` (within 6 days) / `date`: when the team opens, on the
   * shopper's calendar. `unavailable`: no opening within the horizon.
   */
  kind: AvailabilityKind;
  teamId?: string;
  /** The instant described (opening, or closing when open now). */
  at?: Date;
  /** Localized in the shopper's zone: "Monday", "09:00", "23 Nov 2026". */
  weekday?: string;
  time?: string;
  date?: string;
  /** The same moment as plain values, for templates that format on their own. */
  localDate?: string;
  localTime?: string;
  /** Shopper-calendar days from now to the described moment. */
  daysAhead?: number;
  timeZone: string;
}

export interface DescribeOptions {
  shopperTimeZone: string;
  locale: string;
  now: Date;
}

export function describeAvailability(result: NextOpening, options: DescribeOptions): AvailabilityDescription {
  const timeZone = options.shopperTimeZone;
  const moment = result.openNow ? result.closesAt : (result.opensAt ?? undefined);
  if (!result.team || (!result.openNow && !moment)) return { kind: 'unavailable', timeZone };

  const base = { teamId: result.team.id, timeZone };
  if (!moment) return { kind: 'open_now', ...base };

  const local = zonedParts(moment.getTime(), timeZone);
  const daysAhead = daysBetween(zonedParts(options.now.getTime(), timeZone).date, local.date);
  const formatting = { locale: options.locale, timeZone };
  const described = {
    ...base,
    at: moment,
    weekday: formatWeekday(moment, formatting),
    time: formatTime(moment, formatting),
    date: formatDate(moment, { ...formatting, style: 'medium' }),
    localDate: local.date,
    localTime: `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`,
    daysAhead,
  };
  if (result.openNow) return { kind: 'open_now', ...described };
  const kind: AvailabilityKind = daysAhead <= 0 ? 'today' : daysAhead === 1 ? 'tomorrow' : daysAhead <= 6 ? 'weekday' : 'date';
  return { kind, ...described };
}

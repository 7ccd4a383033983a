/**
 * What a report covers: a date range of local days in the store's time zone (inclusive), optional
 * filters (market, language, channel, intent) and the instant the report is computed at. Every
 * conversation-based metric uses the same cohort: conversations *started* inside the range.
 */
import { ParleyError } from '../../errors.js';
import type { StoreRow } from '../../repositories/stores.js';
import { addDays, daysBetween, zonedParts, zonedTimeToInstant } from '../../support-hours/zoned-time.js';

export interface ReportFilters {
  market?: string | undefined;
  language?: string | undefined;
  channel?: string | undefined;
  intent?: string | undefined;
}

export interface ReportQuery extends ReportFilters {
  /** First local day, YYYY-MM-DD (default: 29 days before `to`). */
  from?: string | undefined;
  /** Last local day, inclusive (default: today in the store's zone). */
  to?: string | undefined;
}

export interface MarketCountry {
  market: string;
  country: string;
}

export interface ReportScope {
  storeId: string;
  timeZone: string;
  from: string;
  to: string;
  /** Start of `from` in the store's zone. */
  start: Date;
  /** Start of the day after `to` (exclusive end). */
  end: Date;
  now: Date;
  filters: ReportFilters;
  /** The store's markets by shipping country (UK → GB), for a shopper's market. */
  markets: MarketCountry[];
}

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 400;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(name: string, value: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new ParleyError('VALIDATION', `${name} must be a date (YYYY-MM-DD), got "${value}"`);
  }
  return value;
}

const clean = (value: string | undefined): string | undefined => {
  const v = value?.trim();
  return v ? v.slice(0, 64) : undefined;
};

/** The store's markets as (market code, ISO country) pairs from store.json `markets`. */
export function storeMarkets(profile: Record<string, unknown>): MarketCountry[] {
  const markets = Array.isArray(profile.markets) ? profile.markets : [];
  const out: MarketCountry[] = [];
  for (const m of markets) {
    if (!m || typeof m !== 'object') continue;
    const { code, country_code: country } = m as Record<string, unknown>;
    if (typeof code === 'string' && typeof country === 'string') out.push({ market: code, country: country.toUpperCase() });
  }
  return out;
}

export function resolveScope(store: Pick<StoreRow, 'id' | 'timezone' | 'profile'>, query: ReportQuery, now: Date): ReportScope {
  const timeZone = store.timezone;
  const today = zonedParts(now.getTime(), timeZone).date;
  const to = query.to ? checkDate('to', query.to) : today;
  const from = query.from ? checkDate('from', query.from) : addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw new ParleyError('VALIDATION', `from (${from}) must not be after to (${to})`);
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) throw new ParleyError('VALIDATION', `a report covers at most ${MAX_RANGE_DAYS} days`);
  return {
    storeId: store.id,
    timeZone,
    from,
    to,
    start: new Date(zonedTimeToInstant(from, 0, timeZone)),
    end: new Date(zonedTimeToInstant(addDays(to, 1), 0, timeZone)),
    now,
    filters: { market: clean(query.market), language: clean(query.language), channel: clean(query.channel), intent: clean(query.intent) },
    markets: storeMarkets(store.profile),
  };
}

/** Every local day of the range, for charts without gaps. */
export function daysOf(scope: Pick<ReportScope, 'from' | 'to'>): string[] {
  const days: string[] = [];
  for (let d = scope.from; d <= scope.to; d = addDays(d, 1)) days.push(d);
  return days;
}

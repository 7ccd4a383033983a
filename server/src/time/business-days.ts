/**
 * Business-day arithmetic on local calendar dates of an IANA time zone. An instant is first turned
 * into the local date where it happened (so 23:30 in Los Angeles on Friday is Friday, although it
 * is Saturday in UTC); after that only whole dates are counted, so DST changes cannot shift a day.
 * Dates are `YYYY-MM-DD` strings throughout.
 */

/** Holiday dates, or inclusive `{start, end}` ranges (the store.json `holidays[]` shape). */
export type HolidayList = ReadonlyArray<string | { start: string; end: string }>;

export interface BusinessDayOptions {
  timeZone: string;
  holidays?: HolidayList;
  /** Days off each week, 0 = Sunday … 6 = Saturday. Default Saturday and Sunday. */
  weekend?: readonly number[];
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date in `timeZone` at `instant` (an ISO string with offset, a Date or epoch ms). */
export function localDate(instant: string | Date | number, timeZone: string): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a valid instant: ${String(instant)}`);
  const parts = formatterFor(timeZone).formatToParts(date);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A date-only string is taken as already local; anything else as an instant. */
function toLocalDate(value: string | Date, timeZone: string): string {
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value;
  return localDate(value, timeZone);
}

function toUtcMidnight(date: string): number {
  const m = DATE_ONLY.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const fromUtcMidnight = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addCalendarDays(date: string, days: number): string {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

export function dayOfWeek(date: string): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

/** Expands ranges into single dates. */
export function holidayDates(holidays: HolidayList = []): Set<string> {
  const dates = new Set<string>();
  for (const h of holidays) {
    if (typeof h === 'string') {
      dates.add(h);
      continue;
    }
    for (let d = h.start; d <= h.end; d = addCalendarDays(d, 1)) dates.add(d);
  }
  return dates;
}

interface Calendar {
  isBusinessDay(date: string): boolean;
}

function calendar(options: Omit<BusinessDayOptions, 'timeZone'>): Calendar {
  const weekend = new Set(options.weekend ?? [0, 6]);
  if (weekend.size >= 7) throw new RangeError('a week needs at least one business day');
  const holidays = holidayDates(options.holidays);
  return { isBusinessDay: (date) => !weekend.has(dayOfWeek(date)) && !holidays.has(date) };
}

export function isBusinessDay(date: string, options: Omit<BusinessDayOptions, 'timeZone'> = {}): boolean {
  return calendar(options).isBusinessDay(date);
}

/**
 * The local date `n` business days after `start` (before it when `n` is negative). The start day
 * itself never counts: dispatched on Monday + 2 business days = Wednesday; dispatched on Saturday +
 * 1 = Monday. `n = 0` returns the start's local date unchanged.
 */
export function addBusinessDays(start: string | Date, n: number, options: BusinessDayOptions): string {
  if (!Number.isInteger(n)) throw new RangeError(`business days must be a whole number, got ${n}`);
  const cal = calendar(options);
  let date = toLocalDate(start, options.timeZone);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    date = addCalendarDays(date, step);
    if (cal.isBusinessDay(date)) left--;
  }
  return date;
}

/**
 * Business days in `(a, b]`: how many business days after `a` the date `b` is. Negative when `b` is
 * before `a`. Inverse of addBusinessDays when `b` is a business day.
 */
export function businessDaysBetween(a: string | Date, b: string | Date, options: BusinessDayOptions): number {
  const cal = calendar(options);
  const from = toLocalDate(a, options.timeZone);
  const to = toLocalDate(b, options.timeZone);
  if (from === to) return 0;
  const [lo, hi, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = addCalendarDays(lo, 1); d <= hi; d = addCalendarDays(d, 1)) {
    if (cal.isBusinessDay(d)) count++;
  }
  return sign * count;
}

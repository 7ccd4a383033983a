/**
 * Locale-aware formatting for reply templates (en, es, de, fr, ja, zh-CN, it, pt, nl, ko, ar and any
 * other BCP 47 tag Intl knows). Everything is deterministic: the caller passes the time zone, and
 * nothing reads the machine's zone, clock or locale. Output follows the ICU data bundled with Node.
 */

export type DateStyle = 'short' | 'medium' | 'long' | 'full';

export interface ZonedOptions {
  locale: string;
  /** IANA zone the reader lives in, e.g. "Asia/Tokyo". */
  timeZone: string;
}

// Building Intl formatters is costly; templates format the same few shapes over and over.
const cache = new Map<string, unknown>();
function cached<T>(key: string, build: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`dt|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(`nf|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** "20 Nov 2026", "20.11.2026", "2026年11月20日"… */
export function formatDate(instant: Date, options: ZonedOptions & { style?: DateStyle }): string {
  return dateTimeFormat(options.locale, { timeZone: options.timeZone, dateStyle: options.style ?? 'medium' }).format(instant);
}

export function formatDateTime(
  instant: Date,
  options: ZonedOptions & { dateStyle?: DateStyle; timeStyle?: 'short' | 'medium' },
): string {
  return dateTimeFormat(options.locale, {
    timeZone: options.timeZone,
    dateStyle: options.dateStyle ?? 'medium',
    timeStyle: options.timeStyle ?? 'short',
  }).format(instant);
}

/** Hours and minutes in the locale's clock ("9:00 AM", "09:00", "午前9:00" per CLDR). */
export function formatTime(instant: Date, options: ZonedOptions): string {
  return dateTimeFormat(options.locale, { timeZone: options.timeZone, timeStyle: 'short' }).format(instant);
}

/** "Monday", "lunes", "月曜日"; `short` gives "Mon", "lun", "月". */
export function formatWeekday(instant: Date, options: ZonedOptions & { style?: 'long' | 'short' }): string {
  return dateTimeFormat(options.locale, { timeZone: options.timeZone, weekday: options.style ?? 'long' }).format(instant);
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Formats a decimal-string amount in a currency. The string goes to Intl as an exact decimal
 * (never through a float), and the currency's own minor units apply: JPY and KRW have none, so
 * "1999.5" JPY rounds half away from zero to ¥2,000.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const trimmed = amount.trim();
  if (!DECIMAL.test(trimmed)) throw new RangeError(`formatMoney: "${amount}" is not a decimal amount`);
  return numberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(trimmed as `${number}`);
}

/** A plain number; a decimal string is formatted exactly. */
export function formatNumber(
  value: number | string,
  locale: string,
  options: { minimumFractionDigits?: number; maximumFractionDigits?: number } = {},
): string {
  if (typeof value === 'string' && !DECIMAL.test(value.trim())) throw new RangeError(`formatNumber: "${value}" is not a number`);
  const formatted = typeof value === 'string' ? (value.trim() as `${number}`) : value;
  return numberFormat(locale, options).format(formatted);
}

/** "a, b, and c", "a, b y c", "a、b、c"; `disjunction` gives "a, b, or c". */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`lf|${locale}|${type}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}

/** Regions that measure bodies in inches. */
const INCH_REGIONS = new Set(['US', 'LR', 'MM']);

/**
 * A body length given in cm, in cm or inches to one decimal ("87.5 cm", "34.4 in"). Without
 * `preferInches`, inches are used only for locales whose region measures in inches (en-US).
 */
export function formatMeasurement(cm: number, locale: string, preferInches?: boolean): string {
  const inches = preferInches ?? INCH_REGIONS.has(explicitRegion(locale) ?? '');
  const value = inches ? cm / 2.54 : cm;
  return numberFormat(locale, {
    style: 'unit',
    unit: inches ? 'inch' : 'centimeter',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The region a tag names explicitly ("en-US" → US); "en" alone names none. */
function explicitRegion(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region;
  } catch {
    return undefined;
  }
}

/** "today", "tomorrow", "in 3 days", "yesterday"; "morgen", "明日", "내일"… */
export function formatRelativeDays(days: number, locale: string): string {
  return cached(`rt|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
}

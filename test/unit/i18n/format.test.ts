import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatMeasurement,
  formatMoney,
  formatNumber,
  formatRelativeDays,
  formatTime,
  formatWeekday,
} from '../../../server/src/i18n/format.js';

/** ICU uses no-break spaces and bidi marks; compare the visible text. */
const visible = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

const INSTANT = new Date('2026-11-20T10:00:00Z'); // Friday
const LOCALES = ['en', 'es', 'de', 'fr', 'ja', 'zh-CN', 'it', 'pt', 'nl', 'ko', 'ar'] as const;

describe('dates and times', () => {
  it.each<[string, string, string]>([
    ['en', 'Friday', 'November 20, 2026'],
    ['es', 'viernes', '20 de noviembre de 2026'],
    ['de', 'Freitag', '20. November 2026'],
    ['fr', 'vendredi', '20 novembre 2026'],
    ['ja', '金曜日', '2026年11月20日'],
    ['zh-CN', '星期五', '2026年11月20日'],
    ['it', 'venerdì', '20 novembre 2026'],
    ['pt', 'sexta-feira', '20 de novembro de 2026'],
    ['nl', 'vrijdag', '20 november 2026'],
    ['ko', '금요일', '2026년 11월 20일'],
    ['ar', 'الجمعة', '20 نوفمبر 2026'],
  ])('%s: weekday %s, long date %s', (locale, weekday, longDate) => {
    const options = { locale, timeZone: 'Europe/Berlin' };
    expect(formatWeekday(INSTANT, options)).toBe(weekday);
    expect(visible(formatDate(INSTANT, { ...options, style: 'long' }))).toBe(longDate);
  });

  it('formats in the zone the caller passes, not the machine zone', () => {
    const late = new Date('2026-11-20T17:00:00Z');
    expect(formatWeekday(late, { locale: 'en', timeZone: 'America/Los_Angeles' })).toBe('Friday');
    expect(formatWeekday(late, { locale: 'en', timeZone: 'Asia/Tokyo' })).toBe('Saturday');
    expect(formatDate(late, { locale: 'de', timeZone: 'Asia/Tokyo' })).toBe('21.11.2026');
    expect(formatTime(late, { locale: 'de', timeZone: 'Asia/Tokyo' })).toBe('02:00');
    expect(formatTime(late, { locale: 'ja', timeZone: 'Asia/Tokyo' })).toBe('2:00');
    expect(visible(formatTime(late, { locale: 'en', timeZone: 'Asia/Tokyo' }))).toBe('2:00 AM');
  });

  it('uses each locale clock and short date', () => {
    const options = (locale: string) => ({ locale, timeZone: 'Europe/Lisbon' });
    expect(formatDate(INSTANT, { ...options('de'), style: 'medium' })).toBe('20.11.2026');
    expect(formatDate(INSTANT, { ...options('ja'), style: 'medium' })).toBe('2026/11/20');
    expect(formatDate(INSTANT, { ...options('en'), style: 'short' })).toBe('11/20/26');
    expect(formatDate(INSTANT, { ...options('fr'), style: 'short' })).toBe('20/11/2026');
    expect(formatTime(INSTANT, options('fr'))).toBe('10:00');
    expect(formatTime(INSTANT, options('ko'))).toContain('10:00');
    expect(visible(formatDateTime(INSTANT, options('en')))).toBe('Nov 20, 2026, 10:00 AM');
    expect(visible(formatDateTime(INSTANT, { ...options('de'), dateStyle: 'full' }))).toBe('Freitag, 20. November 2026 um 10:00');
  });

  it('produces a non-empty result for every supported locale', () => {
    for (const locale of LOCALES) {
      const options = { locale, timeZone: 'Asia/Shanghai' };
      expect(formatDateTime(INSTANT, options).length).toBeGreaterThan(8);
      expect(formatTime(INSTANT, options)).toMatch(/6:00|18:00/);
    }
  });
});

describe('formatMoney', () => {
  it.each<[string, string, string, string]>([
    ['en', '1234.5', 'USD', '$1,234.50'],
    ['de', '1234.5', 'EUR', '1.234,50 €'],
    ['fr', '1234.5', 'EUR', '1 234,50 €'],
    ['es', '1234.5', 'EUR', '1234,50 €'],
    ['it', '89.9', 'EUR', '89,90 €'],
    ['nl', '1234.5', 'EUR', '€ 1.234,50'],
    ['pt', '1234.5', 'EUR', '€ 1.234,50'],
    ['ja', '12000', 'JPY', '￥12,000'],
    ['zh-CN', '399', 'CNY', '¥399.00'],
    ['ko', '15000', 'KRW', '₩15,000'],
    ['ar', '1234.5', 'EUR', '1,234.50 €'],
    ['en-GB', '-12.3', 'GBP', '-£12.30'],
    ['en', '12000', 'JPY', '¥12,000'],
  ])('%s %s %s → %s', (locale, amount, currency, expected) => {
    expect(visible(formatMoney(amount, currency, locale))).toBe(expected);
  });

  it('never goes through a float', () => {
    // As floats these lose their last digits ($123,456,789,012,345,680.00; ¥9,007,199,254,740,992).
    expect(formatMoney('123456789012345678.99', 'USD', 'en')).toBe('$123,456,789,012,345,678.99');
    expect(formatMoney('9007199254740993', 'JPY', 'en')).toBe('¥9,007,199,254,740,993');
  });

  it('rounds half away from zero on the exact decimal', () => {
    expect(formatMoney('1.005', 'USD', 'en')).toBe('$1.01');
    expect(formatMoney('8.344', 'EUR', 'en')).toBe('€8.34');
    expect(formatMoney('-2.125', 'USD', 'en')).toBe('-$2.13');
  });

  it('shows JPY without decimals, rounding half away from zero', () => {
    expect(formatMoney('1999.5', 'JPY', 'ja')).toBe('￥2,000');
    expect(formatMoney('1999.49', 'JPY', 'ja')).toBe('￥1,999');
  });

  it('rejects amounts that are not decimal strings', () => {
    expect(() => formatMoney('12,50', 'EUR', 'de')).toThrow(RangeError);
    expect(() => formatMoney('1e3', 'USD', 'en')).toThrow(RangeError);
    expect(() => formatMoney('', 'USD', 'en')).toThrow(RangeError);
  });
});

describe('numbers, lists and relative days', () => {
  it('formats numbers, exactly for decimal strings', () => {
    expect(formatNumber(1234.56, 'de')).toBe('1.234,56');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.56');
    expect(formatNumber('1234567890.123456789', 'en', { maximumFractionDigits: 9 })).toBe('1,234,567,890.123456789');
    expect(formatNumber(2.5, 'fr', { minimumFractionDigits: 2 })).toBe('2,50');
    expect(() => formatNumber('abc', 'en')).toThrow(RangeError);
  });

  it.each<[string, string, string]>([
    ['en', 'A, B, and C', 'A or B'],
    ['es', 'A, B y C', 'A o B'],
    ['de', 'A, B und C', 'A oder B'],
    ['fr', 'A, B et C', 'A ou B'],
    ['ja', 'A、B、C', 'AまたはB'],
    ['zh-CN', 'A、B和C', 'A或B'],
    ['it', 'A, B e C', 'A o B'],
    ['pt', 'A, B e C', 'A ou B'],
    ['nl', 'A, B en C', 'A of B'],
    ['ko', 'A, B 및 C', 'A 또는 B'],
    ['ar', 'A وB وC', 'A أو B'],
  ])('%s lists: %s / %s', (locale, and, or) => {
    expect(formatList(['A', 'B', 'C'], locale)).toBe(and);
    expect(formatList(['A', 'B'], locale, 'disjunction')).toBe(or);
  });

  it.each<[string, string, string, string]>([
    ['en', 'today', 'tomorrow', 'in 3 days'],
    ['es', 'hoy', 'mañana', 'dentro de 3 días'],
    ['de', 'heute', 'morgen', 'in 3 Tagen'],
    ['fr', 'aujourd’hui', 'demain', 'dans 3 jours'],
    ['ja', '今日', '明日', '3 日後'],
    ['zh-CN', '今天', '明天', '3天后'],
    ['it', 'oggi', 'domani', 'tra 3 giorni'],
    ['pt', 'hoje', 'amanhã', 'em 3 dias'],
    ['nl', 'vandaag', 'morgen', 'over 3 dagen'],
    ['ko', '오늘', '내일', '3일 후'],
    ['ar', 'اليوم', 'غدًا', 'خلال 3 أيام'],
  ])('%s relative days: %s, %s, %s', (locale, today, tomorrow, inThree) => {
    expect(formatRelativeDays(0, locale)).toBe(today);
    expect(formatRelativeDays(1, locale)).toBe(tomorrow);
    expect(visible(formatRelativeDays(3, locale))).toBe(inThree);
  });

  it('formats yesterday too', () => {
    expect(formatRelativeDays(-1, 'en')).toBe('yesterday');
    expect(formatRelativeDays(-1, 'de')).toBe('gestern');
  });
});

describe('formatMeasurement', () => {
  it('uses cm except where the locale region measures in inches, or when asked', () => {
    expect(formatMeasurement(87.5, 'en')).toBe('87.5 cm');
    expect(formatMeasurement(87.5, 'de')).toBe('87,5 cm');
    expect(formatMeasurement(87.5, 'zh-CN')).toBe('87.5厘米');
    expect(formatMeasurement(87.5, 'ko')).toBe('87.5cm');
    expect(formatMeasurement(87.5, 'en-US')).toBe('34.4 in');
    expect(formatMeasurement(87.5, 'en-GB')).toBe('87.5 cm');
    expect(formatMeasurement(87.5, 'de', true)).toBe('34,4 in');
    expect(formatMeasurement(87.5, 'en-US', false)).toBe('87.5 cm');
    expect(formatMeasurement(90, 'fr').replace('\u202f', ' ')).toBe('90 cm');
  });
});

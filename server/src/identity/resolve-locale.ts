/**
 * The widget's UI locale: an explicit override (Parley.setLocale, data-locale) wins, then the
 * identified customer's locale, then the page's or browser's language, then the store default.
 */
import { SUPPORTED_LOCALES, type SupportedLocale } from '../i18n/i18n.js';

/** The supported locale a BCP 47 tag means ("es-MX" → "es", "zh-Hans" → "zh-CN"), or undefined. */
export function matchSupportedLocale(tag: string | null | undefined): SupportedLocale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace('_', '-');
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  if (base === 'zh') return 'zh-CN';
  return SUPPORTED_LOCALES.find((l) => l === base);
}

export interface LocaleCandidates {
  override?: string | null;
  customerLocale?: string | null;
  pageLocale?: string | null;
  storeDefault: string;
}

export function resolveWidgetLocale(c: LocaleCandidates): SupportedLocale {
  return (
    matchSupportedLocale(c.override) ??
    matchSupportedLocale(c.customerLocale) ??
    matchSupportedLocale(c.pageLocale) ??
    matchSupportedLocale(c.storeDefault) ??
    'en'
  );
}

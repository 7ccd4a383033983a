/**
 * Shopper-facing texts of proactive notices and feedback requests, in ./locales/<locale>.json, with
 * their own i18next instance (the assistant's reply templates stay in server/src/i18n). Locales
 * without a file fall back to English; `zh` means zh-CN.
 */
import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type i18n, type TOptions } from 'i18next';
import { toSupportedLocale } from '../i18n/i18n.js';
import { formatList } from '../i18n/format.js';
import type { Remedy } from './settings.js';

const LOCALES_DIR = new URL('./locales/', import.meta.url);
/** The languages every insights text is written in (tests check each file has every key). */
export const INSIGHTS_LOCALES = ['en', 'es', 'de', 'fr', 'ja', 'zh-CN', 'it', 'pt', 'nl'] as const;

let instance: i18n | undefined;

function translator(): i18n {
  if (!instance) {
    const resources: Record<string, { translation: Record<string, unknown> }> = {};
    for (const file of readdirSync(LOCALES_DIR)) {
      if (file.endsWith('.json')) resources[file.replace(/\.json$/, '')] = { translation: JSON.parse(readFileSync(new URL(file, LOCALES_DIR), 'utf8')) };
    }
    instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: 'en',
      fallbackLng: { 'zh-CN': ['en'], default: ['en'] },
      supportedLngs: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return instance;
}

/** The insights locale for a shopper's locale tag ("es-MX" → "es"; unsupported → the fallback). */
export function insightsLocale(tag: string | null | undefined, fallback = 'en'): string {
  const supported = toSupportedLocale(tag, toSupportedLocale(fallback));
  return (INSIGHTS_LOCALES as readonly string[]).includes(supported) ? supported : 'en';
}

export function tr(locale: string, key: string, options: TOptions = {}): string {
  return translator().t(key, { ...options, lng: insightsLocale(locale) }) as string;
}

/** "a free reshipment or a full refund", in the shopper's language. */
export function remedyList(locale: string, remedies: readonly Remedy[]): string {
  const lng = insightsLocale(locale);
  return formatList(remedies.map((r) => tr(lng, `remedy.${r}`)), lng, 'disjunction');
}

/** A country's name in the shopper's language ("Deutschland", "ドイツ"). */
export function countryName(locale: string, country: string): string {
  const code = country.toUpperCase() === 'UK' ? 'GB' : country.toUpperCase();
  try {
    return new Intl.DisplayNames([insightsLocale(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

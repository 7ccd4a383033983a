/**
 * Reply templates for the shopper-facing texts, one JSON resource file per locale in ./locales.
 * Missing keys fall back to English so a half-translated locale still answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type i18n, type TOptions } from 'i18next';

export const SUPPORTED_LOCALES = ['en', 'es', 'de', 'fr', 'ja', 'zh-CN', 'it', 'pt', 'nl', 'ko', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const LOCALES_DIR = new URL('./locales/', import.meta.url);

function loadResources(): Record<string, { translation: Record<string, unknown> }> {
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const file of readdirSync(LOCALES_DIR)) {
    if (!file.endsWith('.json')) continue;
    resources[file.replace(/\.json$/, '')] = { translation: JSON.parse(readFileSync(new URL(file, LOCALES_DIR), 'utf8')) };
  }
  return resources;
}

let instance: i18n | undefined;

export function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: loadResources(),
      lng: 'en',
      fallbackLng: { 'zh-CN': ['zh', 'en'], default: ['en'] },
      supportedLngs: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return instance;
}

/** The closest supported locale for a BCP 47 tag ("es-MX" → "es", "zh" → "zh-CN"). */
export function toSupportedLocale(tag: string | null | undefined, fallback: SupportedLocale = 'en'): SupportedLocale {
  if (!tag) return fallback;
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const base = tag.toLowerCase().split(/[-_]/)[0];
  if (base === 'zh') return 'zh-CN';
  return SUPPORTED_LOCALES.find((l) => l === base) ?? fallback;
}

export function t(locale: string, key: string, options: TOptions = {}): string {
  return translator().t(key, { ...options, lng: toSupportedLocale(locale) }) as string;
}

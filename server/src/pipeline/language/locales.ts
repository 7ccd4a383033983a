/**
 * The locales Parley answers in. A locale is a BCP 47 tag; only Chinese carries a region because
 * the store's help center is written in Simplified Chinese (zh-CN) and replies must match it.
 */
export const LOCALES = ['en', 'es', 'de', 'fr', 'ja', 'zh-CN', 'it', 'pt', 'nl', 'ko', 'ar'] as const;

export type Locale = (typeof LOCALES)[number];

/** ISO 639-1 code of a locale's language, e.g. `baseLanguage('zh-CN') === 'zh'`. */
export type BaseLanguage = 'en' | 'es' | 'de' | 'fr' | 'ja' | 'zh' | 'it' | 'pt' | 'nl' | 'ko' | 'ar';

/** Languages written in Latin script, where function words and diacritics tell them apart. */
export const LATIN_LOCALES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl'] as const satisfies readonly Locale[];
export type LatinLocale = (typeof LATIN_LOCALES)[number];

const LOCALE_SET: ReadonlySet<string> = new Set(LOCALES);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && LOCALE_SET.has(value);
}

export function isLatinLocale(locale: Locale): locale is LatinLocale {
  return (LATIN_LOCALES as readonly Locale[]).includes(locale);
}

export function baseLanguage(locale: Locale): BaseLanguage {
  return locale === 'zh-CN' ? 'zh' : locale;
}

/**
 * Maps a language tag from anywhere (a browser's `navigator.language`, a detector's ISO 639-1/3 code,
 * a store setting) to a supported locale, or undefined. `zh`, `zh-Hans`, `zh-TW`, `cmn` all map to
 * zh-CN because it is the only Chinese we write; `pt-BR` → pt, `en-GB` → en.
 */
export function toLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace('_', '-');
  if (lower === '') return undefined;
  const primary = lower.split('-')[0] ?? '';
  const fromIso3: Record<string, Locale> = {
    eng: 'en', spa: 'es', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', jpn: 'ja', cmn: 'zh-CN',
    zho: 'zh-CN', chi: 'zh-CN', ita: 'it', por: 'pt', nld: 'nl', dut: 'nl', kor: 'ko', ara: 'ar', arb: 'ar',
  };
  if (primary === 'zh') return 'zh-CN';
  const mapped = fromIso3[primary];
  if (mapped) return mapped;
  return isLocale(primary) ? primary : undefined;
}

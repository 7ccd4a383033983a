/** Locale matching in the browser, mirroring the server's (server/src/identity/resolve-locale.ts). */

export const UI_LOCALES = ['en', 'es', 'de', 'fr', 'ja', 'zh-CN', 'it', 'pt', 'nl', 'ko', 'ar'] as const;

/** The UI locale a BCP 47 tag means ("es-MX" → "es", "zh-Hant-TW" → "zh-CN"), or undefined. */
export function matchLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace('_', '-');
  const base = lower.split('-')[0];
  if (base === 'zh') return 'zh-CN';
  return UI_LOCALES.find((l) => l.toLowerCase() === lower || l === base);
}

/** The first supported of the page's `<html lang>` and the browser's languages. */
export function pageLocale(htmlLang: string | null | undefined, browserLanguages: readonly string[]): string | undefined {
  for (const tag of [htmlLang, ...browserLanguages]) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return undefined;
}

export const isRtl = (locale: string): boolean => locale === 'ar';

/**
 * Which Postgres text-search configuration stems a locale's words. Every configuration named here
 * ships with PostgreSQL 15 and PGlite. Japanese and Chinese have no parser in Postgres: their text
 * is indexed as CJK bigrams (normalize.ts) and any Latin words inside it with `simple`.
 */
const CONFIGS: Record<string, string> = {
  en: 'english',
  es: 'spanish',
  de: 'german',
  fr: 'french',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  ar: 'arabic',
};

export type TsConfig = 'english' | 'spanish' | 'german' | 'french' | 'italian' | 'portuguese' | 'dutch' | 'arabic' | 'simple';

export function tsConfigFor(locale: string): TsConfig {
  const base = locale.toLowerCase().split('-')[0] ?? '';
  return (CONFIGS[base] as TsConfig | undefined) ?? 'simple';
}

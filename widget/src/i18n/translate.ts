/**
 * UI strings: English is compiled in (the fallback for any missing key); the shopper's locale comes
 * with the store config from the server, so the bundle does not carry eleven languages.
 */
import en from './locales/en.json' with { type: 'json' };

export type Strings = Record<string, string>;
export type StringKey = keyof typeof en;

export const ENGLISH: Strings = en;

/** `translate(strings, 'typing', {name: 'Ana'})` → "Ana is typing…". */
export function translate(strings: Strings, key: StringKey, vars?: Record<string, string | number>): string {
  const template = strings[key] ?? ENGLISH[key] ?? key;
  return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : template;
}

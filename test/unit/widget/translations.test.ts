import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../../server/src/i18n/i18n.js';
import { translate } from '../../../widget/src/i18n/translate.js';

const DIR = new URL('../../../widget/src/i18n/locales/', import.meta.url);
const load = (locale: string) => JSON.parse(readFileSync(new URL(`${locale}.json`, DIR), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('widget UI strings', () => {
  const english = load('en');

  it('exist for every supported locale, with every key and the same placeholders', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(files).toEqual([...SUPPORTED_LOCALES].sort());
    for (const locale of SUPPORTED_LOCALES) {
      const strings = load(locale);
      expect(Object.keys(strings).sort(), locale).toEqual(Object.keys(english).sort());
      for (const key of Object.keys(english)) {
        expect(strings[key]?.trim(), `${locale}.${key}`).toBeTruthy();
        expect(placeholders(strings[key]!), `${locale}.${key}`).toEqual(placeholders(english[key]!));
      }
    }
  });

  it('are translated, not copied from English (beyond brand names and short codes)', () => {
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      const strings = load(locale);
      const copied = Object.keys(english).filter((k) => strings[k] === english[k] && !/Parley|^\{|^Assistent|^Open$|^Sources$|^Photo$|^Foto$|^Assistant$/.test(english[k]!));
      expect(copied, locale).toEqual([]);
    }
  });

  it('fill placeholders and fall back to English for a missing key', () => {
    expect(translate(load('es'), 'typing', { name: 'Marta' })).toBe('Marta está escribiendo…');
    expect(translate({}, 'send')).toBe('Send');
    expect(translate(load('ja'), 'replyHours', { n: 2 })).toBe('通常 2 時間以内に返信');
  });
});

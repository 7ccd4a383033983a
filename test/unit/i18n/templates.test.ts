/**
 * The shopper-facing reply templates in every locale: the same keys and placeholders as English (plus
 * each language's own plural forms), actually translated, and rendered by i18next with the right plural.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, t } from '../../../server/src/i18n/i18n.js';

const DIR = new URL('../../../server/src/i18n/locales/', import.meta.url);
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;
/** Categories where a language may spell the number out ("يومين", "un jour") instead of showing it. */
const SPELLED_OUT = new Set(['zero', 'one', 'two']);
/** Counts that between them reach every CLDR category of every supported language (incl. 1.000.000 = fr/es "many"). */
const COUNTS = [1, 2, 5, 0, 11, 100, 1_000_000];

type Templates = Map<string, string>;

function flatten(node: unknown, path: string, out: Templates): Templates {
  if (typeof node === 'string') return out.set(path, node);
  if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new TypeError(`${path || '(root)'}: expected a string or an object`);
  for (const [key, value] of Object.entries(node)) flatten(value, path ? `${path}.${key}` : key, out);
  return out;
}

const load = (locale: string): Templates => flatten(JSON.parse(readFileSync(new URL(`${locale}.json`, DIR), 'utf8')), '', new Map());
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!))].sort();
const categories = (locale: string): string[] => [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
const fill = (template: string, vars: Record<string, unknown>): string =>
  template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => String(vars[name]));
/** Recognisable stand-ins, so a test can see where each value landed. */
const sampleVars = (template: string): Record<string, string> => Object.fromEntries(placeholders(template).map((name) => [name, `⟨${name}⟩`]));

const english = load('en');
/** A key is pluralised when English has its `_other` form; its variants are `<base>_<category>`. */
const pluralBases = [...english.keys()].flatMap((key) => (key.endsWith('_other') ? [key.slice(0, -'_other'.length)] : []));
const pluralBase = (key: string): string | undefined => {
  const base = PLURAL_KEY.exec(key)?.[1];
  return base !== undefined && pluralBases.includes(base) ? base : undefined;
};
const singularKeys = [...english.keys()].filter((key) => pluralBase(key) === undefined);
/** The English text a locale's key translates: the same key, or English `_other` for a plural form English lacks. */
const englishFor = (key: string): string => english.get(key) ?? english.get(`${pluralBase(key)}_other`)!;

describe('reply templates', () => {
  it('exist as one valid JSON file of strings per supported locale', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
    expect(files).toEqual([...SUPPORTED_LOCALES].sort());
    for (const locale of SUPPORTED_LOCALES) expect(() => load(locale), locale).not.toThrow();
    expect(pluralBases.length).toBeGreaterThan(0);
  });

  it.each(SUPPORTED_LOCALES)('%s has every English key, with exactly its own plural forms', (locale) => {
    const expected = [...singularKeys, ...pluralBases.flatMap((base) => categories(locale).map((c) => `${base}_${c}`))].sort();
    expect([...load(locale).keys()].sort()).toEqual(expected);
  });

  it.each(SUPPORTED_LOCALES)('%s keeps the placeholders of each English text', (locale) => {
    for (const [key, text] of load(locale)) {
      const source = englishFor(key);
      if (pluralBase(key) === undefined) {
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(source));
        continue;
      }
      const withoutCount = (names: string[]) => names.filter((n) => n !== 'count');
      expect(withoutCount(placeholders(text)), `${locale} ${key}`).toEqual(withoutCount(placeholders(source)));
      expect(placeholders(source), `en ${key}`).toContain('count');
      const category = PLURAL_KEY.exec(key)![2]!;
      if (!SPELLED_OUT.has(category)) expect(placeholders(text), `${locale} ${key}`).toContain('count');
    }
  });

  it.each(SUPPORTED_LOCALES)('%s leaves empty exactly the texts that are empty in English', (locale) => {
    for (const [key, text] of load(locale)) expect(text.trim() === '', `${locale} ${key}`).toBe(englishFor(key).trim() === '');
  });

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))('%s is translated, not copied from English', (locale) => {
    const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
    const copied = [...load(locale)].filter(([key, text]) => wordCount(englishFor(key)) > 3 && text === englishFor(key)).map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s renders every template through i18next in its own language', (locale) => {
    const own = load(locale);
    for (const key of singularKeys) {
      const template = own.get(key)!;
      const vars = sampleVars(template);
      expect(t(locale, key, vars), `${locale} ${key}`).toBe(fill(template, vars));
    }
    const rules = new Intl.PluralRules(locale);
    const reached = new Set<string>();
    for (const base of pluralBases) {
      for (const count of COUNTS) {
        const category = rules.select(count);
        reached.add(category);
        const template = own.get(`${base}_${category}`)!;
        const vars = { ...sampleVars(template), count };
        const rendered = t(locale, base, vars);
        expect(rendered, `${locale} ${base} count=${count}`).toBe(fill(template, vars));
        expect(rendered, `${locale} ${base} count=${count}`).not.toMatch(/\{\{|⟨count⟩/);
      }
    }
    expect([...reached].sort(), locale).toEqual(categories(locale));
  });

  it('reads naturally for a few real cases', () => {
    expect(t('en', 'tracking.split', { count: 1 })).toBe('This order was shipped in 1 parcel:');
    expect(t('en', 'tracking.split', { count: 3 })).toBe('This order was shipped in 3 parcels:');
    expect(t('de', 'tracking.stalled', { count: 5 })).toMatch(/^Seit 5 Tagen /);
    expect(t('es-MX', 'action.return_outside_window', { order: '#1001', date: '3 dic 2026', count: 30 })).toBe(
      'El plazo de devolución del pedido #1001 terminó el 3 dic 2026 (30 días después de la entrega).',
    );
    expect(t('ar', 'tracking.stalled', { count: 2 })).toContain('منذ يومين');
    expect(t('ar', 'tracking.stalled', { count: 14 })).toContain('منذ 14 يومًا');
    expect(t('zh', 'tracking.split', { count: 3 })).toBe('此订单分 3 个包裹发出：');
    expect(t('ja', 'handoff.reason.vip')).toBe('');
  });
});

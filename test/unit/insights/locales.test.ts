import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { INSIGHTS_LOCALES } from '../../../server/src/insights/i18n.js';

const load = (locale: string) => JSON.parse(readFileSync(new URL(`../../../server/src/insights/locales/${locale}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'string') out.set(path, v);
    else for (const [k, s] of flatten(v, path)) out.set(k, s);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('insights texts', () => {
  const english = flatten(load('en'));
  it.each(INSIGHTS_LOCALES.filter((l) => l !== 'en'))('%s has every English text, with the same placeholders', (locale) => {
    const texts = flatten(load(locale));
    expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of texts) {
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english.get(key)!));
    }
  });

  it('feedback requests offer nothing in return and do not steer the answer', () => {
    for (const locale of INSIGHTS_LOCALES) {
      const texts = flatten(load(locale));
      for (const key of ['feedback.message', 'feedback.email_body', 'feedback.question']) {
        const text = texts.get(key)!.toLowerCase();
        expect(text, `${locale} ${key}`).not.toMatch(/discount|coupon|voucher|gift card|reward|5 stars|five stars|positive review|descuento|cupón|rabatt|gutschein|réduction|bon d'achat|sconto|buono|desconto|cupão|korting|割引|クーポン|折扣|优惠券|好评/);
      }
    }
  });
});

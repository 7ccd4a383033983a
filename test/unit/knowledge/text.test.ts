import { describe, expect, it } from 'vitest';
import { cjkBigrams, cjkBigramsOf, foldForSearch } from '../../../server/src/knowledge/text/normalize.js';
import { codesOf, latinWords, tokenize } from '../../../server/src/knowledge/text/tokenize.js';
import { tsConfigFor } from '../../../server/src/knowledge/text/ts-config.js';
import { analyzeQuery, isEmptyQuery } from '../../../server/src/knowledge/search/query-analysis.js';
import { defaultLexicon } from '../../../server/src/knowledge/lexicon/lexicon.js';

describe('search text', () => {
  it('folds case, width and diacritics the same for articles and queries', () => {
    expect(foldForSearch('Envío GRATIS ｅｎｖｉｏ')).toBe('envio gratis envio');
  });

  it('turns CJK runs into bigrams (Postgres has no Chinese or Japanese parser)', () => {
    expect(cjkBigrams('退货政策')).toEqual(['退货', '货政', '政策']);
    expect(cjkBigrams('返品')).toEqual(['返品']);
    expect(cjkBigrams('の')).toEqual([]);
    // Hiragana-only bigrams are grammar, not content.
    expect(cjkBigramsOf('返品したいです')).toEqual(['返品', '品し']);
  });

  it('finds product codes that mix letters and digits', () => {
    expect(codesOf(foldForSearch('Is JNP-TR-204 in stock? Order 1234, size M'))).toEqual(['jnptr204']);
    expect(latinWords('t-shirt für 30€')).toEqual(['t', 'shirt', 'für', '30']);
    expect(tokenize('注文 JNP-TR-204').cjk).toEqual(['注文']);
  });

  it('maps locales to Postgres text-search configurations', () => {
    expect(['en', 'es', 'de', 'fr', 'it', 'pt', 'nl', 'ja', 'zh-CN'].map(tsConfigFor)).toEqual([
      'english', 'spanish', 'german', 'french', 'italian', 'portuguese', 'dutch', 'simple', 'simple',
    ]);
  });

  it('analyses a query: language, content words, concepts; emoji-only and 10k-character input stay sane', () => {
    const q = analyzeQuery('¿Cuánto tarda el reembolso?', { locale: 'es' }, defaultLexicon());
    expect(q.language).toBe('es');
    expect(q.words).toContain('reembolso');
    expect(q.concepts.map((c) => c.concept)).toEqual(expect.arrayContaining(['refund', 'delivery_time']));
    expect(isEmptyQuery(analyzeQuery('😀🎉👍', { locale: 'en' }, defaultLexicon()))).toBe(true);
    const huge = analyzeQuery('where is my parcel '.repeat(600), { locale: 'en' }, defaultLexicon());
    expect(huge.text.length).toBeLessThanOrEqual(1000);
    expect(huge.words).toEqual(['parcel']);
  });
});

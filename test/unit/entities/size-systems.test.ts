import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../server/src/pipeline/entities/extract.js';
import type { Locale } from '../../../server/src/pipeline/language/locales.js';

const sizes = (text: string) => extractEntities(text).sizes.map((s) => [s.system, s.value, ...(s.region ? [s.region] : [])]);

describe('sizes after size words and wear verbs', () => {
  it.each<[Locale, string, string, string]>([
    ['en', 'normally a 39, do the boots run big?', 'numeric', '39'],
    ['en', "I'm usually a 10 in dresses", 'numeric', '10'],
    ['en', 'I wear a 10 in Nike', 'numeric', '10'],
    ['en', 'I take a M', 'letter', 'M'],
    ['es', 'talla 38', 'numeric', '38'],
    ['es', 'llevo la talla M', 'letter', 'M'],
    ['de', 'Größe 42', 'numeric', '42'],
    ['de', 'ich trage 42', 'numeric', '42'],
    ['de', 'Schuhgröße 43', 'numeric', '43'],
    ['fr', 'Je fais du M dans vos pulls', 'letter', 'M'],
    ['fr', 'je prends du 40', 'numeric', '40'],
    ['it', 'taglia 40', 'numeric', '40'],
    ['it', 'porto la 42', 'numeric', '42'],
    ['pt', 'tamanho 38', 'numeric', '38'],
    ['pt', 'visto o G', 'letter', 'G'],
    ['nl', 'maat 44', 'numeric', '44'],
    ['nl', 'bij schoenmaat 44', 'numeric', '44'],
    ['zh-CN', '我平时穿42码', 'numeric', '42'],
    ['en', 'UK 8', 'UK', '8'],
  ])('%s: %s → %s %s', (_locale, text, system, value) => {
    expect(sizes(text)).toEqual([[system, value]]);
  });

  it('links the size worn to the brand', () => {
    expect(extractEntities('I wear a 10 in Nike').productRefs[0]).toMatchObject({ brand: 'Nike', size: { value: '10' } });
  });

  it('is not fooled by counts, ages, times or look-alike words', () => {
    expect(sizes("I'm 30")).toEqual([]);
    expect(sizes('llevo 3 días esperando')).toEqual([]);
    expect(sizes('je prends 2 pulls')).toEqual([]);
    expect(sizes('give him 2')).toEqual([]);
    expect(sizes('Puse mal el número del portal')).toEqual([]);
    expect(sizes('Do your sizes follow European or US sizing?')).toEqual([]);
  });
});

describe('the sizing convention named next to a size', () => {
  it.each<[Locale, string, Array<string>]>([
    ['fr', 'Je fais du 38 en France', ['FR', '38']],
    ['zh-CN', '我美码女鞋穿7.5', ['US', '7.5']],
    ['zh-CN', '我平时穿欧码40，美码是多少', ['EU', '40']],
    ['es', 'calzo un 44 europeo', ['EU', '44']],
    ['en', 'I wear a 10 in Italian sizing', ['IT', '10']],
    ['ja', '日本サイズでいつもLを着ています', ['letter', 'L', 'JP']],
    ['en', "I'm a M in UK sizes", ['letter', 'M', 'UK']],
  ])('%s: %s', (_locale, text, expected) => {
    expect(sizes(text)).toEqual([expected]);
  });

  it('keeps the shoe category and gender', () => {
    expect(extractEntities('我美码女鞋穿7.5').sizes[0]).toMatchObject({ system: 'US', gender: 'women', category: 'shoe' });
  });

  it('ignores a country in another clause, and never takes a country for a brand', () => {
    expect(sizes('I wear a 10, do you ship to the UK?')).toEqual([['numeric', '10']]);
    expect(extractEntities('Je fais du 38 en France').productRefs).toEqual([]);
  });
});

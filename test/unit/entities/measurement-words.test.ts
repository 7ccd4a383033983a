import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../server/src/pipeline/entities/extract.js';

const measures = (text: string) => extractEntities(text).measurements.map((m) => [m.kind, m.value]);

describe('a measurement word belongs to its own number', () => {
  it.each<[string, Array<[string, number]>]>([
    // The word after the number ("90 cm chest") wins over a height verb two numbers back.
    ["I'm 166 cm with a 90 cm chest", [['height', 166], ['chest', 90]]],
    ['waist 71cm, hips 96, and I\'m 165cm tall', [['waist', 71], ['hip', 96], ['height', 165]]],
    ['90 cm chest 75 cm waist', [['chest', 90], ['waist', 75]]],
    ['bust 88 waist 70 hips 96', [['bust', 88], ['waist', 70], ['hip', 96]]],
    ["I'm a 32 waist and 34 inseam", [['waist', 81.3], ['inseam', 86.4]]],
    ['my waist is 30 and my inseam is 32', [['waist', 76.2], ['inseam', 81.3]]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });

  it.each<[string, string, Array<[string, number]>]>([
    ['es', 'Mido 104 de pecho', [['chest', 104]]],
    ['es', '72 de cintura', [['waist', 72]]],
    ['es', 'mi cintura mide unos 72 cm', [['waist', 72]]],
    ['pt', 'Tenho 90 cm de busto e 72 de cintura', [['bust', 90], ['waist', 72]]],
    ['pt', 'meu peito tem 98 cm, M ou G?', [['chest', 98]]],
    ['de', 'Brust 96', [['chest', 96]]],
    ['de', '96 cm Brustumfang', [['chest', 96]]],
    ['de', 'Oberweite ca. 92 cm', [['bust', 92]]],
    ['fr', 'tour de poitrine 92', [['chest', 92]]],
    ['fr', "J'ai 76 cm de tour de taille", [['waist', 76]]],
    ['it', 'Ho 76 cm di vita', [['waist', 76]]],
    ['nl', 'heupomtrek 102, taille 80 cm', [['hip', 102], ['waist', 80]]],
    ['zh-CN', '胸围97，身高172', [['chest', 97], ['height', 172]]],
    ['zh-CN', '身高大概172 体重65', [['height', 172], ['weight', 65]]],
    ['ja', 'バスト88、ウエスト70', [['bust', 88], ['waist', 70]]],
    ['ja', '胸囲は88センチ、身長は160センチです', [['chest', 88], ['height', 160]]],
    ['ko', '키 170 몸무게 65', [['height', 170], ['weight', 65]]],
  ])('%s: %s', (_locale, text, expected) => {
    expect(measures(text)).toEqual(expected);
  });

  it('does not let a word reach past another number', () => {
    // "Brust" names 96, so 42 stays a size.
    const entities = extractEntities('Größe 42 Brust 96');
    expect(entities.measurements.map((m) => [m.kind, m.value])).toEqual([['chest', 96]]);
    expect(entities.sizes.map((s) => s.value)).toEqual(['42']);
  });
});

describe('height only with a height word', () => {
  it('reads a bare number after a height word as a height', () => {
    expect(measures('height 172')).toEqual([['height', 172]]);
    expect(measures('身高172')).toEqual([['height', 172]]);
    expect(measures('mi hijo mide 140 cm')).toEqual([['height', 140]]);
    expect(measures("he's 140 cm")).toEqual([['height', 140]]);
  });

  it('keeps a number without a measurement word unknown', () => {
    expect(measures('175 cm')).toEqual([['unknown', 175]]);
    expect(measures('is a large too big for someone 180cm?')).toEqual([['unknown', 180]]);
    expect(measures('the bag is 45 cm wide')).toEqual([['unknown', 45]]);
  });

  it('reads the "175cm 70kg" shorthand as height and weight', () => {
    expect(measures('175cm 70kg, which size?')).toEqual([['height', 175], ['weight', 70]]);
  });

  it('ignores ages, sizes and words that only look like measurement words', () => {
    expect(measures("I'm 30 and wear a 10")).toEqual([]);
    expect(measures('Do you ship to 90210?')).toEqual([]);
    expect(measures('shipping 90 days')).toEqual([]);
    expect(measures('de segunda mano 20')).toEqual([]);
  });
});

describe('foot length', () => {
  it.each<[string, number]>([
    ['足は27cmくらいです', 27],
    ['足のサイズは26.5cm', 26.5],
    ['我的脚长26厘米', 26],
    ['my foot is 27', 27],
    ['my foot length is 265 mm', 26.5],
    ['Fußlänge 26,5 cm', 26.5],
  ])('%s → foot_length %d', (text, value) => {
    expect(measures(text)).toEqual([['foot_length', value]]);
  });

  it('leaves a bare shoe length in cm to sizes', () => {
    const entities = extractEntities('靴は27cmを履いています');
    expect(entities.measurements).toEqual([]);
    expect(entities.sizes.map((s) => [s.system, s.value])).toEqual([['CM', '27']]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../server/src/pipeline/entities/extract.js';

const sizes = (text: string) => extractEntities(text).sizes.map((s) => [s.system, s.value]);
const measures = (text: string) => extractEntities(text).measurements.map((m) => [m.kind, m.value, m.unit]);

describe('sizes', () => {
  it.each<[string, string, string]>([
    ['size M please', 'letter', 'M'],
    ['¿tenéis la talla XL?', 'letter', 'XL'],
    ['Größe L bitte', 'letter', 'L'],
    ['Mサイズはありますか', 'letter', 'M'],
    ['有M码吗', 'letter', 'M'],
    ['talla 38', 'numeric', '38'],
    ['pointure 42', 'numeric', '42'],
    ['EU 42', 'EU', '42'],
    ['I wear a 42 EU', 'EU', '42'],
    ['US 10.5', 'US', '10.5'],
    ['UK 8', 'UK', '8'],
    ['calzo un 44 europeo', 'EU', '44'],
    ['ナイキでは26.5cmを履いています', 'CM', '26.5'],
    ['W32 L34 jeans', 'waist_length', 'W32 L34'],
    ['我穿42码', 'numeric', '42'],
  ])('%s → %s %s', (text, system, value) => {
    expect(sizes(text)).toEqual([[system, value]]);
  });

  it('splits waist and length', () => {
    expect(extractEntities('I am a W32/L34').sizes[0]).toMatchObject({ waist: 32, length: 34 });
  });

  it('notes gender and shoe context', () => {
    expect(extractEntities("men's US 10 trail shoes").sizes[0]).toMatchObject({ system: 'US', gender: 'men', category: 'shoe' });
  });
});

describe('measurements, normalised to cm and kg', () => {
  it.each<[string, string, number, string]>([
    ['cintura 72 cm', 'waist', 72, 'cm'],
    ['Brustumfang 96', 'chest', 96, 'cm'],
    ['胸囲88cm', 'chest', 88, 'cm'],
    ['身高170', 'height', 170, 'cm'],
    ['tour de hanches 104 cm', 'hip', 104, 'cm'],
    ['girovita 80', 'waist', 80, 'cm'],
    ['borstomtrek 98 cm', 'chest', 98, 'cm'],
    ['my foot length is 26.5 cm', 'foot_length', 26.5, 'cm'],
    ['inseam 32 inches', 'inseam', 81.3, 'cm'],
    ['chest 38 in', 'chest', 96.5, 'cm'],
    ['ウエスト72cm', 'waist', 72, 'cm'],
    ['Sono alto 1,80', 'height', 180, 'cm'],
    ['taille 72 cm', 'waist', 72, 'cm'],
    ['quadril 104 cm', 'hip', 104, 'cm'],
    ['peito 96', 'chest', 96, 'cm'],
    ['Hüftumfang 100 cm', 'hip', 100, 'cm'],
    ['股下78cm', 'inseam', 78, 'cm'],
    ['臀围 95', 'hip', 95, 'cm'],
  ])('%s → %s %d %s', (text, kind, value, unit) => {
    expect(measures(text)).toEqual([[kind, value, unit]]);
  });

  it('reads height and weight together in several notations', () => {
    expect(measures("I'm 5'10\" and 160 lbs")).toEqual([['height', 177.8, 'cm'], ['weight', 72.6, 'kg']]);
    expect(measures('I am 1.75 m and 70kg')).toEqual([['height', 175, 'cm'], ['weight', 70, 'kg']]);
    expect(measures('mido 1,75 y peso 70 kilos')).toEqual([['height', 175, 'cm'], ['weight', 70, 'kg']]);
    expect(measures('ich bin 180 cm groß und wiege 75 kg')).toEqual([['height', 180, 'cm'], ['weight', 75, 'kg']]);
    expect(measures('身高175 体重60公斤')).toEqual([['height', 175, 'cm'], ['weight', 60, 'kg']]);
  });

  it('keeps a size word with a small number as a size, not a waist', () => {
    expect(measures('taille 38')).toEqual([]);
    expect(sizes('taille 38')).toEqual([['numeric', '38']]);
  });
});

describe('brand references', () => {
  it('links the size worn to the brand', () => {
    const refs = extractEntities('I wear EU 42 in Nike').productRefs;
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ brand: 'Nike', size: { system: 'EU', value: '42' } });
  });

  it('recognises brands in other languages and scripts', () => {
    expect(extractEntities('je chausse du 42 chez Adidas').productRefs[0]?.brand).toBe('Adidas');
    expect(extractEntities('ナイキでは26.5cmです').productRefs[0]).toMatchObject({ brand: 'Nike', size: { system: 'CM' } });
    expect(extractEntities('耐克我穿42码').productRefs[0]?.brand).toBe('Nike');
  });

  it('takes an unknown capitalised brand after a size', () => {
    expect(extractEntities("I'm a size M in Rab jackets").productRefs[0]).toMatchObject({ brand: 'Rab', size: { value: 'M' } });
  });
});

import { describe, expect, it } from 'vitest';
import {
  cmToInches,
  inchesToCm,
  kgToPounds,
  parseLabel,
  parseLengthToCm,
  parseSizeReference,
  poundsToKg,
  roundTo,
  toCentimetres,
} from '../../../server/src/commerce/sizes/index.js';

describe('unit conversion', () => {
  it('converts between cm and inches the way charts do (cm / 2.54, one decimal)', () => {
    expect(inchesToCm(10)).toBeCloseTo(25.4, 10);
    expect(roundTo(cmToInches(88), 1)).toBe(34.6);
    expect(roundTo(cmToInches(99), 1)).toBe(39);
    expect(toCentimetres(34, 'in')).toBeCloseTo(86.36, 10);
    expect(toCentimetres(265, 'mm')).toBe(26.5);
    expect(toCentimetres(90, 'cm')).toBe(90);
    expect(roundTo(poundsToKg(150), 2)).toBe(68.04);
    expect(roundTo(kgToPounds(60), 1)).toBe(132.3);
  });

  it.each<[string, number | undefined]>([
    ['86 cm', 86],
    ['86cm', 86],
    ['86,5 cm', 86.5],
    ['34 in', 86.36],
    ['34"', 86.36],
    ['34 inches', 86.36],
    ['265 mm', 26.5],
    ['1.75 m', 175],
    ['1,68 m', 168],
    ["5'8\"", 172.72],
    ['5 ft 8 in', 172.72],
    ['5′ 2″', 157.48],
    ['90 公分', 90],
    ['86', undefined], // no unit: never assume one
    ['tall', undefined],
  ])('parseLengthToCm(%j) → %s', (text, cm) => {
    const result = parseLengthToCm(text);
    if (cm === undefined) expect(result).toBeUndefined();
    else expect(result).toBeCloseTo(cm, 6);
  });
});

describe('parseLabel', () => {
  it('reads ranges, brackets, CN codes, half sizes and "no size"', () => {
    expect(parseLabel('8–10')).toEqual({ main: { kind: 'number', min: 8, max: 10 }, alternatives: [] });
    expect(parseLabel('9–11 (L)')).toEqual({ main: { kind: 'number', min: 9, max: 11 }, alternatives: [{ kind: 'word', text: 'L' }] });
    expect(parseLabel('S (34–36)')).toEqual({ main: { kind: 'word', text: 'S' }, alternatives: [{ kind: 'number', min: 34, max: 36 }] });
    expect(parseLabel('42 (260)')).toEqual({ main: { kind: 'number', min: 42, max: 42 }, alternatives: [{ kind: 'number', min: 260, max: 260 }] });
    expect(parseLabel('165/88A')).toEqual({ main: { kind: 'cn', height: 165, girth: 88, bodyType: 'A' }, alternatives: [] });
    expect(parseLabel('8½')?.main).toEqual({ kind: 'number', min: 8.5, max: 8.5 });
    expect(parseLabel('42 2/3')?.main).toMatchObject({ kind: 'number' });
    expect(parseLabel('4–6.5')?.main).toEqual({ kind: 'number', min: 4, max: 6.5 });
    expect(parseLabel('3XL')?.main).toEqual({ kind: 'word', text: 'XXXL' });
    expect(parseLabel('—')).toBeUndefined();
    expect(parseLabel('')).toBeUndefined();
  });
});

describe('parseSizeReference', () => {
  it.each([
    ['I wear EU 42', { system: 'EU', value: '42' }],
    ['usually a 42 EU', { system: 'EU', value: '42' }],
    ["US men's 10", { system: 'US', value: '10', gender: 'men' }],
    ["women's US 8.5", { system: 'US', value: '8.5', gender: 'women' }],
    ['US 9 women’s', { system: 'US', value: '9', gender: 'women' }],
    ['UK 8,5', { system: 'UK', value: '8.5' }],
    ['JP 26.5', { system: 'JP', value: '26.5' }],
    ['CN 165/88A', { system: 'CN', value: '165/88A' }],
    ['size M please', { system: 'size', value: 'M' }],
    ['talla 38', { system: 'size', value: '38' }],
  ])('%s', (text, expected) => {
    expect(parseSizeReference(text)).toEqual(expected);
  });

  it('does not guess a system for a bare number', () => {
    expect(parseSizeReference('I wear 42')).toBeUndefined();
    expect(parseSizeReference('should I size up?')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { convertLabel, type LabelConversion, type LabelSystem } from '../../../server/src/commerce/sizes/index.js';
import { backpackTorso, kidsJackets, mensShoes, mensTops, socks, womensShoes, womensTops } from './charts.js';

const sizeOf = (c: LabelConversion): string | undefined => (c.kind === 'found' ? c.size : undefined);

describe('convertLabel on apparel', () => {
  it.each<[LabelSystem, string, string]>([
    ['size', 'M', 'M'],
    ['size', 'xs', 'XS'],
    ['US', '10', 'M'],
    ['US', '9', 'M'], // inside the 8–10 range
    ['US', '8-10', 'M'], // hyphen for the en dash
    ['UK', '8', 'S'],
    ['UK', '11', 'M'],
    ['EU', '38', 'M'],
    ['EU', '38–40', 'M'],
    ['EU', '45', 'XL'],
    ['JP', '11', 'M'], // "9–11 (L)"
    ['JP', 'L', 'M'], // the bracketed letter size
    ['JP', 'LL', 'L'],
    ['JP', '3L', 'XL'],
    ['CN', '165/84A', 'M'],
    ['CN', '165/84', 'M'],
  ])("women's tops: %s %s → %s", (system, value, size) => {
    expect(sizeOf(convertLabel(womensTops, { system, value }))).toBe(size);
  });

  it('returns the row in every system', () => {
    expect(convertLabel(womensTops, { system: 'EU', value: '42' })).toEqual({
      kind: 'found',
      system: 'EU',
      value: '42',
      size: 'L',
      row: { size: 'L', US: '12', UK: '14', EU: '42', JP: '13 (LL)', CN: '170/88A' },
      via: 'label',
    });
  });

  it.each<[LabelSystem, string, string, 'label' | 'alternative']>([
    ['US', 'L', 'L', 'label'],
    ['US', '40', 'M', 'alternative'], // chest inches in "M (38–40)"
    ['US', '2XL', 'XXL', 'label'],
    ['UK', '39', 'M', 'label'],
    ['EU', '51', 'L', 'label'],
    ['JP', 'XL', 'L', 'alternative'], // "LL (XL)"
    ['JP', 'XXL', 'XL', 'alternative'],
    ['CN', '180/96A', 'XL', 'label'],
  ])("men's tops: %s %s → %s via %s", (system, value, size, via) => {
    const result = convertLabel(mensTops, { system, value });
    expect(result).toMatchObject({ kind: 'found', size, via });
  });

  it('says when a label is not in the chart, with the neighbours for numbers', () => {
    expect(convertLabel(womensTops, { system: 'UK', value: '9' })).toMatchObject({
      kind: 'not_in_chart',
      reason: 'value_not_in_chart',
      between: { smaller: { size: 'S' }, larger: { size: 'M' } },
    });
    expect(convertLabel(womensTops, { system: 'EU', value: '50' })).toMatchObject({
      kind: 'not_in_chart',
      beyond: { side: 'above_largest', nearest: { size: 'XL' } },
    });
    expect(convertLabel(womensTops, { system: 'size', value: 'XXS' })).toEqual({
      kind: 'not_in_chart',
      system: 'size',
      value: 'XXS',
      reason: 'value_not_in_chart',
    });
    expect(convertLabel(womensTops, { system: 'US', value: '???' })).toMatchObject({ reason: 'unreadable_value' });
  });

  it('reports a system the chart does not publish', () => {
    expect(convertLabel(kidsJackets, { system: 'EU', value: '122' })).toMatchObject({ kind: 'not_in_chart', reason: 'system_not_in_chart' });
    expect(sizeOf(convertLabel(kidsJackets, { system: 'size', value: '122' }))).toBe('122');
    expect(sizeOf(convertLabel(backpackTorso, { system: 'size', value: 'm' }))).toBe('M');
  });

  it('is ambiguous when a CN height alone fits several sizes', () => {
    const charts = { ...womensTops, label_conversions: womensTops.label_conversions?.map((c) => ({ ...c, CN: c.size === 'L' ? '165/88A' : c.CN })) };
    expect(convertLabel(charts, { system: 'CN', value: '165' })).toMatchObject({ kind: 'ambiguous', sizes: ['M', 'L'] });
  });
});

describe('convertLabel on shoes', () => {
  it.each<[LabelSystem, string, string]>([
    ['US', '9.5', '9.5'],
    ['US', '9½', '9.5'],
    ['US', '8 1/2', '8.5'],
    ['UK', '8', '9'],
    ['EU', '44', '10'],
    ['JP', '27', '9'], // "27.0"
    ['JP', '26.5cm', '8.5'],
    ['CN', '45', '11'], // "45 (290)"
    ['CN', '290', '11'], // the millimetres in brackets
    ['CN', '45 (290)', '11'],
    ['size', '12', '12'],
  ])("men's: %s %s → US %s", (system, value, us) => {
    expect(sizeOf(convertLabel(mensShoes, { system, value }))).toBe(us);
  });

  it.each<[LabelSystem, string, string]>([
    ['US', '6.5', '6.5'],
    ['UK', '6', '8'],
    ['EU', '39.5', '8.5'],
    ['JP', '24', '7'],
    ['CN', '36 (225)', '5.5'],
  ])("women's: %s %s → US %s", (system, value, us) => {
    expect(sizeOf(convertLabel(womensShoes, { system, value }))).toBe(us);
  });

  it('gives the full shoe row and the neighbours of a missing half size', () => {
    const found = convertLabel(mensShoes, { system: 'EU', value: '44' });
    expect(found.kind === 'found' && found.row).toEqual({
      US: '10',
      UK: '9',
      EU: '44',
      JP: '28.0',
      CN: '44 (280)',
      foot_length_mm: 280,
      foot_length_in: 11,
    });
    expect(convertLabel(mensShoes, { system: 'US', value: '10.5' })).toMatchObject({
      kind: 'not_in_chart',
      between: { smaller: { US: '10' }, larger: { US: '11' } },
    });
    expect(convertLabel(mensShoes, { system: 'EU', value: '39' })).toMatchObject({
      beyond: { side: 'below_smallest', nearest: { US: '7' } },
    });
  });
});

describe('convertLabel on socks', () => {
  it('uses the gendered US column when the gender is known', () => {
    expect(sizeOf(convertLabel(socks, { system: 'US', value: '9', gender: 'women' }))).toBe('M');
    expect(sizeOf(convertLabel(socks, { system: 'US', value: '9', gender: 'men' }))).toBe('L');
  });

  it('is ambiguous without a gender when the columns disagree, and finds a size when only one matches', () => {
    expect(convertLabel(socks, { system: 'US', value: '9' })).toMatchObject({ kind: 'ambiguous', sizes: ['M', 'L'] });
    expect(sizeOf(convertLabel(socks, { system: 'US', value: '13' }))).toBe('XL');
  });

  it('reads shoe-size ranges in other systems and knows CN is missing', () => {
    expect(sizeOf(convertLabel(socks, { system: 'EU', value: '43' }))).toBe('L');
    expect(sizeOf(convertLabel(socks, { system: 'JP', value: '25.5' }))).toBe('M');
    expect(convertLabel(socks, { system: 'CN', value: '43' })).toMatchObject({ reason: 'system_not_in_chart' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  STANDARD_SHOE_SIZES,
  nearestStandardSize,
  recommendSize,
  standardFootLengthMm,
} from '../../../server/src/commerce/sizes/index.js';
import { mensShoes, socks, womensShoes } from './charts.js';

const HALF_SMALL = 'Runs half a size small — order half a size up from your usual size.';

describe('recommendSize for shoes by foot length', () => {
  it('matches a foot length to its row, or offers the two neighbours', () => {
    expect(recommendSize({ chart: mensShoes, measurements: { footLengthMm: 270 } })).toMatchObject({ kind: 'single', sizes: ['9'] });
    const between = recommendSize({ chart: mensShoes, measurements: { footLengthMm: 272 } });
    expect(between).toMatchObject({ kind: 'between', sizes: ['9', '9.5'] });
    expect(between.tradeOff).toEqual({ smaller: '9', larger: '9.5', code: 'snugger_or_roomier' });
  });

  it('says when a foot is outside the chart', () => {
    const small = recommendSize({ chart: mensShoes, measurements: { footLengthMm: 245 } });
    expect(small.kind).toBe('out_of_range');
    expect(small.reasons).toEqual([{ code: 'measure_below_range', measure: 'foot_length', value: 245, unit: 'mm', min: 250, size: '7' }]);
    const large = recommendSize({ chart: mensShoes, measurements: { footLengthMm: 305 } });
    expect(large.reasons).toEqual([{ code: 'measure_above_range', measure: 'foot_length', value: 305, unit: 'mm', max: 300, size: '12' }]);
  });

  it('moves half a size by US number, offering neighbours when the chart skips that half size', () => {
    expect(recommendSize({ chart: mensShoes, reference: { system: 'US', value: '9' }, fitNote: HALF_SMALL }).sizes).toEqual(['9.5']);
    const skipped = recommendSize({ chart: mensShoes, reference: { system: 'EU', value: '44' }, fitNote: HALF_SMALL });
    expect(skipped).toMatchObject({ kind: 'between', sizes: ['10', '11'] });
    expect(skipped.tradeOff).toEqual({ smaller: '10', larger: '11', code: 'fit_note_prefers_larger', preferred: '11' });
    expect(skipped.reasons).toContainEqual({ code: 'fit_note_shift', direction: 'up', step: 'half', from: ['10'], to: ['10', '11'] });
    const between = recommendSize({ chart: mensShoes, measurements: { footLengthMm: 272 }, fitNote: HALF_SMALL });
    expect(between).toMatchObject({ kind: 'single', sizes: ['9.5'] });
  });

  it('says when the largest size cannot go up', () => {
    const result = recommendSize({ chart: mensShoes, reference: { system: 'US', value: '12' }, fitNote: HALF_SMALL });
    expect(result.sizes).toEqual(['12']);
    expect(result.reasons).toContainEqual({ code: 'fit_note_no_size_beyond', direction: 'up', size: '12' });
  });

  it('asks for a foot length (or a size) rather than reading body measurements', () => {
    const result = recommendSize({ chart: womensShoes, measurements: { bust: 90 } });
    expect(result.kind).toBe('insufficient_data');
    expect(result.reasons).toEqual([
      { code: 'chart_lacks_measure', measure: 'bust' },
      { code: 'needs_measurements', measures: ['foot_length'], orReferenceSize: true },
    ]);
  });
});

describe('recommendSize for shoes from another brand', () => {
  it('converts EU, UK, JP and CN labels through the chart', () => {
    expect(recommendSize({ chart: mensShoes, reference: { system: 'EU', value: '42' } }).sizes).toEqual(['8.5']);
    expect(recommendSize({ chart: mensShoes, reference: { system: 'UK', value: '10' } }).sizes).toEqual(['11']);
    expect(recommendSize({ chart: womensShoes, reference: { system: 'JP', value: '23.5' } }).sizes).toEqual(['6.5']);
    expect(recommendSize({ chart: womensShoes, reference: { system: 'CN', value: '39' } }).sizes).toEqual(['8']);
  });

  it('uses the chart, not the generic table, when the shopper quotes the chart gender', () => {
    const result = recommendSize({ chart: mensShoes, reference: { system: 'US', value: '9', gender: 'men', brand: 'X' } });
    expect(result.sizes).toEqual(['9']);
    expect(result.reasons).toEqual([
      { code: 'reference_converted', system: 'US', value: '9', sizes: ['9'] },
      { code: 'brands_differ', brand: 'X' },
    ]);
  });

  it("interprets a women's US size against a men's chart with the generic table, and says so", () => {
    const result = recommendSize({ chart: mensShoes, reference: { system: 'US', value: '10', gender: 'women' } });
    expect(result.sizes).toEqual(['9']);
    expect(result.reasons).toEqual([
      { code: 'standard_table_used', system: 'US', value: '10', gender: 'women', footLengthMm: 270 },
      { code: 'brands_differ' },
    ]);
    const reverse = recommendSize({ chart: womensShoes, reference: { system: 'US', value: '7', gender: 'men' } });
    expect(reverse.sizes).toEqual(['8']);
  });

  it('treats a quoted size between two rows as between sizes', () => {
    expect(recommendSize({ chart: mensShoes, reference: { system: 'EU', value: '43.5' } })).toMatchObject({
      kind: 'between',
      sizes: ['9.5', '10'],
    });
  });
});

describe('recommendSize for socks', () => {
  it('needs the gender for a US size the two columns read differently', () => {
    const result = recommendSize({ chart: socks, reference: { system: 'US', value: '9' } });
    expect(result.kind).toBe('insufficient_data');
    expect(result.reasons[0]).toEqual({ code: 'needs_gender', system: 'US', value: '9' });
    expect(recommendSize({ chart: socks, reference: { system: 'US', value: '9', gender: 'women' } }).sizes).toEqual(['M']);
  });

  it('interprets a system the chart lacks with the generic table when both genders agree', () => {
    const result = recommendSize({ chart: socks, reference: { system: 'CN', value: '43' } });
    expect(result.sizes).toEqual(['L']);
    expect(result.reasons[0]).toEqual({ code: 'standard_table_used', system: 'CN', value: '43', footLengthMm: 275 });
    expect(recommendSize({ chart: socks, reference: { system: 'CN', value: '37' } }).kind).toBe('insufficient_data');
    expect(recommendSize({ chart: socks, reference: { system: 'CN', value: '37', gender: 'women' } }).sizes).toEqual(['S']);
  });

  it('reads a foot length as a JP size', () => {
    expect(recommendSize({ chart: socks, measurements: { footLengthMm: 255 } }).sizes).toEqual(['M']);
    expect(recommendSize({ chart: socks, measurements: { footLengthMm: 300 } }).sizes).toEqual(['XL']);
    expect(recommendSize({ chart: socks, measurements: { footLengthMm: 263 } })).toMatchObject({ kind: 'between', sizes: ['M', 'L'] });
  });
});

describe('the generic shoe table', () => {
  it('follows its stated rules for every row', () => {
    for (const row of STANDARD_SHOE_SIZES.men) {
      expect(row.UK).toBe(row.US - 1);
      expect(row.footLengthMm).toBe(Math.round(row.JP * 10));
    }
    for (const row of STANDARD_SHOE_SIZES.women) expect(row.UK).toBe(row.US - 2);
    for (const table of Object.values(STANDARD_SHOE_SIZES)) {
      for (let i = 1; i < table.length; i++) {
        expect(table[i]!.EU).toBeGreaterThan(table[i - 1]!.EU);
        expect(table[i]!.footLengthMm).toBeGreaterThan(table[i - 1]!.footLengthMm);
      }
    }
  });

  it('gives foot lengths per system and gender, interpolating between rows', () => {
    expect(standardFootLengthMm('EU', 42, 'men')).toBe(265);
    expect(standardFootLengthMm('UK', 8, 'men')).toBe(270);
    expect(standardFootLengthMm('US', 8, 'women')).toBe(250);
    expect(standardFootLengthMm('US', 8, 'men')).toBe(260);
    expect(standardFootLengthMm('JP', 26.5, 'women')).toBe(265);
    expect(standardFootLengthMm('CN', 260, 'men')).toBe(260);
    expect(standardFootLengthMm('EU', 43.5, 'men')).toBe(278);
    expect(standardFootLengthMm('US', 30, 'men')).toBeUndefined();
    expect(nearestStandardSize(271, 'women')).toMatchObject({ US: 10, EU: 41 });
  });
});

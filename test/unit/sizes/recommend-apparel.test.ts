import { describe, expect, it } from 'vitest';
import { inchesToCm, recommendSize, type SizeReason } from '../../../server/src/commerce/sizes/index.js';
import { backpackTorso, kidsJackets, mensPants, womensTops } from './charts.js';

const codes = (reasons: SizeReason[]): string[] => reasons.map((r) => r.code);
const AVERAGE_M = { bust: 88, waist: 70, hip: 95 };

describe('recommendSize from measurements (apparel)', () => {
  it('recommends the size every measurement fits, with its rows and labels', () => {
    const result = recommendSize({ chart: womensTops, measurements: AVERAGE_M });
    expect(result.kind).toBe('single');
    expect(result.sizes).toEqual(['M']);
    expect(result.rows).toEqual([womensTops.rows[2]]);
    expect(result.labels).toEqual([{ size: 'M', US: '8–10', UK: '10–12', EU: '38–40', JP: '9–11 (L)', CN: '165/84A' }]);
    expect(result.reasons).toEqual([
      { code: 'measure_in_size', measure: 'bust', value: 88, unit: 'cm', size: 'M' },
      { code: 'measure_in_size', measure: 'waist', value: 70, unit: 'cm', size: 'M' },
      { code: 'measure_in_size', measure: 'hip', value: 95, unit: 'cm', size: 'M' },
    ]);
    expect(result.tradeOff).toBeUndefined();
  });

  it('lets the largest needed size govern and says which measurement decided', () => {
    const result = recommendSize({ chart: womensTops, measurements: { bust: 88, waist: 70, hip: 100 } });
    expect(result.sizes).toEqual(['L']);
    expect(result.reasons).toContainEqual({ code: 'measure_governs', measure: 'hip', value: 100, unit: 'cm', size: 'L' });
  });

  it('offers both sizes with the trade-off when a measurement sits between them', () => {
    const result = recommendSize({ chart: womensTops, measurements: { bust: 91 } });
    expect(result).toMatchObject({ kind: 'between', sizes: ['M', 'L'] });
    expect(result.tradeOff).toEqual({ smaller: 'M', larger: 'L', code: 'snugger_or_roomier' });
    expect(result.reasons).toEqual([{ code: 'measure_between_sizes', measure: 'bust', value: 91, unit: 'cm', smaller: 'M', larger: 'L' }]);
  });

  it('keeps the size that fits everything when only one measurement is on an edge', () => {
    const result = recommendSize({ chart: womensTops, measurements: { bust: 91, hip: 95 } });
    expect(result).toMatchObject({ kind: 'single', sizes: ['M'] });
    expect(codes(result.reasons)).not.toContain('measure_governs');
  });

  it('accepts inches through the conversion helper', () => {
    const result = recommendSize({ chart: womensTops, measurements: { bust: inchesToCm(34.5), hip: inchesToCm(39.5) } });
    expect(result.sizes).toEqual(['L']);
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'measure_governs', measure: 'hip' }));
  });

  it('reads a chest measurement against a bust column', () => {
    const result = recommendSize({ chart: womensTops, measurements: { chest: 84 } });
    expect(result.sizes).toEqual(['S']);
    expect(result.reasons[0]).toMatchObject({ code: 'measure_in_size', measure: 'bust' });
  });

  it('says when a measurement is beyond the chart', () => {
    const above = recommendSize({ chart: womensTops, measurements: { bust: 110 } });
    expect(above).toMatchObject({ kind: 'out_of_range', sizes: [], rows: [womensTops.rows[4]] });
    expect(above.reasons).toEqual([{ code: 'measure_above_range', measure: 'bust', value: 110, unit: 'cm', max: 103, size: 'XL' }]);

    const below = recommendSize({ chart: womensTops, measurements: { bust: 75 } });
    expect(below.kind).toBe('out_of_range');
    expect(below.reasons).toEqual([{ code: 'measure_below_range', measure: 'bust', value: 75, unit: 'cm', min: 78, size: 'XS' }]);
  });

  it('still recommends when one measurement is below the smallest size and another fits', () => {
    const result = recommendSize({ chart: womensTops, measurements: { bust: 75, hip: 90 } });
    expect(result.sizes).toEqual(['S']);
    expect(codes(result.reasons)).toEqual(['measure_below_range', 'measure_in_size', 'measure_governs']);
  });
});

describe('recommendSize with a fit note', () => {
  it('moves a single size by a full size', () => {
    const result = recommendSize({ chart: womensTops, measurements: AVERAGE_M, fitNote: 'Runs small — size up' });
    expect(result.sizes).toEqual(['L']);
    expect(result.reasons).toContainEqual({ code: 'fit_note_shift', direction: 'up', step: 'full', from: ['M'], to: ['L'] });
    expect(recommendSize({ chart: womensTops, measurements: AVERAGE_M, fitNote: 'Runs large' }).sizes).toEqual(['S']);
  });

  it('turns half a size into a choice leaning the way of the note', () => {
    const result = recommendSize({ chart: womensTops, measurements: AVERAGE_M, fitNote: 'Runs half a size small' });
    expect(result).toMatchObject({ kind: 'between', sizes: ['M', 'L'] });
    expect(result.tradeOff).toEqual({ smaller: 'M', larger: 'L', code: 'fit_note_prefers_larger', preferred: 'L' });
  });

  it('uses conditional advice only to break a tie', () => {
    const note = 'Runs large — size down if you are between sizes.';
    const tie = recommendSize({ chart: womensTops, measurements: { bust: 91 }, fitNote: note });
    expect(tie).toMatchObject({ kind: 'between', sizes: ['M', 'L'] });
    expect(tie.tradeOff).toEqual({ smaller: 'M', larger: 'L', code: 'fit_note_prefers_smaller', preferred: 'M' });
    expect(tie.reasons).toContainEqual({ code: 'fit_note_runs', runs: 'large', areas: [] });
    expect(recommendSize({ chart: womensTops, measurements: AVERAGE_M, fitNote: note }).sizes).toEqual(['M']);
  });

  it('resolves a tie with an unconditional shift', () => {
    const result = recommendSize({ chart: womensTops, measurements: { bust: 91 }, fitNote: 'Runs small' });
    expect(result).toMatchObject({ kind: 'single', sizes: ['L'] });
  });

  it('says when there is no larger size to move to', () => {
    const result = recommendSize({ chart: womensTops, measurements: { bust: 100 }, fitNote: 'Runs small — size up' });
    expect(result.sizes).toEqual(['XL']);
    expect(result.reasons).toContainEqual({ code: 'fit_note_no_size_beyond', direction: 'up', size: 'XL' });
  });

  it('passes optional reasons to size up on to the template', () => {
    const result = recommendSize({ chart: womensTops, measurements: AVERAGE_M, fitNote: 'Trim fit. Size up for a relaxed fit.' });
    expect(result.sizes).toEqual(['M']);
    expect(result.reasons).toContainEqual({ code: 'fit_note_size_up_option', purpose: 'relaxed_fit' });
  });
});

describe('recommendSize with a size from another brand', () => {
  it('converts the label through the chart, with a caveat that brands differ', () => {
    const result = recommendSize({ chart: womensTops, reference: { system: 'EU', value: '42', brand: 'Other Brand' } });
    expect(result).toMatchObject({ kind: 'single', sizes: ['L'] });
    expect(result.labels[0]).toMatchObject({ US: '12', UK: '14', JP: '13 (LL)' });
    expect(result.reasons).toEqual([
      { code: 'reference_converted', system: 'EU', value: '42', sizes: ['L'] },
      { code: 'brands_differ', brand: 'Other Brand' },
    ]);
  });

  it('prefers measurements and flags a quoted size that disagrees', () => {
    const result = recommendSize({ chart: womensTops, measurements: AVERAGE_M, reference: { system: 'UK', value: '14' } });
    expect(result.sizes).toEqual(['M']);
    expect(result.reasons).toContainEqual({
      code: 'reference_disagrees',
      system: 'UK',
      value: '14',
      referenceSizes: ['L'],
      measuredSizes: ['M'],
    });
  });

  it('treats a quoted size between two rows as between sizes', () => {
    const result = recommendSize({ chart: womensTops, reference: { system: 'UK', value: '9' } });
    expect(result).toMatchObject({ kind: 'between', sizes: ['S', 'M'] });
  });
});

describe('recommendSize never guesses', () => {
  it('asks for chart measurements when only height and weight are given', () => {
    const result = recommendSize({ chart: womensTops, measurements: { heightCm: 165, weightKg: 60 } });
    expect(result).toMatchObject({ kind: 'insufficient_data', sizes: [], rows: [] });
    expect(result.reasons).toEqual([
      { code: 'chart_lacks_measure', measure: 'heightCm' },
      { code: 'chart_lacks_measure', measure: 'weightKg' },
      { code: 'needs_measurements', measures: ['bust', 'waist', 'hip'], orReferenceSize: true },
    ]);
  });

  it('asks when nothing is given, or when the quoted system is not in the chart', () => {
    expect(recommendSize({ chart: womensTops }).kind).toBe('insufficient_data');
    const result = recommendSize({ chart: kidsJackets, reference: { system: 'EU', value: '122' } });
    expect(result.kind).toBe('insufficient_data');
    expect(result.reasons).toEqual([
      { code: 'reference_system_not_in_chart', system: 'EU' },
      { code: 'needs_measurements', measures: ['height', 'chest'], orReferenceSize: true },
    ]);
  });

  it('uses height and weight when the chart has those columns', () => {
    expect(recommendSize({ chart: kidsJackets, measurements: { heightCm: 125 } }).sizes).toEqual(['122']);
    expect(recommendSize({ chart: kidsJackets, measurements: { heightCm: 116 } })).toMatchObject({ kind: 'between', sizes: ['110', '122'] });
    const result = recommendSize({ chart: kidsJackets, measurements: { heightCm: 125, weightKg: 27 } });
    expect(result.sizes).toEqual(['134']);
    expect(result.reasons).toContainEqual({ code: 'measure_governs', measure: 'weight', value: 27, unit: 'kg', size: '134' });
  });
});

describe('recommendSize for pants and backpacks', () => {
  it('treats a gap between two waist ranges as between sizes', () => {
    expect(recommendSize({ chart: mensPants, measurements: { waist: 80 } })).toMatchObject({ kind: 'between', sizes: ['30', '32'] });
    expect(recommendSize({ chart: mensPants, measurements: { waist: 85, hip: 104 } }).sizes).toEqual(['34']);
  });

  it('chooses the length option from the inseam', () => {
    const regular = recommendSize({ chart: mensPants, measurements: { waist: 82, inseam: 80 } });
    expect(regular.sizes).toEqual(['32']);
    expect(regular.length).toEqual({ kind: 'single', options: ['Regular'] });
    expect(regular.reasons).toContainEqual({ code: 'inseam_matches_length', value: 80, length: 'Regular', lengthCm: 80 });

    expect(recommendSize({ chart: mensPants, measurements: { inseam: 82.5 } }).length).toEqual({ kind: 'between', options: ['Regular', 'Long'] });
    expect(recommendSize({ chart: mensPants, measurements: { inseam: 73 } }).length).toEqual({ kind: 'single', options: ['Short'] });
    const tall = recommendSize({ chart: mensPants, measurements: { inseam: 90 } });
    expect(tall.kind).toBe('insufficient_data');
    expect(tall.length).toEqual({ kind: 'out_of_range', options: [] });
    expect(tall.reasons).toContainEqual({ code: 'inseam_out_of_range', value: 90, side: 'above_longest', nearest: 'Long' });
  });

  it('reports an inseam on a chart without lengths', () => {
    const result = recommendSize({ chart: womensTops, measurements: { ...AVERAGE_M, inseam: 80 } });
    expect(result.length).toBeUndefined();
    expect(result.reasons).toContainEqual({ code: 'chart_lacks_measure', measure: 'inseam' });
  });

  it('reads torso length and hip belt with overlapping ranges', () => {
    expect(recommendSize({ chart: backpackTorso, measurements: { torsoLength: 40 } }).sizes).toEqual(['S']);
    expect(recommendSize({ chart: backpackTorso, measurements: { torsoLength: 44 } })).toMatchObject({ kind: 'between', sizes: ['S', 'M'] });
    // The hip belt narrows the overlap of two torso sizes.
    expect(recommendSize({ chart: backpackTorso, measurements: { torsoLength: 49, hip: 75 } }).sizes).toEqual(['M']);
    const beltOnly = recommendSize({ chart: backpackTorso, measurements: { hip: 100 } });
    expect(beltOnly.kind).toBe('insufficient_data');
    expect(beltOnly.reasons[0]).toEqual({ code: 'measure_fits_several', measure: 'hip_belt', value: 100, unit: 'cm', sizes: ['S', 'M', 'L'] });
    expect(beltOnly.reasons[1]).toEqual({ code: 'needs_measurements', measures: ['torso_length', 'hip_belt'], orReferenceSize: true });
  });
});

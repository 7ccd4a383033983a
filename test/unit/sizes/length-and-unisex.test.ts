import { describe, expect, it } from 'vitest';
import { parseSizeCharts, recommendSize, type MeasuredChart } from '../../../server/src/commerce/sizes/index.js';
import { mensPants } from './charts.js';

const r = (min: number, max: number) => ({ cm: [min, max] as [number, number], in: [Math.round((min / 2.54) * 10) / 10, Math.round((max / 2.54) * 10) / 10] as [number, number] });

// A unisex chart that notes women's equivalents in its US labels, as stores often print them.
const parsed = parseSizeCharts({
  'unisex-jackets': {
    id: 'unisex-jackets',
    title: 'Unisex jackets (chest)',
    unit: 'cm',
    measurements: ['chest'],
    rows: [
      { size: 'S', chest: r(88, 94) },
      { size: 'M', chest: r(94, 100) },
      { size: 'L', chest: r(100, 106) },
    ],
    label_conversions: [
      { size: 'S', US: "S (women's M)", EU: "46 (women's 40)" },
      { size: 'M', US: "M (women's L)", EU: "48 (women's 42–44)" },
      { size: 'L', US: "L (women's XL)", EU: "50 (women's 46)" },
    ],
  },
});
if (!parsed.ok) throw new Error(parsed.problem.message);
const unisex = parsed.value['unisex-jackets'] as MeasuredChart;

describe('length options from height', () => {
  it('picks the length whose inseam a height usually has, and says it was estimated', () => {
    // mensPants: Short 75, Regular 80, Long 85 cm finished inseam.
    expect(recommendSize({ chart: mensPants, measurements: { waist: 84, heightCm: 178 } }).length).toEqual({ kind: 'single', options: ['Regular'] });
    expect(recommendSize({ chart: mensPants, measurements: { waist: 84, heightCm: 192 } }).length).toEqual({ kind: 'single', options: ['Long'] });
    const short = recommendSize({ chart: mensPants, measurements: { heightCm: 160 } });
    expect(short.length).toEqual({ kind: 'single', options: ['Short'] });
    expect(short.reasons).toContainEqual({ code: 'length_from_height', heightCm: 160, length: 'Short', lengthCm: 75 });
  });

  it('prefers a measured inseam over the height estimate', () => {
    const result = recommendSize({ chart: mensPants, measurements: { waist: 84, heightCm: 192, inseam: 75 } });
    expect(result.length).toEqual({ kind: 'single', options: ['Short'] });
    expect(result.reasons.some((r) => r.code === 'length_from_height')).toBe(false);
  });
});

describe("women's sizes against a unisex chart", () => {
  it("reads a women's letter size from the chart's women's notes", () => {
    const result = recommendSize({ chart: unisex, reference: { system: 'size', value: 'M', gender: 'women' } });
    expect(result.sizes).toEqual(['S']);
  });

  it("reads a women's EU size inside a noted range", () => {
    expect(recommendSize({ chart: unisex, reference: { system: 'EU', value: '44', gender: 'women' } }).sizes).toEqual(['M']);
  });

  it('reads the same size as the unisex size when the gender is not given', () => {
    expect(recommendSize({ chart: unisex, reference: { system: 'size', value: 'M' } }).sizes).toEqual(['M']);
  });
});

import { describe, expect, it } from 'vitest';
import { chartGender, chartKind, parseSizeChart, parseSizeCharts } from '../../../server/src/commerce/sizes/index.js';
import { RAW_CHARTS } from './charts.js';

const raw = () => structuredClone(RAW_CHARTS) as unknown as Record<string, Record<string, unknown> & { rows: Record<string, unknown>[] }>;

function problemOf(value: unknown): { path: string; message: string } {
  const result = parseSizeCharts(value);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('parseSizeCharts', () => {
  it('parses every chart shape and tells them apart', () => {
    const result = parseSizeCharts(raw());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const kinds = Object.fromEntries(Object.entries(result.value).map(([id, chart]) => [id, chartKind(chart)]));
    expect(kinds).toEqual({
      'womens-tops': 'measured',
      'mens-tops': 'measured',
      'mens-pants': 'measured',
      'kids-jackets': 'measured',
      'mens-shoes': 'shoe',
      'womens-shoes': 'shoe',
      socks: 'socks',
      'backpack-torso': 'measured',
    });
    expect(chartGender(result.value['mens-shoes']!)).toBe('men');
    expect(chartGender(result.value['womens-shoes']!)).toBe('women');
    expect(chartGender(result.value.socks!)).toBeUndefined();
  });

  it('keeps the JSON shape: ranges, inseams, label conversions and weight columns', () => {
    const result = parseSizeCharts(raw());
    if (!result.ok) throw new Error(result.problem.message);
    const pants = result.value['mens-pants'] as { inseam_by_length?: unknown; rows: unknown[] };
    expect(pants.inseam_by_length).toEqual({ Short: { cm: 75, in: 29.5 }, Regular: { cm: 80, in: 31.5 }, Long: { cm: 85, in: 33.5 } });
    const kids = result.value['kids-jackets'] as { rows: Record<string, unknown>[] };
    expect(kids.rows[0]?.weight).toEqual({ kg: [16, 20], lb: [35.3, 44.1] });
    expect(kids.rows[0]?.height).toEqual({ cm: [104, 116], in: [40.9, 45.7] });
  });

  it('names a range whose max is below its min', () => {
    const charts = raw();
    (charts['womens-tops']!.rows[1]!.bust as { cm: number[] }).cm = [86, 82];
    expect(problemOf(charts)).toEqual({ path: 'womens-tops.rows[1].bust.cm[1]', message: 'max 82 is below min 86' });
  });

  it('names a measurement the chart lists but a row lacks', () => {
    const charts = raw();
    delete charts['mens-tops']!.rows[3]!.waist;
    expect(problemOf(charts).path).toBe('mens-tops.rows[3].waist');
  });

  it('names a non-numeric foot length and unsorted shoe rows', () => {
    const charts = raw();
    charts['mens-shoes']!.rows[2]!.foot_length_mm = '260';
    expect(problemOf(charts)).toEqual({ path: 'mens-shoes.rows[2].foot_length_mm', message: 'must be a positive number' });
    const unsorted = raw();
    unsorted['womens-shoes']!.rows.reverse();
    expect(problemOf(unsorted).path).toBe('womens-shoes.rows[1].foot_length_mm');
  });

  it('names unsorted apparel rows, duplicate sizes and unknown label-conversion sizes', () => {
    const unsorted = raw();
    unsorted['mens-pants']!.rows.reverse();
    expect(problemOf(unsorted).path).toBe('mens-pants.rows[1].waist');

    const duplicate = raw();
    duplicate['backpack-torso']!.rows[2]!.size = 'S';
    expect(problemOf(duplicate)).toEqual({ path: 'backpack-torso.rows[2].size', message: '"S" appears twice' });

    const unknown = raw();
    (unknown['womens-tops']!.label_conversions as { size: string }[])[4]!.size = 'XXL';
    expect(problemOf(unknown).path).toBe('womens-tops.label_conversions[4].size');
  });

  it('requires the key to match the chart id and at least one row', () => {
    const charts = raw();
    charts.socks!.id = 'sock-sizes';
    expect(problemOf(charts)).toEqual({ path: 'socks.id', message: 'must equal the key "socks"' });
    const empty = raw();
    empty.socks!.rows = [];
    expect(problemOf(empty).path).toBe('socks.rows');
  });

  it('rejects a non-object file and accepts numeric labels', () => {
    expect(problemOf([])).toEqual({ path: '(root)', message: 'must be an object' });
    const single = parseSizeChart({
      id: 'x',
      title: 'X',
      unit: 'mm',
      rows: [{ US: 9, UK: 8, EU: 42.5, foot_length_mm: 270 }],
    });
    expect(single.ok && single.value.rows[0]).toEqual({ US: '9', UK: '8', EU: '42.5', foot_length_mm: 270 });
  });
});

/**
 * Reads the shared reference store (outside the repository) through the parsers. Skipped when
 * ../shared is not checked out next to the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  convertLabel,
  parseFitNote,
  parseSizeCharts,
  recommendSize,
  type MeasuredChart,
  type SizeChart,
} from '../../../server/src/commerce/sizes/index.js';

const STORE = fileURLToPath(new URL('../../../../shared/fixtures/reference-store/', import.meta.url));
const present = existsSync(`${STORE}size-charts.json`);
if (!present) console.warn(`skipping reference-store size tests: ${STORE} is absent`);

interface Product {
  title: string;
  options: { name: string; values: string[] }[];
  x_store: { size_chart_id: string | null; fit_note?: string };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(`${STORE}${file}`, 'utf8'));

describe.skipIf(!present)('reference store size charts', () => {
  const load = (): Record<string, SizeChart> => {
    const result = parseSizeCharts(readJson('size-charts.json'));
    if (!result.ok) throw new Error(`${result.problem.path}: ${result.problem.message}`);
    return result.value;
  };

  it("parses every chart and converts EU 44 men's shoes to US 10", () => {
    const charts = load();
    const found = convertLabel(charts['mens-shoes']!, { system: 'EU', value: '44' });
    expect(found).toMatchObject({ kind: 'found', size: '10' });
    expect(recommendSize({ chart: charts['mens-shoes']!, reference: { system: 'EU', value: '44' } }).sizes).toEqual(['10']);
  });

  it('finds every product size option in its chart', () => {
    const charts = load();
    const products = readJson('products.json') as Product[];
    let checked = 0;
    for (const product of products) {
      const chartId = product.x_store.size_chart_id;
      if (!chartId) continue;
      const chart = charts[chartId];
      expect(chart, `${product.title}: chart ${chartId}`).toBeDefined();
      if (!chart) continue;
      for (const option of product.options.filter((o) => /size|waist/i.test(o.name))) {
        for (const value of option.values) {
          expect(convertLabel(chart, { system: 'size', value }), `${product.title} ${value}`).toMatchObject({ kind: 'found' });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('understands the fit note of every product that has an apparel or shoe chart', () => {
    const products = readJson('products.json') as Product[];
    for (const product of products) {
      const chartId = product.x_store.size_chart_id;
      if (!chartId || chartId === 'socks' || chartId === 'backpack-torso') continue;
      expect(parseFitNote(product.x_store.fit_note).recognized, `${product.title}: ${product.x_store.fit_note}`).toBe(true);
    }
  });

  it('recommends the row a body in the middle of each range belongs to', () => {
    const charts = load();
    for (const id of ['womens-tops', 'mens-tops', 'womens-pants', 'mens-pants']) {
      const chart = charts[id] as MeasuredChart;
      for (const row of chart.rows) {
        const measurements: Record<string, number> = {};
        for (const measure of chart.measurements ?? []) {
          const range = row[measure];
          if (range && typeof range !== 'string' && 'cm' in range) measurements[measure] = (range.cm[0] + range.cm[1]) / 2;
        }
        expect(recommendSize({ chart, measurements }).sizes, `${id} ${row.size}`).toEqual([row.size]);
      }
    }
  });
});

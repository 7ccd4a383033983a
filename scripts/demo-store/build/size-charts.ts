/** Builds size-charts.json from the chart specs (adds the derived inch values). */
import { apparelCharts, shoeCharts, socksChart, type ApparelChartSpec } from '../data/size-charts.js';

export const cmToIn = (cm: number): number => Math.round((cm / 2.54) * 10) / 10;
export const mmToIn = (mm: number): number => Math.round((mm / 25.4) * 10) / 10;

function buildApparel(spec: ApparelChartSpec): Record<string, unknown> {
  const rows = spec.rows.map((row) => {
    const out: Record<string, unknown> = { size: row.size };
    for (const m of spec.measurements) {
      const range = row[m];
      if (!Array.isArray(range)) throw new Error(`${spec.id} ${row.size}: missing ${m}`);
      out[m] = { cm: range, in: [cmToIn(range[0]), cmToIn(range[1])] };
    }
    return out;
  });
  const chart: Record<string, unknown> = {
    id: spec.id,
    title: spec.title,
    unit: 'cm',
    unit_note: spec.unitNote,
    measurements: spec.measurements,
    rows,
  };
  if (spec.inseamByLengthCm) {
    chart.inseam_by_length = Object.fromEntries(
      Object.entries(spec.inseamByLengthCm).map(([length, cm]) => [length, { cm, in: Math.round(cm / 2.54) }]),
    );
  }
  chart.label_conversions = spec.labelConversions;
  return chart;
}

const SHOE_NOTE =
  'Foot length, heel to longest toe, measured standing, in mm. JP is the Japanese shoe size in cm. CN is the mainland size label (EU-equivalent) with the foot length in mm in brackets.';

export function buildSizeCharts(): Record<string, unknown> {
  const charts: Record<string, unknown> = {};
  for (const spec of apparelCharts) charts[spec.id] = buildApparel(spec);
  for (const spec of shoeCharts) {
    charts[spec.id] = {
      id: spec.id,
      title: spec.title,
      unit: 'mm',
      unit_note: SHOE_NOTE,
      rows: spec.rows.map((r) => ({
        US: r.US,
        UK: r.UK,
        EU: r.EU,
        JP: r.JP,
        CN: `${r.EU} (${Math.round(r.foot_length_mm / 5) * 5})`,
        foot_length_mm: r.foot_length_mm,
        foot_length_in: mmToIn(r.foot_length_mm),
      })),
    };
  }
  charts[socksChart.id] = socksChart;
  return charts;
}

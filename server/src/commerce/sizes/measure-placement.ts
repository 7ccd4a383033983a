/**
 * Reads a shopper's body measurements against a chart: one placement per measurement the chart
 * publishes, and the pants length option from the inseam. Measurements the chart has no column
 * for are reported, never guessed from other data.
 */
import { locateInColumn } from './label-match.js';
import { fromColumnPosition, placeOnPoints, placeOnRanges, type Placement } from './placement.js';
import type { BodyMeasurements, LengthAdvice, MeasureKey, MeasureUnit, SizeReason } from './recommendation-types.js';
import { chartKind, type MeasuredChart, type MeasureRange, type NumberRange, type ShoeChart, type SizeChart, type SockChart } from './types.js';

export interface MeasureResult {
  measure: MeasureKey;
  value: number;
  unit: MeasureUnit;
  placement: Placement;
}

export interface MeasurementReading {
  results: MeasureResult[];
  /** What this chart is read by, for asking the shopper. */
  wanted: MeasureKey[];
}

/** Which chart columns each input may be read against, in order of preference. */
const COLUMNS_FOR_INPUT: [keyof BodyMeasurements, string[]][] = [
  ['bust', ['bust', 'chest']],
  ['chest', ['chest', 'bust']],
  ['waist', ['waist']],
  ['hip', ['hip', 'hip_belt']],
  ['torsoLength', ['torso_length']],
  ['heightCm', ['height']],
  ['weightKg', ['weight']],
  ['inseam', ['inseam']],
];

const usable = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

export function placeMeasurements(chart: SizeChart, input: BodyMeasurements, reasons: SizeReason[]): MeasurementReading {
  const kind = chartKind(chart);
  if (kind === 'measured') return placeOnMeasuredChart(chart as MeasuredChart, input, reasons);
  const results: MeasureResult[] = [];
  for (const [name, value] of Object.entries(input) as [keyof BodyMeasurements, number | undefined][]) {
    if (name !== 'footLengthMm' && usable(value)) reasons.push({ code: 'chart_lacks_measure', measure: name });
  }
  const foot = input.footLengthMm;
  if (usable(foot)) {
    const placement = kind === 'shoe' ? placeFootOnShoes(chart as ShoeChart, foot) : placeFootOnSocks(chart as SockChart, foot, reasons);
    if (placement) results.push({ measure: 'foot_length', value: foot, unit: 'mm', placement });
    else reasons.push({ code: 'chart_lacks_measure', measure: 'footLengthMm' });
  }
  return { results, wanted: ['foot_length'] };
}

function placeOnMeasuredChart(chart: MeasuredChart, input: BodyMeasurements, reasons: SizeReason[]): MeasurementReading {
  const columns = new Set(chart.rows.flatMap((row) => Object.keys(row).filter((k) => k !== 'size')));
  const used = new Set<string>();
  const results: MeasureResult[] = [];
  for (const [name, candidates] of COLUMNS_FOR_INPUT) {
    const value = input[name];
    if (!usable(value)) continue;
    const column = candidates.find((c) => columns.has(c) && !used.has(c));
    if (!column) {
      // Inseam on pants is read against the length options instead (see adviseLength).
      if (!(name === 'inseam' && chart.inseam_by_length)) reasons.push({ code: 'chart_lacks_measure', measure: name });
      continue;
    }
    used.add(column);
    const unit: MeasureUnit = name === 'weightKg' ? 'kg' : 'cm';
    const ranges = chart.rows.map((row) => rangeIn(row[column], unit));
    const placement = placeOnRanges(ranges, value);
    if (placement) results.push({ measure: column, value, unit, placement });
  }
  if (usable(input.footLengthMm)) reasons.push({ code: 'chart_lacks_measure', measure: 'footLengthMm' });
  return { results, wanted: chart.measurements ?? [...columns] };
}

function rangeIn(field: MeasureRange | string | undefined, unit: MeasureUnit): NumberRange | undefined {
  if (field === undefined || typeof field === 'string') return undefined;
  if (unit === 'kg') return 'kg' in field ? field.kg : undefined;
  return 'cm' in field ? field.cm : undefined;
}

function placeFootOnShoes(chart: ShoeChart, footLengthMm: number): Placement | undefined {
  return placeOnPoints(
    chart.rows.map((r) => r.foot_length_mm),
    footLengthMm,
  );
}

/** Sock charts list JP shoe sizes, which are foot lengths in cm (JIS S 5037). */
function placeFootOnSocks(chart: SockChart, footLengthMm: number, reasons: SizeReason[]): Placement | undefined {
  const column = chart.rows.map((r) => r.JP);
  if (column.every((v) => v === undefined)) return undefined;
  const placement = fromColumnPosition(locateInColumn(column, String(footLengthMm / 10)));
  if (placement) reasons.push({ code: 'standard_table_used', system: 'foot_length', value: String(footLengthMm), footLengthMm });
  return placement;
}

/** Chooses the pants length option (Short/Regular/Long) from the shopper's inseam in cm. */
export function adviseLength(chart: SizeChart, inseamCm: number | undefined, reasons: SizeReason[]): LengthAdvice | undefined {
  const options = chartKind(chart) === 'measured' ? (chart as MeasuredChart).inseam_by_length : undefined;
  if (!options || !usable(inseamCm)) return undefined;
  const sorted = Object.entries(options)
    .map(([length, { cm }]) => ({ length, cm }))
    .sort((a, b) => a.cm - b.cm);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return undefined;
  // Within 1 cm counts as a match; beyond the ends, up to half the usual step still fits the end option.
  const step = sorted.length > 1 ? (last.cm - first.cm) / (sorted.length - 1) : 5;
  const nearest = sorted.reduce((best, o) => (Math.abs(o.cm - inseamCm) < Math.abs(best.cm - inseamCm) ? o : best), first);
  const inside = inseamCm >= first.cm && inseamCm <= last.cm;
  if (Math.abs(nearest.cm - inseamCm) <= 1 || (!inside && Math.abs(nearest.cm - inseamCm) <= step / 2)) {
    reasons.push({ code: 'inseam_matches_length', value: inseamCm, length: nearest.length, lengthCm: nearest.cm });
    return { kind: 'single', options: [nearest.length] };
  }
  if (!inside) {
    const side = inseamCm < first.cm ? 'below_shortest' : 'above_longest';
    reasons.push({ code: 'inseam_out_of_range', value: inseamCm, side, nearest: nearest.length });
    return { kind: 'out_of_range', options: [] };
  }
  const upperIndex = sorted.findIndex((o) => o.cm > inseamCm);
  const shorter = sorted[upperIndex - 1];
  const longer = sorted[upperIndex];
  if (!shorter || !longer) return undefined;
  reasons.push({ code: 'inseam_between_lengths', value: inseamCm, shorter: shorter.length, longer: longer.length });
  return { kind: 'between', options: [shorter.length, longer.length] };
}

/** Leg inseam as a share of height: the usual rule of thumb (about 45%) when no inseam is given. */
const INSEAM_PER_HEIGHT = 0.45;

/**
 * The length option (Short/Regular/Long) for a height, from the inseam that height usually has — an
 * estimate, said as one ("for your height"), used only when the shopper gave no inseam.
 */
export function lengthFromHeight(chart: SizeChart, heightCm: number | undefined, reasons: SizeReason[]): LengthAdvice | undefined {
  const options = chartKind(chart) === 'measured' ? (chart as MeasuredChart).inseam_by_length : undefined;
  if (!options || !usable(heightCm)) return undefined;
  const estimate = heightCm * INSEAM_PER_HEIGHT;
  const nearest = Object.entries(options)
    .map(([length, { cm }]) => ({ length, cm }))
    .reduce<{ length: string; cm: number } | undefined>((best, o) => (!best || Math.abs(o.cm - estimate) < Math.abs(best.cm - estimate) ? o : best), undefined);
  if (!nearest) return undefined;
  reasons.push({ code: 'length_from_height', heightCm, length: nearest.length, lengthCm: nearest.cm });
  return { kind: 'single', options: [nearest.length] };
}

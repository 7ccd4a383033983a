/**
 * Recommends a size from a chart, the product's fit note, the shopper's measurements and/or a
 * size they wear elsewhere. Measurements beat a quoted size (the quoted size is then only a
 * cross-check); with several measurements the largest needed size governs. Nothing is guessed:
 * when the chart cannot be read with what the shopper gave, the result says what is needed.
 */
import { applyFit, tradeOffFor } from './apply-fit.js';
import { labelRows } from './convert-label.js';
import { parseFitNote, type FitAdjustment } from './fit-note.js';
import { parseLabel } from './label-match.js';
import { adviseLength, lengthFromHeight, placeMeasurements, type MeasureResult } from './measure-placement.js';
import { bounds, fromBounds, isInChart, type Placement } from './placement.js';
import type { ChartRow, LengthAdvice, RecommendSizeInput, SizeReason, SizeRecommendation } from './recommendation-types.js';
import { placeReference } from './reference-placement.js';
import { chartKind, rowSizeLabel, type MeasuredChart, type ShoeChart, type SizeChart, type SockChart } from './types.js';

export function recommendSize(input: RecommendSizeInput): SizeRecommendation {
  const { chart } = input;
  const fit: FitAdjustment = typeof input.fitNote === 'string' || !input.fitNote ? parseFitNote(input.fitNote) : input.fitNote;
  const reasons: SizeReason[] = [];
  const sizeAt = (index: number): string => {
    const row = chart.rows[index];
    return row ? rowSizeLabel(row) : '';
  };

  const reading = placeMeasurements(chart, input.measurements ?? {}, reasons);
  for (const result of reading.results) reasons.push(measureReason(chart, result, sizeAt));
  const length = adviseLength(chart, input.measurements?.inseam, reasons) ?? lengthFromHeight(chart, input.measurements?.heightCm, reasons);
  const fromReference = input.reference ? placeReference(chart, input.reference, reasons) : undefined;
  if (fromReference && input.reference) {
    reasons.push(input.reference.brand ? { code: 'brands_differ', brand: input.reference.brand } : { code: 'brands_differ' });
  }

  let base: Placement | undefined = fromReference;
  if (reading.results.length > 0) {
    base = combineMeasurements(reading.results, sizeAt, reasons);
    if (fromReference && input.reference && !overlaps(base, fromReference)) {
      reasons.push({
        code: 'reference_disagrees',
        system: input.reference.system,
        value: input.reference.value,
        referenceSizes: sizesOf(fromReference, sizeAt),
        measuredSizes: sizesOf(base, sizeAt),
      });
    }
  }

  if (!base) {
    reasons.push({ code: 'needs_measurements', measures: reading.wanted, orReferenceSize: true });
    return withLength({ kind: 'insufficient_data', sizes: [], rows: [], labels: [], reasons }, length);
  }
  if (!isInChart(base)) return withLength(rowsFor(chart, 'out_of_range', [], [base.index], reasons), length);
  if (base.kind === 'between' && base.upper - base.lower > 1) {
    // Overlapping ranges accept three or more sizes: ask for what would decide, do not pick.
    reasons.push({ code: 'needs_measurements', measures: reading.wanted, orReferenceSize: true });
    return withLength({ kind: 'insufficient_data', sizes: [], rows: [], labels: [], reasons }, length);
  }

  const fitted = applyFit(chart, base, fit, sizeAt, reasons);
  if (fit.shift === 0 && (fit.runs === 'small' || fit.runs === 'large')) reasons.push({ code: 'fit_note_runs', runs: fit.runs, areas: fit.areas });
  for (const purpose of fit.sizeUpFor) reasons.push({ code: 'fit_note_size_up_option', purpose });

  const [lower, upper] = bounds(fitted.placement);
  const indexes = lower === upper ? [lower] : [lower, upper];
  const result = rowsFor(chart, fitted.placement.kind, indexes.map(sizeAt), indexes, reasons);
  const tradeOff = tradeOffFor(fitted.placement, fitted.lean, sizeAt);
  return withLength(tradeOff ? { ...result, tradeOff } : result, length);
}

function withLength(result: SizeRecommendation, length: LengthAdvice | undefined): SizeRecommendation {
  return length ? { ...result, length } : result;
}

function rowsFor(
  chart: SizeChart,
  kind: SizeRecommendation['kind'],
  sizes: string[],
  indexes: number[],
  reasons: SizeReason[],
): SizeRecommendation {
  const labels = labelRows(chart);
  return {
    kind,
    sizes,
    rows: indexes.map((i) => chart.rows[i]).filter((r): r is ChartRow => r !== undefined),
    labels: indexes.map((i) => labels[i]).filter((r) => r !== undefined),
    reasons,
  };
}

/**
 * The sizes that fit every measurement; when none does, the largest needed size governs. The
 * lower bound is the largest of the measurements' smallest fitting sizes; the upper bound is the
 * tightest limit among the measurements that still fit at that lower bound.
 */
function combineMeasurements(results: MeasureResult[], sizeAt: (i: number) => string, reasons: SizeReason[]): Placement {
  const above = results.find((r) => r.placement.kind === 'above');
  if (above) return above.placement;
  if (results.every((r) => r.placement.kind === 'below')) return results[0]?.placement ?? { kind: 'below', index: 0 };

  const lower = Math.max(...results.map((r) => bounds(r.placement)[0]));
  const stillFitting = results.filter((r) => bounds(r.placement)[1] >= lower);
  const upper = Math.min(...stillFitting.map((r) => bounds(r.placement)[1]));
  const outgrown = results.some((r) => bounds(r.placement)[1] < lower);
  const governing = stillFitting.find((r) => bounds(r.placement)[0] === lower);
  if (outgrown && governing) {
    const { measure, value, unit } = governing;
    reasons.push({ code: 'measure_governs', measure, value, unit, size: sizeAt(lower) });
  }
  return fromBounds(lower, upper);
}

function overlaps(a: Placement, b: Placement): boolean {
  const [aLow, aHigh] = bounds(a);
  const [bLow, bHigh] = bounds(b);
  return aLow <= bHigh && bLow <= aHigh;
}

function sizesOf(p: Placement, sizeAt: (i: number) => string): string[] {
  const [lower, upper] = bounds(p);
  return lower === upper ? [sizeAt(lower)] : [sizeAt(lower), sizeAt(upper)];
}

function measureReason(chart: SizeChart, result: MeasureResult, sizeAt: (i: number) => string): SizeReason {
  const { measure, value, unit, placement } = result;
  switch (placement.kind) {
    case 'single':
      return { code: 'measure_in_size', measure, value, unit, size: sizeAt(placement.index) };
    case 'between':
      if (placement.upper - placement.lower > 1) {
        const sizes = Array.from({ length: placement.upper - placement.lower + 1 }, (_, i) => sizeAt(placement.lower + i));
        return { code: 'measure_fits_several', measure, value, unit, sizes };
      }
      return { code: 'measure_between_sizes', measure, value, unit, smaller: sizeAt(placement.lower), larger: sizeAt(placement.upper) };
    case 'below':
      return { code: 'measure_below_range', measure, value, unit, min: edge(chart, result, 'min'), size: sizeAt(placement.index) };
    case 'above':
      return { code: 'measure_above_range', measure, value, unit, max: edge(chart, result, 'max'), size: sizeAt(placement.index) };
  }
}

/** The chart's smallest minimum or largest maximum for a measure, in the measurement's unit. */
function edge(chart: SizeChart, result: MeasureResult, side: 'min' | 'max'): number {
  const index = bounds(result.placement)[0];
  const kind = chartKind(chart);
  if (kind === 'shoe') return (chart as ShoeChart).rows[index]?.foot_length_mm ?? 0;
  if (kind === 'socks') {
    const token = parseLabel((chart as SockChart).rows[index]?.JP ?? '')?.main;
    return token?.kind === 'number' ? Math.round((side === 'min' ? token.min : token.max) * 10) : 0;
  }
  const field = (chart as MeasuredChart).rows[index]?.[result.measure];
  if (!field || typeof field === 'string') return 0;
  const range = 'cm' in field ? field.cm : field.kg;
  return side === 'min' ? range[0] : range[1];
}

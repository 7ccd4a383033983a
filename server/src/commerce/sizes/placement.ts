/**
 * Where a value lands among a chart's rows, by row index. A value on the shared edge of two
 * ranges, in the gap between them, or in their overlap is `between` the two sizes.
 */
import type { ColumnPosition } from './label-match.js';
import type { NumberRange } from './types.js';

export type Placement =
  | { kind: 'single'; index: number }
  | { kind: 'between'; lower: number; upper: number }
  | { kind: 'below'; index: number }
  | { kind: 'above'; index: number };

export type InChart = Extract<Placement, { kind: 'single' | 'between' }>;

export const isInChart = (p: Placement): p is InChart => p.kind === 'single' || p.kind === 'between';

/** Lowest and highest row index a placement allows (an out-of-range value pins to the end row). */
export const bounds = (p: Placement): [number, number] => (p.kind === 'between' ? [p.lower, p.upper] : [p.index, p.index]);

export function fromBounds(lower: number, upper: number): InChart {
  return lower === upper ? { kind: 'single', index: lower } : { kind: 'between', lower, upper };
}

/** Places a value among per-row ranges; rows without the measure are skipped. */
export function placeOnRanges(ranges: (NumberRange | undefined)[], value: number): Placement | undefined {
  const present = ranges.flatMap((range, index) => (range ? [{ index, min: range[0], max: range[1] }] : []));
  const first = present[0];
  const last = present[present.length - 1];
  if (!first || !last) return undefined;
  const containing = present.filter((r) => value >= r.min && value <= r.max);
  const low = containing[0];
  const high = containing[containing.length - 1];
  if (low && high) return fromBounds(low.index, high.index);
  if (value < first.min) return { kind: 'below', index: first.index };
  if (value > last.max) return { kind: 'above', index: last.index };
  const lower = [...present].reverse().find((r) => r.max < value);
  const upper = present.find((r) => r.min > value);
  return lower && upper ? { kind: 'between', lower: lower.index, upper: upper.index } : undefined;
}

/** Places a value among ascending points (a shoe chart's foot lengths). */
export function placeOnPoints(points: number[], value: number, tolerance = 0.5): Placement | undefined {
  if (points.length === 0) return undefined;
  const exact = points.findIndex((p) => Math.abs(p - value) <= tolerance);
  if (exact >= 0) return { kind: 'single', index: exact };
  if (value < (points[0] ?? 0)) return { kind: 'below', index: 0 };
  const upper = points.findIndex((p) => p > value);
  if (upper < 0) return { kind: 'above', index: points.length - 1 };
  return { kind: 'between', lower: upper - 1, upper };
}

/**
 * A label lookup as a placement. Several matching rows are only usable when they are two
 * neighbours (a label shared by adjacent sizes); otherwise the label does not pin a size.
 */
export function fromColumnPosition(position: ColumnPosition): Placement | undefined {
  switch (position.kind) {
    case 'match': {
      const [lower, upper] = [Math.min(...position.indexes), Math.max(...position.indexes)];
      if (position.indexes.length === 1) return { kind: 'single', index: lower };
      return position.indexes.length === 2 && upper - lower === 1 ? { kind: 'between', lower, upper } : undefined;
    }
    case 'between':
      return { kind: 'between', lower: position.lower, upper: position.upper };
    case 'below':
      return { kind: 'below', index: position.first };
    case 'above':
      return { kind: 'above', index: position.last };
    default:
      return undefined;
  }
}

/**
 * Moves a recommendation by a fit note's unconditional shift and decides which side of a
 * two-size result the note favours.
 *
 * Apparel has no half sizes, so "half a size up" turns one size into a choice between it and the
 * next, leaning larger. Shoe charts are moved by their US numbers, so half a size up from 9 is 9.5
 * and, when the chart skips a half size, the two neighbours are offered.
 */
import type { FitAdjustment } from './fit-note.js';
import { labelNumber } from './label-match.js';
import { bounds, fromBounds, type InChart } from './placement.js';
import type { SizeReason, TradeOff } from './recommendation-types.js';
import { chartKind, type ShoeRow, type SizeChart } from './types.js';

export interface FittedPlacement {
  placement: InChart;
  /** Set when the fit note (or the shift itself) favours one side of a two-size result. */
  lean?: 'smaller' | 'larger';
}

export function applyFit(
  chart: SizeChart,
  placement: InChart,
  fit: FitAdjustment,
  sizeAt: (index: number) => string,
  reasons: SizeReason[],
): FittedPlacement {
  const shifted = shift(chart, placement, fit.shift);
  if (fit.shift !== 0) {
    const direction = fit.shift > 0 ? 'up' : 'down';
    if (shifted === placement) {
      const [lower, upper] = bounds(placement);
      reasons.push({ code: 'fit_note_no_size_beyond', direction, size: sizeAt(direction === 'up' ? upper : lower) });
    } else {
      reasons.push({
        code: 'fit_note_shift',
        direction,
        step: Math.abs(fit.shift) < 1 ? 'half' : 'full',
        from: sizesOf(placement, sizeAt),
        to: sizesOf(shifted, sizeAt),
      });
    }
  }
  if (shifted !== placement && shifted.kind === 'between') return { placement: shifted, lean: fit.shift > 0 ? 'larger' : 'smaller' };
  return fit.ifBetween ? { placement: shifted, lean: fit.ifBetween } : { placement: shifted };
}

export function tradeOffFor(placement: InChart, lean: FittedPlacement['lean'], sizeAt: (index: number) => string): TradeOff | undefined {
  if (placement.kind !== 'between') return undefined;
  const smaller = sizeAt(placement.lower);
  const larger = sizeAt(placement.upper);
  if (!lean) return { smaller, larger, code: 'snugger_or_roomier' };
  return lean === 'larger'
    ? { smaller, larger, code: 'fit_note_prefers_larger', preferred: larger }
    : { smaller, larger, code: 'fit_note_prefers_smaller', preferred: smaller };
}

const sizesOf = (p: InChart, sizeAt: (index: number) => string): string[] => {
  const [lower, upper] = bounds(p);
  return lower === upper ? [sizeAt(lower)] : [sizeAt(lower), sizeAt(upper)];
};

/** Returns the same object when no move is possible (already at the end of the chart). */
function shift(chart: SizeChart, placement: InChart, amount: number): InChart {
  if (amount === 0) return placement;
  // Between two sizes, any shift simply picks the side it points to.
  if (placement.kind === 'between') return { kind: 'single', index: amount > 0 ? placement.upper : placement.lower };
  const last = chart.rows.length - 1;
  const index = placement.index;
  if (chartKind(chart) === 'shoe') {
    const byNumber = shiftShoe(chart.rows as ShoeRow[], index, amount);
    if (byNumber === 'beyond_chart') return placement;
    if (byNumber) return byNumber;
  }
  const next = index + Math.sign(amount);
  if (next < 0 || next > last) return placement;
  return Math.abs(amount) >= 1 ? { kind: 'single', index: next } : fromBounds(Math.min(index, next), Math.max(index, next));
}

/** Moves by US size number; undefined when the chart's US labels are not plain numbers. */
function shiftShoe(rows: ShoeRow[], index: number, amount: number): InChart | 'beyond_chart' | undefined {
  const numbers = rows.map((r) => labelNumber(r.US));
  const current = numbers[index];
  if (current === undefined || numbers.some((n) => n === undefined)) return undefined;
  const target = current + amount;
  const exact = numbers.findIndex((n) => n !== undefined && Math.abs(n - target) < 1e-6);
  if (exact >= 0) return { kind: 'single', index: exact };
  const above = numbers.findIndex((n) => n !== undefined && n > target);
  if (above <= 0) return 'beyond_chart';
  return { kind: 'between', lower: above - 1, upper: above };
}

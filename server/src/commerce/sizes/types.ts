/**
 * Size-chart shapes, exactly as they appear in a store directory's `size-charts.json`
 * (an object keyed by chart id). Three row shapes exist:
 * - measured rows (apparel, backpack torso): `size` plus `{cm: [min, max], in: [min, max]}` per
 *   body measurement (or `{kg, lb}` for a weight column);
 * - shoe rows: one label per system plus the foot length;
 * - sock rows: sock size mapped to shoe-size ranges per system.
 */

/** Inclusive `[min, max]`. */
export type NumberRange = [number, number];

/** A body-length range; the cm values are authoritative, inches are derived (cm / 2.54, rounded). */
export interface LengthRange {
  cm: NumberRange;
  in: NumberRange;
}

/** A body-weight range (only in charts that publish weight). */
export interface WeightRange {
  kg: NumberRange;
  lb?: NumberRange;
}

export type MeasureRange = LengthRange | WeightRange;

/** `size` plus one range per measurement key (`bust`, `waist`, `hip`, `torso_length`, `height`…). */
export interface MeasuredRow {
  size: string;
  [measure: string]: MeasureRange | string;
}

/** Regional labels for one of the store's sizes; any system may be missing. */
export interface LabelConversionRow {
  size: string;
  US?: string;
  UK?: string;
  EU?: string;
  JP?: string;
  CN?: string;
}

export interface InseamLength {
  cm: number;
  in: number;
}

interface ChartBase {
  id: string;
  title: string;
  /** Informative only ("cm", "mm", "shoe size"); measured rows always carry both units. */
  unit: string;
  unit_note?: string;
}

/** Apparel and backpack-torso charts. */
export interface MeasuredChart extends ChartBase {
  /** Body measurements the chart is read by; absent on charts such as backpack-torso. */
  measurements?: string[];
  rows: MeasuredRow[];
  /** Finished inseam per length option (Short/Regular/Long) for pants. */
  inseam_by_length?: Record<string, InseamLength>;
  label_conversions?: LabelConversionRow[];
}

/** One shoe size. JP is foot length in cm; CN is the mainland 码 label with mm in brackets. */
export interface ShoeRow {
  US: string;
  UK: string;
  EU: string;
  JP?: string;
  CN?: string;
  foot_length_mm: number;
  foot_length_in?: number;
}

export interface ShoeChart extends ChartBase {
  rows: ShoeRow[];
}

/** Sock size → shoe-size ranges ("4–6.5"); "—" means the size does not exist in that system. */
export interface SockRow {
  size: string;
  US_womens?: string;
  US_mens?: string;
  EU?: string;
  UK?: string;
  JP?: string;
  CN?: string;
}

export interface SockChart extends ChartBase {
  rows: SockRow[];
}

export type SizeChart = MeasuredChart | ShoeChart | SockChart;

export type SizeChartKind = 'measured' | 'shoe' | 'socks';

/** The label systems a shopper may quote; `size` is the store's own label (S, M, 32, S/M…). */
export type LabelSystem = 'US' | 'UK' | 'EU' | 'JP' | 'CN' | 'size';

export type Gender = 'men' | 'women';

/** Which chart shape this is, from its rows (the JSON has no explicit kind field). */
export function chartKind(chart: SizeChart): SizeChartKind {
  const first = chart.rows[0] as Record<string, unknown> | undefined;
  if (first && 'foot_length_mm' in first) return 'shoe';
  if (first && ('US_mens' in first || 'US_womens' in first)) return 'socks';
  return 'measured';
}

export const isShoeChart = (chart: SizeChart): chart is ShoeChart => chartKind(chart) === 'shoe';
export const isSockChart = (chart: SizeChart): chart is SockChart => chartKind(chart) === 'socks';
export const isMeasuredChart = (chart: SizeChart): chart is MeasuredChart => chartKind(chart) === 'measured';

/** The gender a chart is cut for, from its id or title ("mens-shoes", "Women's footwear"). */
export function chartGender(chart: SizeChart): Gender | undefined {
  const text = `${chart.id} ${chart.title}`.toLowerCase();
  if (/\bwom[ae]n|ladies/.test(text)) return 'women';
  if (/\bm[ae]n\b|\bm[ae]n['’]s|\bmens\b/.test(text)) return 'men';
  return undefined;
}

/** The label a product option uses for a row: the store size, or the US size for shoes. */
export function rowSizeLabel(row: MeasuredRow | ShoeRow | SockRow): string {
  return 'size' in row && typeof row.size === 'string' ? row.size : (row as ShoeRow).US;
}

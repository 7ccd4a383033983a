/**
 * The input and output of `recommendSize`. Reasons are structured codes with their values, never
 * sentences, so reply templates can render them in any language.
 */
import type { LabelRow } from './convert-label.js';
import type { FitAdjustment, SizeUpPurpose } from './fit-note.js';
import type { Gender, LabelSystem, MeasuredRow, ShoeRow, SizeChart, SockRow } from './types.js';

/** Body measurements in metric units (convert inches with `inchesToCm`/`parseLengthToCm`). */
export interface BodyMeasurements {
  bust?: number;
  chest?: number;
  waist?: number;
  hip?: number;
  /** Leg inseam in cm; chooses the length option (Short/Regular/Long) of pants. */
  inseam?: number;
  /** Back length from the C7 vertebra to the top of the hip bones, in cm (backpacks). */
  torsoLength?: number;
  footLengthMm?: number;
  heightCm?: number;
  weightKg?: number;
}

/** A size the shopper wears elsewhere ("I wear EU 42 in Brand X"). */
export interface SizeReference {
  system: LabelSystem;
  value: string;
  gender?: Gender;
  brand?: string;
}

export interface RecommendSizeInput {
  chart: SizeChart;
  /** The product's fit note, raw or already parsed. */
  fitNote?: string | FitAdjustment;
  measurements?: BodyMeasurements;
  reference?: SizeReference;
}

export type RecommendationKind = 'single' | 'between' | 'out_of_range' | 'insufficient_data';

export type ChartRow = MeasuredRow | ShoeRow | SockRow;

/** Chart keys a measurement was read against ('bust', 'hip_belt', 'torso_length', 'foot_length'…). */
export type MeasureKey = string;
export type MeasureUnit = 'cm' | 'mm' | 'kg';

export type SizeReason =
  | { code: 'measure_in_size'; measure: MeasureKey; value: number; unit: MeasureUnit; size: string }
  | { code: 'measure_between_sizes'; measure: MeasureKey; value: number; unit: MeasureUnit; smaller: string; larger: string }
  /** Overlapping ranges (backpack hip belts): the measurement alone does not pick a size. */
  | { code: 'measure_fits_several'; measure: MeasureKey; value: number; unit: MeasureUnit; sizes: string[] }
  | { code: 'measure_below_range'; measure: MeasureKey; value: number; unit: MeasureUnit; min: number; size: string }
  | { code: 'measure_above_range'; measure: MeasureKey; value: number; unit: MeasureUnit; max: number; size: string }
  /** With several measurements the largest needed size wins; this names the measurement that decided. */
  | { code: 'measure_governs'; measure: MeasureKey; value: number; unit: MeasureUnit; size: string }
  | { code: 'chart_lacks_measure'; measure: keyof BodyMeasurements }
  | { code: 'needs_measurements'; measures: MeasureKey[]; orReferenceSize: boolean }
  | { code: 'needs_gender'; system: LabelSystem; value: string }
  | { code: 'reference_converted'; system: LabelSystem; value: string; sizes: string[] }
  | { code: 'reference_between_sizes'; system: LabelSystem; value: string; smaller: string; larger: string }
  | { code: 'reference_beyond_chart'; system: LabelSystem; value: string; side: 'below_smallest' | 'above_largest'; nearest: string }
  | { code: 'reference_ambiguous'; system: LabelSystem; value: string; sizes: string[] }
  | { code: 'reference_not_in_chart'; system: LabelSystem; value: string }
  | { code: 'reference_system_not_in_chart'; system: LabelSystem }
  | { code: 'reference_disagrees'; system: LabelSystem; value: string; referenceSizes: string[]; measuredSizes: string[] }
  /** Caveat: sizes from another brand, or from no brand in particular, are not exact. */
  | { code: 'brands_differ'; brand?: string }
  /** Caveat: the generic shoe table (not the product chart) interpreted the shopper's size. */
  | { code: 'standard_table_used'; system: LabelSystem | 'foot_length'; value: string; gender?: Gender; footLengthMm: number }
  | { code: 'fit_note_shift'; direction: 'up' | 'down'; step: 'half' | 'full'; from: string[]; to: string[] }
  | { code: 'fit_note_no_size_beyond'; direction: 'up' | 'down'; size: string }
  | { code: 'fit_note_runs'; runs: 'small' | 'large'; areas: string[] }
  | { code: 'fit_note_size_up_option'; purpose: SizeUpPurpose }
  | { code: 'inseam_matches_length'; value: number; length: string; lengthCm: number }
  | { code: 'inseam_between_lengths'; value: number; shorter: string; longer: string }
  | { code: 'length_from_height'; heightCm: number; length: string; lengthCm: number }
  | { code: 'inseam_out_of_range'; value: number; side: 'below_shortest' | 'above_longest'; nearest: string };

export interface TradeOff {
  smaller: string;
  larger: string;
  /** `snugger_or_roomier`: the shopper's choice; otherwise the fit note's direction decides. */
  code: 'snugger_or_roomier' | 'fit_note_prefers_larger' | 'fit_note_prefers_smaller';
  preferred?: string;
}

/** Which length option (pants inseam) fits. */
export interface LengthAdvice {
  kind: 'single' | 'between' | 'out_of_range';
  options: string[];
}

export interface SizeRecommendation {
  kind: RecommendationKind;
  /** Store size labels (the US size for shoe charts), smaller first. */
  sizes: string[];
  /** The chart rows used: the recommended rows, or the nearest end row when out of range. */
  rows: ChartRow[];
  /** Regional labels for `rows`, in the same order. */
  labels: LabelRow[];
  reasons: SizeReason[];
  tradeOff?: TradeOff;
  length?: LengthAdvice;
}

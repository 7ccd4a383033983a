/** Entities found in a shopper's message. Offsets index into the original text. */

export type OrderNumberFormat = 'store' | 'amazon' | 'ebay' | 'tiktok';

export interface OrderNumberMention {
  /** As the store would look it up: "1234", "112-1234567-1234567". */
  value: string;
  format: OrderNumberFormat;
  raw: string;
  index: number;
}

export interface TrackingCandidate {
  /** Upper case, spaces removed. Only shape is checked here; carrier validation happens elsewhere. */
  value: string;
  raw: string;
  index: number;
}

export type SizeSystem = 'letter' | 'EU' | 'US' | 'UK' | 'FR' | 'IT' | 'JP' | 'CM' | 'waist_length' | 'numeric';

/** A national sizing convention: the system of a numeric size, or the region of a letter size. */
export type SizeRegion = 'EU' | 'US' | 'UK' | 'FR' | 'IT' | 'JP';

export interface SizeMention {
  system: SizeSystem;
  /** "M", "42", "10.5", "26.5", "W32 L34". */
  value: string;
  /** Numeric value when there is one (W32 L34 → 32). */
  numeric?: number;
  /** For waist/length sizes. */
  waist?: number;
  length?: number;
  /** For letter sizes: the convention the shopper named ("日本サイズでL" → JP; a JP L is about an EU M). */
  region?: SizeRegion;
  gender?: 'men' | 'women' | 'kids';
  category?: 'shoe' | 'apparel';
  raw: string;
  index: number;
}

export type MeasurementKind =
  | 'bust' | 'chest' | 'waist' | 'hip' | 'inseam' | 'foot_length' | 'height' | 'weight' | 'head' | 'hand' | 'torso' | 'unknown';

export interface Measurement {
  kind: MeasurementKind;
  /** Normalised: centimetres for lengths, kilograms for weights, one decimal. */
  value: number;
  unit: 'cm' | 'kg';
  /** What the shopper wrote. */
  original: { value: number; unit: string };
  raw: string;
  index: number;
}

export interface ProductRef {
  brand: string;
  /** The size the shopper wears in that brand, when stated. */
  size?: SizeMention;
  raw: string;
  index: number;
}

export interface PostcodeMention {
  value: string;
  country?: 'GB' | 'NL' | 'CA' | 'JP' | 'US' | 'DE' | 'FR' | 'ES' | 'IT' | 'PT' | 'BR';
  index: number;
}

export interface ExtractedEntities {
  orderNumbers: OrderNumberMention[];
  trackingCandidates: TrackingCandidate[];
  emails: string[];
  postcodes: PostcodeMention[];
  sizes: SizeMention[];
  measurements: Measurement[];
  productRefs: ProductRef[];
}

/** A [start, end) range of the original text already claimed by an entity. */
export interface Span {
  start: number;
  end: number;
}

export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

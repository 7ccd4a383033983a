export { extractEntities } from './extract.js';
export type {
  ExtractedEntities, Measurement, MeasurementKind, OrderNumberFormat, OrderNumberMention, PostcodeMention,
  ProductRef, SizeMention, SizeRegion, SizeSystem, TrackingCandidate,
} from './types.js';

/** Size charts: parsing, label conversion, fit notes and size recommendation. */
export * from './types.js';
export { parseSizeChart, parseSizeCharts, type ChartParseResult, type ChartProblem } from './parse-chart.js';
export { convertLabel, labelRows, type LabelConversion, type LabelQuery, type LabelRow } from './convert-label.js';
export { parseLabel, type LabelToken, type ParsedLabel } from './label-match.js';
export { parseFitNote, type FitAdjustment, type SizeUpPurpose } from './fit-note.js';
export { recommendSize } from './recommend.js';
export { parseSizeReference } from './size-reference.js';
export * from './recommendation-types.js';
export * from './units.js';
export {
  STANDARD_SHOE_SIZES,
  nearestStandardSize,
  standardFootLengthMm,
  type StandardShoeSize,
  type StandardShoeSystem,
} from './standard-shoe-sizes.js';

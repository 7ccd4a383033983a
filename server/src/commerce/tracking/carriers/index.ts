/** Every tracking-number format we recognise, one module per carrier family. */
import { ASIA_PACIFIC_FORMATS } from './asia-pacific.js';
import { CANADA_FORMATS } from './canada.js';
import { DHL_FORMATS } from './dhl.js';
import { EUROPE_FORMATS } from './europe.js';
import { FEDEX_FORMATS } from './fedex.js';
import type { TrackingFormat } from './types.js';
import { UPS_FORMATS } from './ups.js';
import { upuS10 } from './upu-s10.js';
import { US_REGIONAL_FORMATS } from './us-regional.js';
import { USPS_FORMATS } from './usps.js';

export const ALL_FORMATS: readonly TrackingFormat[] = [
  upuS10,
  ...UPS_FORMATS,
  ...USPS_FORMATS,
  ...FEDEX_FORMATS,
  ...DHL_FORMATS,
  ...ASIA_PACIFIC_FORMATS,
  ...CANADA_FORMATS,
  ...EUROPE_FORMATS,
  ...US_REGIONAL_FORMATS,
];

export type { FormatHit, TrackingFormat } from './types.js';
export { canonicalCarrierSlug, carrierInfo, knownCarrierSlugs, type CarrierInfo } from './registry.js';

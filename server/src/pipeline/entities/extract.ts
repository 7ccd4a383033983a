/**
 * extractEntities: everything the assistant can look up or convert in a message. Extractors
 * claim the spans they use, in an order that settles overlaps: emails, then order numbers, then
 * measurements (so "foot length 26.5 cm" is not a shoe size), then sizes, then loose tracking
 * candidates from what is left, then postcodes.
 */
import { findProductRefs } from './brands.js';
import { findEmails, findOrderNumbers, findPostcodes, findTrackingCandidates } from './identifiers.js';
import { findMeasurements } from './measurements.js';
import { findSizes } from './sizes.js';
import type { ExtractedEntities, Span } from './types.js';

export function extractEntities(text: string): ExtractedEntities {
  // NFKC turns full-width digits and letters ("＃１２３４", "ＥＵ４２") into ASCII, same length.
  const normalized = text.normalize('NFKC').length === text.length ? text.normalize('NFKC') : text;
  const claimed: Span[] = [];
  const emails = findEmails(normalized, claimed);
  const orderNumbers = findOrderNumbers(normalized, claimed);
  const measurements = findMeasurements(normalized, claimed);
  const sizes = findSizes(normalized, claimed);
  const trackingCandidates = findTrackingCandidates(normalized, claimed);
  const postcodes = findPostcodes(normalized, claimed);
  const productRefs = findProductRefs(normalized, sizes);
  return { orderNumbers, trackingCandidates, emails, postcodes, sizes, measurements, productRefs };
}

/**
 * Shapes shared by the carrier format modules. A format recognises one kind of tracking number
 * (e.g. "UPS 1Z", "USPS IMpb"); its `match` receives the normalised number (upper case, no spaces or
 * dashes) and returns a hit, or null when the number is not of this format.
 */

/**
 * How much a match says by its shape alone, before any check digit:
 * 3 = a distinctive prefix or structure (`1Z…`, `YT…`, `00340434…`, S10 with a real country code);
 * 2 = a weaker marker (a one-letter prefix, a two-digit application identifier);
 * 1 = length and character class only (e.g. "12 digits").
 */
export type Specificity = 1 | 2 | 3;

export interface FormatHit {
  /** Carrier slug (AfterShip-style, e.g. `ups`, `dhl-germany`, `china-ems`). */
  carrier: string;
  /** Service or sub-type read from the number, when it encodes one (e.g. `EMS`, `Ground`). */
  service?: string;
  /** True only when the number carries a check digit and it was recomputed and matched. */
  checkDigitVerified: boolean;
  /** Set when an advisory check digit (see CheckPolicy) did not match: a weaker, unverified match. */
  checkDigitMismatch?: boolean;
  /** ISO 3166 alpha-2 country of the issuing postal operator (UPU S10 numbers). */
  originCountry?: string;
  /** Overrides the format's specificity for this hit (e.g. an IMpb with its ZIP routing prefix). */
  specificity?: Specificity;
}

export interface TrackingFormat {
  /** Stable id, e.g. `fedex-express-12`. */
  id: string;
  /** Human name of the format, e.g. `FedEx Express (12 digits)`. */
  name: string;
  /** Carrier slugs this format can yield (used to skip formats in `isValidFor`); `*` = any (S10). */
  carriers: readonly string[];
  specificity: Specificity;
  /**
   * Tie-breaker between equally plausible formats, 0–49: roughly how common the carrier is for
   * this shape of number (FedEx is far more common than Purolator among 12-digit numbers).
   */
  prior: number;
  match(number: string): FormatHit | null;
}

/**
 * `required`: a wrong check digit rejects the number (published algorithms: a typo is likelier than
 * a real number). `advisory`: the algorithm is inferred from public examples rather than published,
 * so a mismatch still yields an unverified match. `none`: the format has no check digit.
 */
export type CheckPolicy = 'required' | 'advisory' | 'none';

export interface PatternFormatSpec {
  id: string;
  name: string;
  carrier: string;
  /** Anchored pattern over the normalised number. */
  pattern: RegExp;
  check?: (number: string, match: RegExpExecArray) => boolean;
  checkPolicy?: CheckPolicy;
  specificity: Specificity;
  prior: number;
  service?: (match: RegExpExecArray) => string | undefined;
}

/** Builds a format from a regular expression plus an optional check-digit test. */
export function patternFormat(spec: PatternFormatSpec): TrackingFormat {
  const policy: CheckPolicy = spec.check ? (spec.checkPolicy ?? 'required') : 'none';
  return {
    id: spec.id,
    name: spec.name,
    carriers: [spec.carrier],
    specificity: spec.specificity,
    prior: spec.prior,
    match(number) {
      const m = spec.pattern.exec(number);
      if (!m) return null;
      let verified = false;
      if (spec.check) {
        verified = spec.check(number, m);
        if (!verified && policy === 'required') return null;
      }
      const hit: FormatHit = { carrier: spec.carrier, checkDigitVerified: verified };
      if (spec.check && !verified) hit.checkDigitMismatch = true;
      const service = spec.service?.(m);
      if (service) hit.service = service;
      return hit;
    },
  };
}

/**
 * UPU S10: the 13-character identifier of international postal items, e.g. `EE973548163CN`:
 * 2-letter service indicator, 8-digit serial, check digit, ISO country of the issuing operator.
 */
import { s10CheckDigit } from '../check-digits.js';
import { isIsoCountryCode, POSTAL_OPERATORS } from './postal-operators.js';
import type { FormatHit, TrackingFormat } from './types.js';

const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

/** Meaning of the first letter of the service indicator, per the S10 standard. */
function serviceName(indicator: string): string {
  switch (indicator[0]) {
    case 'E':
      return 'EMS';
    case 'C':
      return 'Parcel';
    case 'R':
      return 'Registered letter';
    case 'L':
      return 'Tracked letter';
    case 'V':
      return 'Insured letter';
    case 'U':
      return 'Untracked item (customs)';
    case 'M':
      return 'M-bag';
    default:
      return 'Postal item';
  }
}

/**
 * Operator that tracks an item, refined by service where one country has several brands: EMS from
 * China is China EMS, French parcels are Colissimo, German parcels travel with DHL Paket.
 */
function carrierFor(indicator: string, country: string): string {
  const kind = indicator[0];
  if (country === 'CN' && kind === 'E') return 'china-ems';
  if (country === 'FR' && kind === 'C') return 'colissimo';
  if (country === 'DE' && kind === 'C') return 'dhl-germany';
  return POSTAL_OPERATORS[country]?.slug ?? `post-${country.toLowerCase()}`;
}

export const upuS10: TrackingFormat = {
  id: 'upu-s10',
  name: 'UPU S10 international postal item',
  carriers: ['*'],
  specificity: 3,
  prior: 30,
  match(number): FormatHit | null {
    const m = S10.exec(number);
    const [, indicator = '', serial = '', check = '', country = ''] = m ?? [];
    if (!m || !isIsoCountryCode(country)) return null;
    if (s10CheckDigit(serial) !== Number(check)) return null;
    return {
      carrier: carrierFor(indicator, country),
      service: serviceName(indicator),
      checkDigitVerified: true,
      originCountry: country,
    };
  },
};

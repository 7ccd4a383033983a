/**
 * Money as integer minor units (cents; yen have none), so totals add up exactly. Amounts in the
 * store files are decimal strings in the order's currency: "164.00", or "22600" for JPY.
 */

export type Currency = 'EUR' | 'USD' | 'GBP' | 'CAD' | 'JPY' | 'AUD';

export const minorDigits = (currency: Currency): number => (currency === 'JPY' ? 0 : 2);

/** Parses "149.00" / "22600" into minor units. */
export function toMinor(amount: string | number, currency: Currency): number {
  const factor = 10 ** minorDigits(currency);
  return Math.round(Number(amount) * factor);
}

/** Formats minor units as the decimal string used in the store files. */
export function fmt(minor: number, currency: Currency): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

/** Rounds `minor * rate` half away from zero (rates are small decimals such as 0.0825). */
export function percentOf(minor: number, rate: number): number {
  return Math.round(minor * rate + Number.EPSILON * Math.sign(minor));
}

/** VAT contained in a tax-inclusive amount: amount × rate / (1 + rate). */
export function includedVat(minor: number, rate: number): number {
  return Math.round((minor * rate) / (1 + rate));
}

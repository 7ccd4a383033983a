/**
 * Money stays a decimal string end to end: no floats, so "19.99" never becomes 19.989999. Amounts are
 * checked against the currency's minor units (JPY has none, BHD has three).
 */

export interface Money {
  /** Decimal string with the currency's number of decimals, e.g. "66.95", "22600". */
  amount: string;
  /** ISO 4217 code, upper case. */
  currency: string;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Decimals of a currency per ISO 4217 (via Intl), or undefined for a code that is not a currency. */
export function currencyDecimals(currency: string): number | undefined {
  if (!/^[A-Z]{3}$/.test(currency)) return undefined;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return undefined;
  }
}

/**
 * The amount written with exactly the currency's decimals ("12.5" EUR → "12.50"), or null when it is
 * not a decimal number, the currency is unknown, or it has more decimals than the currency allows
 * ("12.5" JPY, "1.999" USD) — rounding someone else's money silently is worse than rejecting it.
 */
export function normalizeAmount(amount: string | number, currency: string): string | null {
  const decimals = currencyDecimals(currency);
  if (decimals === undefined) return null;
  const text = typeof amount === 'number' ? (Number.isFinite(amount) ? String(amount) : '') : amount.trim();
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const [, sign = '', whole = '0', rawFraction = ''] = m;
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > decimals) return null;
  const integer = whole.replace(/^0+(?=\d)/, '');
  const padded = fraction.padEnd(decimals, '0');
  const isZero = /^0*$/.test(integer + padded);
  return `${isZero ? '' : sign}${integer}${decimals > 0 ? `.${padded}` : ''}`;
}

/** A Money value, or null when the amount does not fit the currency (see normalizeAmount). */
export function money(amount: string | number | null | undefined, currency: string): Money | null {
  if (amount === null || amount === undefined) return null;
  const normalized = normalizeAmount(amount, currency);
  return normalized === null ? null : { amount: normalized, currency };
}

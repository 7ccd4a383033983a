/**
 * Check-digit algorithms used by parcel carriers. Each function takes the data characters (without
 * the check character) and returns the expected check character, so callers compare it with the
 * last character of the number. All inputs are already normalised (upper case, no separators).
 */

const digitValues = (digits: string): number[] => Array.from(digits, (c) => c.charCodeAt(0) - 48);

/**
 * GS1 modulo 10 (SSCC, GTIN, USPS IMpb, DHL Paket 20-digit, FedEx Ground): from the rightmost data
 * digit leftwards the weights are 3, 1, 3, 1…; the check digit tops the sum up to a multiple of 10.
 */
export function gs1Mod10(digits: string): number {
  const values = digitValues(digits);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const fromRight = values.length - 1 - i;
    sum += (values[i] ?? 0) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Luhn (credit-card style doubling with digit sums): Purolator, Old Dominion PRO numbers. */
export function luhnMod10(digits: string): number {
  const values = digitValues(digits);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const fromRight = values.length - 1 - i;
    let v = values[i] ?? 0;
    if (fromRight % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Plain "number modulo 7": DHL Express waybills, Yamato and Japan Post domestic numbers. */
export function mod7(digits: string): number {
  // Digit by digit so long inputs never lose precision.
  let rest = 0;
  for (const v of digitValues(digits)) rest = (rest * 10 + v) % 7;
  return rest;
}

/**
 * UPU S10 (13-character international postal items): weights 8,6,4,2,3,5,9,7 over the eight serial
 * digits, check = 11 − (sum mod 11), where 10 becomes 0 and 11 becomes 5.
 */
export function s10CheckDigit(serial8: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const values = digitValues(serial8);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (values[i] ?? 0) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

/**
 * Value of a character in UPS's published scheme: digits as is, letters A=2, B=3 … H=9, I=0 … and so
 * on cycling through 0–9 (equivalently, the letter's alphabet index plus 2, modulo 10).
 */
export function upsCharValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  return (code - 65 + 2) % 10;
}

/**
 * UPS-style modulo 10: characters at odd positions (1st, 3rd… from the left) count once, even
 * positions twice (no digit sums), check tops up to a multiple of 10. Used by UPS 1Z, UPS waybills
 * and OnTrac (whose leading letter is part of the data).
 */
export function alternatingDoubleMod10(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    sum += upsCharValue(chars[i] ?? '0') * (i % 2 === 0 ? 1 : 2);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * FedEx Express modulo 11: weights 1, 3, 7 repeating from the rightmost data digit leftwards, sum mod
 * 11, and a remainder of 10 becomes 0. The 12-digit number is also embedded in the longer FedEx
 * barcodes (34-digit Express, ASTRA 32, Ground GSN 34).
 */
export function fedexMod11(digits: string): number {
  const weights = [1, 3, 7];
  const values = digitValues(digits);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const fromRight = values.length - 1 - i;
    sum += (values[i] ?? 0) * (weights[fromRight % 3] ?? 1);
  }
  return (sum % 11) % 10;
}

/** Deutsche Post Identcode / DHL Paket 12-digit: weights 4 and 9 alternating from the left, mod 10. */
export function deutschePostMod10(digits: string): number {
  const values = digitValues(digits);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] ?? 0) * (i % 2 === 0 ? 4 : 9);
  return (10 - (sum % 10)) % 10;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * ISO/IEC 7064 hybrid MOD 37,36 (DPD parcel labels): one check character from 0–9A–Z. The running
 * value starts at 36; for each character add its value, reduce into 1..36, double, reduce mod 37.
 */
export function iso7064Mod37_36(chars: string): string {
  const m = 36;
  let p = m;
  for (const c of chars) {
    const v = ALNUM.indexOf(c);
    let s = (p + v) % m;
    if (s === 0) s = m;
    p = (s * 2) % (m + 1);
  }
  const check = (m + 1 - p) % m;
  return ALNUM[check] ?? '0';
}

/** True when the last character of `number` equals the expected check for the rest. */
export function lastDigitMatches(number: string, expected: number | string): boolean {
  return number.slice(-1) === String(expected);
}

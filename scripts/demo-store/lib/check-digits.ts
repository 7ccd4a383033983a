/**
 * Check-digit algorithms of the carriers used in the demo store. Each takes the data characters
 * (without the check character) and returns the expected check digit.
 */

const values = (digits: string): number[] => Array.from(digits, (c) => c.charCodeAt(0) - 48);

/** GS1 mod 10 (USPS IMpb, DHL Paket SSCC, Canada Post PIN): weights 3,1,3… from the rightmost data digit. */
export function gs1Mod10(digits: string): number {
  const v = values(digits);
  let sum = 0;
  v.forEach((d, i) => {
    sum += d * ((v.length - 1 - i) % 2 === 0 ? 3 : 1);
  });
  return (10 - (sum % 10)) % 10;
}

/** UPU S10: weights 8,6,4,2,3,5,9,7 over eight serial digits; 11 − sum mod 11, 10 → 0, 11 → 5. */
export function s10Check(serial8: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const v = values(serial8);
  const sum = weights.reduce((acc, w, i) => acc + w * (v[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** UPS: letters map to (alphabet index + 2) mod 10; odd positions once, even positions twice. */
export function upsCheck(chars15: string): number {
  let sum = 0;
  Array.from(chars15).forEach((c, i) => {
    const code = c.charCodeAt(0);
    const v = code >= 48 && code <= 57 ? code - 48 : (code - 65 + 2) % 10;
    sum += v * (i % 2 === 0 ? 1 : 2);
  });
  return (10 - (sum % 10)) % 10;
}

/** FedEx Express 12: weights 1,3,7 repeating from the rightmost data digit; sum mod 11, then mod 10. */
export function fedexMod11(digits11: string): number {
  const weights = [1, 3, 7];
  const v = values(digits11);
  let sum = 0;
  v.forEach((d, i) => {
    sum += d * (weights[(v.length - 1 - i) % 3] ?? 1);
  });
  return (sum % 11) % 10;
}

/** Number modulo 7 (DHL Express waybills, Yamato and Japan Post domestic numbers). */
export function mod7(digits: string): number {
  let rest = 0;
  for (const d of values(digits)) rest = (rest * 10 + d) % 7;
  return rest;
}

/** Deutsche Post Identcode (12 digits): weights 4 and 9 alternating from the left. */
export function deutschePostMod10(digits: string): number {
  let sum = 0;
  values(digits).forEach((d, i) => {
    sum += d * (i % 2 === 0 ? 4 : 9);
  });
  return (10 - (sum % 10)) % 10;
}

/**
 * Unit helpers. Charts are authoritative in centimetres (their inch columns are rounded), so
 * shoppers' inches are converted to cm before they are compared with a chart.
 */

export const CM_PER_INCH = 2.54;
export const KG_PER_POUND = 0.45359237;

export type LengthUnit = 'cm' | 'in' | 'mm';

export const inchesToCm = (inches: number): number => inches * CM_PER_INCH;
export const cmToInches = (cm: number): number => cm / CM_PER_INCH;
export const poundsToKg = (pounds: number): number => pounds * KG_PER_POUND;
export const kgToPounds = (kg: number): number => kg / KG_PER_POUND;

/** Converts a length to centimetres. */
export function toCentimetres(value: number, unit: LengthUnit): number {
  if (unit === 'in') return inchesToCm(value);
  if (unit === 'mm') return value / 10;
  return value;
}

/** Rounds to `digits` decimals (charts publish inches to 0.1). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Reads a length as shoppers write it: "86 cm", "86cm", "34 in", "34\"", "34 inches", "265 mm",
 * "5'8\"", "5 ft 8 in", "1.75 m", "1,75 m". Returns centimetres, or undefined when no unit is given
 * or the text is not a length (the caller must then ask, never assume a unit).
 */
export function parseLengthToCm(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/(\d),(\d)/g, '$1.$2').replace(/[″“”]/g, '"').replace(/[′’]/g, "'");
  const feet = /^(\d+(?:\.\d+)?)\s*(?:'|ft|feet|foot)\s*(?:(\d+(?:\.\d+)?)\s*(?:"|in|inch|inches)?)?$/.exec(t);
  if (feet) return inchesToCm(Number(feet[1]) * 12 + Number(feet[2] ?? 0));
  const plain = /^(\d+(?:\.\d+)?)\s*(cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?|m|met(?:er|re)s?|"|in|inch|inches|厘米|公分|センチ|cm\.)$/.exec(t);
  if (!plain) return undefined;
  const value = Number(plain[1]);
  const unit = plain[2] ?? '';
  if (unit.startsWith('mm') || unit.startsWith('milli')) return value / 10;
  if (unit === 'm' || unit.startsWith('met')) return value * 100;
  if (unit === '"' || unit.startsWith('in')) return inchesToCm(value);
  return value;
}

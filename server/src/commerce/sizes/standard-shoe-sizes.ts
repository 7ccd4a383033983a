/**
 * GENERIC, APPROXIMATE shoe-size conversion — not any product's chart.
 *
 * Used ONLY to interpret a size a shopper quotes from another brand when the product's own chart
 * lacks that system (a women's US size against a men's chart, a CN or foot-length size against
 * a sock chart). Brands differ by up to a full size, so every use must carry a caveat. The table
 * follows the common industry pattern: men's UK = US − 1, women's UK = US − 2, and the Japanese
 * size is the foot length in cm (JIS S 5037), so `footLengthMm` = JP × 10.
 */
import type { Gender } from './types.js';

export interface StandardShoeSize {
  US: number;
  UK: number;
  EU: number;
  JP: number;
  footLengthMm: number;
}

export type StandardShoeSystem = 'US' | 'UK' | 'EU' | 'JP' | 'CN' | 'mm';

/** [US, EU, JP] per size; UK and foot length follow from the rules above. */
const MEN: [number, number, number][] = [
  [6, 38.5, 24], [6.5, 39, 24.5], [7, 40, 25], [7.5, 40.5, 25.5], [8, 41, 26], [8.5, 42, 26.5],
  [9, 42.5, 27], [9.5, 43, 27.5], [10, 44, 28], [10.5, 44.5, 28.5], [11, 45, 29], [11.5, 45.5, 29.5],
  [12, 46, 30], [12.5, 47, 30.5], [13, 47.5, 31], [14, 48.5, 32], [15, 49.5, 33],
];

const WOMEN: [number, number, number][] = [
  [5, 35.5, 22], [5.5, 36, 22.5], [6, 36.5, 23], [6.5, 37, 23.5], [7, 37.5, 24], [7.5, 38, 24.5],
  [8, 39, 25], [8.5, 39.5, 25.5], [9, 40, 26], [9.5, 40.5, 26.5], [10, 41, 27], [10.5, 42, 27.5],
  [11, 42.5, 28], [12, 43.5, 29],
];

const build = (rows: [number, number, number][], ukOffset: number): StandardShoeSize[] =>
  rows.map(([US, EU, JP]) => ({ US, UK: US - ukOffset, EU, JP, footLengthMm: Math.round(JP * 10) }));

export const STANDARD_SHOE_SIZES: Readonly<Record<Gender, readonly StandardShoeSize[]>> = {
  men: build(MEN, 1),
  women: build(WOMEN, 2),
};

/**
 * The approximate foot length (mm) for a size in a system, interpolating between table rows.
 * `CN` is read as the mainland 码 (EU-equivalent) when below 100 and as millimetres (GB/T 3293)
 * otherwise. Undefined when the value lies outside the table.
 */
export function standardFootLengthMm(system: StandardShoeSystem, value: number, gender: Gender): number | undefined {
  if (system === 'mm' || (system === 'CN' && value >= 100)) return value;
  if (system === 'JP') return value * 10;
  const key = system === 'CN' ? 'EU' : system;
  const table = STANDARD_SHOE_SIZES[gender];
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    if (!row) continue;
    if (row[key] === value) return row.footLengthMm;
    const next = table[i + 1];
    if (next && value > row[key] && value < next[key]) {
      const share = (value - row[key]) / (next[key] - row[key]);
      return Math.round(row.footLengthMm + share * (next.footLengthMm - row.footLengthMm));
    }
  }
  return undefined;
}

/** The standard row nearest to a foot length, used to express a foot length in EU/UK/US terms. */
export function nearestStandardSize(footLengthMm: number, gender: Gender): StandardShoeSize | undefined {
  let best: StandardShoeSize | undefined;
  for (const row of STANDARD_SHOE_SIZES[gender]) {
    if (!best || Math.abs(row.footLengthMm - footLengthMm) < Math.abs(best.footLengthMm - footLengthMm)) best = row;
  }
  return best;
}

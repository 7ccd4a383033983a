/**
 * Deterministic pseudo-random numbers. The demo store is generated, not hand-typed, so ids, stock
 * levels and tracking numbers come from a seeded generator: the same seed always yields the same
 * store, which keeps the committed JSON reproducible.
 */
import { mulberry32 } from '../../../server/src/lib/seeded-random.js';

/** FNV-1a 32-bit hash of a string, used to turn a seed label into a number. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = () => number;

/** The project's seeded generator (mulberry32), seeded by a label. Returns floats in [0, 1). */
export function createRng(seed: string): Rng {
  return mulberry32(hash(seed));
}

export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function randDigits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(Math.floor(rng() * 10));
  return out;
}

export function randLetters(rng: Rng, count: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
  let out = '';
  for (let i = 0; i < count; i++) out += alphabet[Math.floor(rng() * alphabet.length)] ?? 'A';
  return out;
}

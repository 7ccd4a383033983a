/**
 * Deterministic pseudo-random numbers. The demo store is generated, not hand-typed, so ids, stock
 * levels and tracking numbers come from a seeded generator: the same seed always yields the same
 * store, which keeps the committed JSON reproducible.
 */

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

/** mulberry32: small, fast, good enough for fixture data. Returns floats in [0, 1). */
export function createRng(seed: string): Rng {
  let state = hash(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

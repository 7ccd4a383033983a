/**
 * Splits folded text into the units search works with: Latin-script (and other spaced-script)
 * words, product and order codes, and CJK bigrams.
 */
import { cjkBigramsOf, withoutCjk } from './normalize.js';

// Letters/digits with inner apostrophes or hyphens kept out: "d'envoi" → d, envoi; "t-shirt" → t, shirt.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// A code mixes letters and digits, possibly with dashes: "JNP-TR-204", "sku123", "1z999aa1".
const CODE = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}-]*\d)(?=[\p{N}-]*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu;

/** Words of a folded text outside CJK runs. */
export function latinWords(folded: string): string[] {
  return withoutCjk(folded).match(WORD) ?? [];
}

/** Codes such as SKUs (letters and digits mixed), lower-cased with dashes removed: "jnptr204". */
export function codesOf(folded: string): string[] {
  const found = withoutCjk(folded).match(CODE) ?? [];
  return [...new Set(found.map((c) => c.replace(/-/g, '')).filter((c) => c.length >= 4 && c.length <= 40))];
}

export interface Tokens {
  words: string[];
  cjk: string[];
  codes: string[];
}

export function tokenize(folded: string): Tokens {
  return { words: latinWords(folded), cjk: cjkBigramsOf(folded), codes: codesOf(folded) };
}

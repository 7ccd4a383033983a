/**
 * Splits folded text into the units search works with: Latin-script (and other spaced-script)
 * words, product and order codes, and CJK bigrams.
 */
import { cjkBigramsOf, withoutCjk } from './normalize.js';

// Letters/digits with inner apostrophes or hyphens kept out: "d'envoi" → d, envoi; "t-shirt" → t, shirt.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Dash-joined runs of letters and digits; a code is one that mixes both: "JNP-TR-204", "sku123".
const DASHED_TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const DIGIT = /\d/;
const LETTER = /\p{L}/u;

/** Words of a folded text outside CJK runs. */
export function latinWords(folded: string): string[] {
  return withoutCjk(folded).match(WORD) ?? [];
}

/** Codes such as SKUs (letters and digits mixed), lower-cased with dashes removed: "jnptr204". */
export function codesOf(folded: string): string[] {
  if (!DIGIT.test(folded)) return [];
  const found = (withoutCjk(folded).match(DASHED_TOKEN) ?? []).filter((t) => DIGIT.test(t) && LETTER.test(t));
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

/**
 * Search normalisation: the one folding applied to articles and queries alike, so "Envío",
 * "ENVIO" and full-width "ｅｎｖｉｏ" meet in the index. Diacritics are dropped because shoppers
 * type without them ("delai", "rueckgabe" aside) while stemmers differ in whether they keep them.
 */
import { foldText } from '../../pipeline/language/normalize.js';

/**
 * Han, kana (with the prolonged-sound mark) and Hangul: scripts no Postgres parser segments. Korean
 * has spaces, but particles glue to nouns (환불은, 환불이), so it is indexed by bigrams too.
 */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005]+/gu;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}\u30fc]+$/u;

/** NFKC, lower case, no Latin diacritics, single spaces. ß stays ß (German stemmers fold it). */
export function foldForSearch(text: string): string {
  return foldText(text);
}

export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** Runs of CJK characters in order of appearance. */
export function cjkRuns(text: string): string[] {
  return text.match(CJK_RUN) ?? [];
}

/** The text with every CJK run replaced by a space (what a Latin-script parser should see). */
export function withoutCjk(text: string): string {
  return text.replace(CJK_RUN, ' ');
}

/**
 * Overlapping character bigrams of a CJK run: Postgres has no Chinese or Japanese parser, and
 * bigrams are the classic dictionary-free index unit (退货政策 → 退货 货政 政策). A one-character
 * run becomes a unigram. Bigrams made only of hiragana are grammar (の, を, です…) and are dropped.
 */
export function cjkBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return HIRAGANA_ONLY.test(run) ? [] : [run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    if (!HIRAGANA_ONLY.test(bigram)) out.push(bigram);
  }
  return out;
}

/** Every CJK bigram of a text, in order (duplicates kept: term frequency matters). */
export function cjkBigramsOf(text: string): string[] {
  return cjkRuns(text).flatMap(cjkBigrams);
}

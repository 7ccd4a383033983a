/**
 * Multilingual cue lists compiled to one matcher. Cues are written folded (lower case, no
 * diacritics) and may use small regex pieces (`\s*`, `(a|b)`, `.{0,20}`). A Latin cue must start
 * at a word boundary but may end inside a word, so "reembols" matches "reembolso"; CJK, Hangul
 * and Arabic cues match anywhere, as those scripts do not separate words with spaces (Arabic
 * also glues prefixes such as "ال" to words).
 */
import { foldText } from '../language/normalize.js';

export interface PhraseMatcher {
  /** The cues found in a folded text, in list order. */
  matches(folded: string): string[];
  /** Whether any cue is found in a folded text. */
  test(folded: string): boolean;
}

/**
 * Whether a cue starts with a Latin letter or digit, looking through leading groups: "(delete|erase)"
 * is Latin and needs a word boundary, "(データ|個人情報)" is not and must match after "请" or "を".
 */
export function startsWithLatin(cue: string): boolean {
  const first = cue.replace(/^(?:\((?:\?:)?)+/, '');
  return /^(?:[a-z0-9]|\\[dw])/.test(first);
}

function cueSource(cue: string): string {
  return startsWithLatin(cue) ? `(?<![\\p{L}\\p{N}])(?:${cue})` : `(?:${cue})`;
}

export function compilePhrases(cues: readonly string[]): PhraseMatcher {
  const compiled = cues.map((cue) => ({ cue, pattern: new RegExp(cueSource(cue), 'u') }));
  // One alternation answers "any cue?" in a single pass, which is what hot paths ask; the word
  // boundary is checked once for all Latin cues rather than once per cue.
  const latin = cues.filter(startsWithLatin);
  const other = cues.filter((cue) => !startsWithLatin(cue));
  const parts = [
    ...(latin.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})`] : []),
    ...(other.length > 0 ? [`(?:${other.join('|')})`] : []),
  ];
  const any = parts.length > 0 ? new RegExp(parts.join('|'), 'u') : /(?!)/;
  return {
    matches: (folded) => (any.test(folded) ? compiled.filter((c) => c.pattern.test(folded)).map((c) => c.cue) : []),
    test: (folded) => any.test(folded),
  };
}

/** Folds a shopper's message the way cues are written; apostrophes become plain "'". */
export function foldForCues(text: string): string {
  return foldText(text).replace(/[’‘´`]/g, "'");
}

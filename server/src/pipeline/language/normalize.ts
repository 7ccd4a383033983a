/**
 * Text normalisation shared by the pipeline's matchers. Everything that compares a shopper's words
 * against a word list goes through here, so "Größe", "GRÖSSE" and full-width "ＯＫ" match alike.
 */

/** NFKC (folds full-width Latin and half-width kana), lower case, one space between words. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Removes Latin diacritics ("pédido" → "pedido", "größe" → "große"); other scripts are untouched. */
export function stripDiacritics(text: string): string {
  // NFD splits "é" into "e" + U+0301; dropping combining marks in U+0300–036F keeps kana voicing
  // marks (U+3099/309A) and Hangul intact.
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** normalizeText + stripDiacritics (and ß → ss), for loose keyword matching across typing habits. */
export function foldText(text: string): string {
  return stripDiacritics(normalizeText(text)).replace(/ß/g, 'ss');
}

/**
 * Words of a normalised text: runs of letters, digits, apostrophes and hyphens inside words.
 * CJK text has no spaces, so a CJK run comes back as one token; callers that need CJK matching
 * use substring search instead.
 */
export function tokenizeWords(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads size labels as charts and shoppers write them and finds a value in a chart column.
 * Handles ranges ("8–10", "38-40", "4–6.5"), a main label with an alternative in brackets
 * ("9–11 (L)", "S (34–36)", "LL (XL)", "42 (260)"), Chinese height/girth codes ("165/88A"),
 * half sizes ("8.5", "8½", "8 1/2") and "—" for "no such size".
 */

export type LabelToken =
  | { kind: 'number'; min: number; max: number }
  | { kind: 'word'; text: string }
  | { kind: 'cn'; height: number; girth: number; bodyType?: string };

export interface ParsedLabel {
  main: LabelToken;
  /** Bracketed alternatives: a JP letter size, a chest range, a CN length in mm. */
  alternatives: LabelToken[];
}

/** Where a shopper's value sits in one chart column (row indexes refer to that column). */
export type ColumnPosition =
  | { kind: 'match'; indexes: number[]; via: 'label' | 'alternative' }
  | { kind: 'between'; lower: number; upper: number }
  | { kind: 'below'; first: number }
  | { kind: 'above'; last: number }
  | { kind: 'none' }
  | { kind: 'unreadable' };

const DASH = /\s*(?:–|—|-|‒|~|～|〜|\bto\b)\s*/;
const NO_SIZE = /^(?:—|–|-|n\/a)?$/i;

/** Parses a label; undefined for empty or "—" (the size does not exist in that system). */
export function parseLabel(text: string): ParsedLabel | undefined {
  const clean = text.trim();
  if (NO_SIZE.test(clean)) return undefined;
  const bracket = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/.exec(clean);
  const mainText = bracket ? (bracket[1] ?? '') : clean;
  const main = parseToken(mainText);
  if (!main) return undefined;
  const alternatives = bracket ? (bracket[2] ?? '').split(/[,/]\s*(?=\D)|,\s*/).map(parseToken).filter(isToken) : [];
  return { main, alternatives };
}

const isToken = (t: LabelToken | undefined): t is LabelToken => t !== undefined;

function parseToken(text: string): LabelToken | undefined {
  const t = text.trim().replace(/\s*(?:cm|mm|码|號|号|サイズ)$/i, '');
  if (!t) return undefined;
  const cn = /^(\d{3})\s*\/\s*(\d{2,3})\s*([A-Z])?$/i.exec(t);
  if (cn) {
    return { kind: 'cn', height: Number(cn[1]), girth: Number(cn[2]), ...(cn[3] ? { bodyType: cn[3].toUpperCase() } : {}) };
  }
  const parts = t.split(DASH);
  if (parts.length === 2) {
    const min = parseNumber(parts[0] ?? '');
    const max = parseNumber(parts[1] ?? '');
    if (min !== undefined && max !== undefined) return { kind: 'number', min: Math.min(min, max), max: Math.max(min, max) };
  }
  const single = parseNumber(t);
  if (single !== undefined) return { kind: 'number', min: single, max: single };
  return /^[\p{L}\d][\p{L}\d/ .+-]*$/u.test(t) ? { kind: 'word', text: normalizeWord(t) } : undefined;
}

const FRACTIONS: Record<string, number> = { '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75 };

/** "8.5", "8,5", "8½", "8 1/2", "42 2/3" → number. */
function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  const plain = /^\d+(?:\.\d+)?$/.exec(t);
  if (plain) return Number(t);
  const glyph = /^(\d+)\s*([½⅓⅔¼¾])$/.exec(t);
  if (glyph) return Number(glyph[1]) + (FRACTIONS[glyph[2] ?? ''] ?? 0);
  const fraction = /^(\d+)\s+(\d)\/(\d)$/.exec(t);
  if (fraction && Number(fraction[3]) > 0) return Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]);
  return undefined;
}

/** Upper-case and spell multi-X sizes one way: "2XL" and "xxl" → "XXL", "3xs" → "XXXS". */
function normalizeWord(text: string): string {
  const upper = text.toUpperCase().replace(/\s+/g, ' ');
  const multi = /^([2-5])X([SL])$/.exec(upper);
  if (multi) return 'X'.repeat(Number(multi[1])) + multi[2];
  return upper;
}

const EPSILON = 1e-6;

/** Does the shopper's token name the chart's token? */
function tokenMatches(chart: LabelToken, shopper: LabelToken): boolean {
  if (chart.kind === 'number' && shopper.kind === 'number') {
    if (shopper.min === shopper.max) return shopper.min >= chart.min - EPSILON && shopper.min <= chart.max + EPSILON;
    return Math.abs(shopper.min - chart.min) < EPSILON && Math.abs(shopper.max - chart.max) < EPSILON;
  }
  if (chart.kind === 'word' && shopper.kind === 'word') return chart.text === shopper.text;
  if (chart.kind === 'cn' && shopper.kind === 'cn') {
    const sameBody = !chart.bodyType || !shopper.bodyType || chart.bodyType === shopper.bodyType;
    return chart.height === shopper.height && chart.girth === shopper.girth && sameBody;
  }
  return false;
}

/** A bare height ("165") only partly names a CN code ("165/88A"); it ranks with alternatives. */
function matchesCnHeight(chart: LabelToken, shopper: LabelToken): boolean {
  return chart.kind === 'cn' && shopper.kind === 'number' && shopper.min === shopper.max && chart.height === shopper.min;
}

/** Finds `value` in a column of chart labels (undefined = the size does not exist in that system). */
export function locateInColumn(column: (string | undefined)[], value: string): ColumnPosition {
  const shopper = parseLabel(value);
  if (!shopper) return { kind: 'unreadable' };
  const labels = column.map((text) => (text === undefined ? undefined : parseLabel(text)));

  const direct = indexesWhere(labels, (l) => tokenMatches(l.main, shopper.main));
  if (direct.length > 0) return { kind: 'match', indexes: direct, via: 'label' };
  const indirect = indexesWhere(
    labels,
    (l) => l.alternatives.some((a) => tokenMatches(a, shopper.main)) || matchesCnHeight(l.main, shopper.main),
  );
  if (indirect.length > 0) return { kind: 'match', indexes: indirect, via: 'alternative' };
  return shopper.main.kind === 'number' ? placeNumber(labels, shopper.main.min) : { kind: 'none' };
}

function indexesWhere(labels: (ParsedLabel | undefined)[], test: (label: ParsedLabel) => boolean): number[] {
  const found: number[] = [];
  labels.forEach((label, i) => {
    if (label && test(label)) found.push(i);
  });
  return found;
}

/** For numeric columns: the two neighbouring rows a value falls between, or which end it lies beyond. */
function placeNumber(labels: (ParsedLabel | undefined)[], value: number): ColumnPosition {
  const numeric = labels
    .map((label, index) => ({ index, token: label?.main }))
    .filter((e): e is { index: number; token: Extract<LabelToken, { kind: 'number' }> } => e.token?.kind === 'number');
  if (numeric.length < 2) return { kind: 'none' };
  const first = numeric[0];
  const last = numeric[numeric.length - 1];
  if (!first || !last) return { kind: 'none' };
  if (value < first.token.min) return { kind: 'below', first: first.index };
  if (value > last.token.max) return { kind: 'above', last: last.index };
  for (let i = 1; i < numeric.length; i++) {
    const lower = numeric[i - 1];
    const upper = numeric[i];
    if (lower && upper && value > lower.token.max && value < upper.token.min) {
      return { kind: 'between', lower: lower.index, upper: upper.index };
    }
  }
  return { kind: 'none' };
}

/** A label's main value as a single number ("8.5" → 8.5, "42 (260)" → 42), if it is one. */
export function labelNumber(text: string | undefined): number | undefined {
  const label = text === undefined ? undefined : parseLabel(text);
  return label?.main.kind === 'number' && label.main.min === label.main.max ? label.main.min : undefined;
}

/**
 * What the index stores for a chunk besides its text: the Latin-script text for Postgres's stemmer
 * (title and headings apart, they weigh more), and the terms Postgres cannot derive itself — CJK
 * bigrams, lexicon concepts and product codes — as a tsvector literal. The content hash covers the
 * analyzer version, so a lexicon change re-indexes every chunk it touches.
 */
import { createHash } from 'node:crypto';
import { foldForSearch, cjkBigramsOf, withoutCjk } from '../text/normalize.js';
import { codesOf } from '../text/tokenize.js';
import { tsConfigFor, type TsConfig } from '../text/ts-config.js';
import { conceptTerm, lexiconLanguageOf, type Lexicon } from '../lexicon/lexicon.js';
import { CONCEPTS } from '../lexicon/concepts.js';

/** Bump the prefix when chunking or field analysis changes in a way the lexicon hash does not show. */
export const ANALYZER_VERSION = `a2-${createHash('sha256').update(JSON.stringify(CONCEPTS)).digest('hex').slice(0, 10)}`;

export interface ChunkFields {
  tsConfig: TsConfig;
  /** Folded article title without CJK runs (weight A: what the whole article is about). */
  titleText: string;
  /** Folded heading path without CJK runs (weight B: what this section is about). */
  pathText: string;
  /** Folded content without CJK runs (weight D). */
  bodyText: string;
  /** tsvector literal of bigrams, concepts and codes, with weights. */
  extraTerms: string;
}

export const codeTerm = (code: string) => `k_${code}`;

export function chunkContentHash(title: string, headingPath: readonly string[], content: string): string {
  return createHash('sha256').update(JSON.stringify([ANALYZER_VERSION, title, headingPath, content])).digest('hex');
}

/** A tsvector literal ('lexeme':1A,2 …); positions count up so every occurrence counts. */
export class TsvectorBuilder {
  private readonly positions = new Map<string, string[]>();
  private next = 1;

  add(lexeme: string, weight: 'A' | 'B' | 'C' | 'D'): void {
    if (!lexeme || lexeme.length > 200) return;
    const position = `${Math.min(this.next++, 16383)}${weight === 'D' ? '' : weight}`;
    const list = this.positions.get(lexeme);
    if (list) {
      if (list.length < 64) list.push(position);
    } else this.positions.set(lexeme, [position]);
  }

  toString(): string {
    return [...this.positions].map(([lexeme, positions]) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${positions.join(',')}`).join(' ');
  }
}

export function chunkFields(lexicon: Lexicon, locale: string, title: string, headingPath: readonly string[], content: string): ChunkFields {
  const language = lexiconLanguageOf(locale);
  const languages = language ? new Set([language]) : undefined;
  const extra = new TsvectorBuilder();
  const fields: Array<[string, 'A' | 'B' | 'D']> = [
    [foldForSearch(title), 'A'],
    [foldForSearch(headingPath.join(' \n ')), 'B'],
    [foldForSearch(content), 'D'],
  ];
  for (const [text, weight] of fields) {
    for (const bigram of cjkBigramsOf(text)) extra.add(bigram, weight);
    for (const match of lexicon.annotate(text, { languages })) extra.add(conceptTerm(match.concept), weight);
    for (const code of codesOf(text)) extra.add(codeTerm(code), weight);
  }
  return {
    tsConfig: tsConfigFor(locale),
    titleText: withoutCjk(fields[0]![0]),
    pathText: withoutCjk(fields[1]![0]),
    bodyText: withoutCjk(fields[2]![0]),
    extraTerms: extra.toString(),
  };
}

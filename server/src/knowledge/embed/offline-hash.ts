/**
 * The offline embedder (`offline-hash-v1`): no model download, deterministic, fast. A text becomes a
 * bag of features — words, word stems, character trigrams (typo tolerance), CJK bigrams, product
 * codes and, above all, lexicon concepts (the cross-lingual bridge: 返金 and refund share
 * `c:refund`) — hashed into a signed vector of the configured size and normalised.
 *
 * It is not a semantic model: paraphrases with no shared word or concept do not meet. It gives the
 * embedded default a vector channel that is robust to typos and language, and a baseline any real
 * model (OpenAI-compatible provider) replaces by configuration.
 */
import { foldForSearch, cjkRuns, cjkBigrams } from '../text/normalize.js';
import { latinWords, codesOf } from '../text/tokenize.js';
import { isStopword } from '../text/stopwords.js';
import { defaultLexicon, type Lexicon } from '../lexicon/lexicon.js';
import { embeddingKey, normalize, type EmbeddingProvider } from './provider.js';

export const OFFLINE_MODEL = 'offline-hash-v1';

/** Relative weight of each feature family; concepts dominate so languages meet. */
const WEIGHTS = {
  word: 1,
  stem: 0.7,
  trigramPerWord: 0.6,
  cjkBigram: 1,
  cjkChar: 0.25,
  code: 2,
  concept: 2.2,
  fuzzyConcept: 1.3,
};

/** FNV-1a, 32-bit: stable across processes and platforms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Weighted features of a text (exported for tests and diagnostics). */
export function hashedFeatures(text: string, lexicon: Lexicon, fuzzy: boolean): Map<string, number> {
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => {
    sums.set(feature, (sums.get(feature) ?? 0) + weight);
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  const folded = foldForSearch(text);

  for (const word of latinWords(folded)) {
    if (isStopword(word) || (word.length < 2 && !/\d/.test(word))) continue;
    add(`w:${word}`, WEIGHTS.word);
    if (word.length >= 6) add(`s:${word.slice(0, 5)}`, WEIGHTS.stem);
    if (word.length >= 4 && !/\d/.test(word)) {
      const padded = `<${word}>`;
      const count = padded.length - 2;
      for (let i = 0; i < count; i++) add(`t:${padded.slice(i, i + 3)}`, WEIGHTS.trigramPerWord / count);
    }
  }
  for (const run of cjkRuns(folded)) {
    for (const bigram of cjkBigrams(run)) add(`b:${bigram}`, WEIGHTS.cjkBigram);
    for (const char of run) if (!/[\p{Script=Hiragana}\u30fc]/u.test(char)) add(`u:${char}`, WEIGHTS.cjkChar);
  }
  for (const code of codesOf(folded)) add(`k:${code}`, WEIGHTS.code);
  for (const match of lexicon.annotate(folded, { fuzzy })) {
    add(`c:${match.concept}`, match.fuzzy ? WEIGHTS.fuzzyConcept : WEIGHTS.concept);
  }
  // Sub-linear in repetitions (weight × √count): a chunk that says "refund" five times is not five
  // times more about refunds.
  const features = new Map<string, number>();
  for (const [feature, sum] of sums) features.set(feature, sum / Math.sqrt(counts.get(feature)!));
  return features;
}

export function hashEmbedding(text: string, dimensions: number, lexicon: Lexicon, fuzzy: boolean): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, weight] of hashedFeatures(text, lexicon, fuzzy)) {
    // One hash: the low bits pick the dimension, the top bit the sign (dimensions ≤ 2000 ≪ 2^31).
    const hash = fnv1a(feature);
    vector[(hash & 0x7fffffff) % dimensions]! += hash >>> 31 ? weight : -weight;
  }
  return normalize(vector);
}

export class OfflineHashEmbedder implements EmbeddingProvider {
  readonly model = OFFLINE_MODEL;
  readonly key: string;

  constructor(
    readonly dimensions: number,
    private readonly lexicon: Lexicon = defaultLexicon(),
  ) {
    this.key = embeddingKey(OFFLINE_MODEL, dimensions);
  }

  async embed(texts: readonly string[], kind: 'document' | 'query'): Promise<number[][]> {
    // Typo-tolerant concept matching only for queries: articles are spelled as written.
    return texts.map((text) => hashEmbedding(text, this.dimensions, this.lexicon, kind === 'query'));
  }
}

/**
 * Query terms, grouped by the piece of the question they express, with weights. Words are stemmed by
 * Postgres with each candidate configuration and looked up in the store's vocabulary
 * (knowledge_terms) in one round trip; document frequencies give idf weights, so "gift card"
 * outweighs "order" in an order-centric help center.
 *
 * A word and the lexicon concept it expresses form one group ("stornieren" or c_cancel): a German
 * chunk saying "stornieren" and an English one saying "cancel" provide the same evidence, so the
 * group weighs the concept's (language-neutral) idf and counts once. Words of a multi-word concept
 * ("carte cadeau", ギフトカード) only count through the concept: "carte" alone is not a gift card.
 * Words the vocabulary does not know are corrected by trigram similarity against it (typos,
 * misspelt product codes) — the vocabulary is a short field, so this stays fast at 100k chunks.
 */
import type { Queryable } from '../../db/types.js';
import { cjkBigrams } from '../text/normalize.js';
import { conceptTerm } from '../lexicon/lexicon.js';
import { codeTerm } from '../index/chunk-fields.js';
import type { AnalyzedQuery } from './query-analysis.js';

export type TermSource = 'word' | 'concept' | 'cjk' | 'code' | 'typo';

/** Terms any one of which shows a chunk expresses this part of the question. */
export interface TermGroup {
  terms: string[];
  weight: number;
  /** Sum of the terms' document frequencies: how many chunks the group can reach. */
  df: number;
  source: TermSource;
}

export interface ResolvedTerms {
  groups: TermGroup[];
  /** Chunks in the store (the vocabulary's empty term). */
  chunkCount: number;
  /** Weight of everything the query asked for, matched or not (coverage denominator). */
  queryWeight: number;
}

const SOURCE_WEIGHT: Record<TermSource, number> = { word: 1, concept: 1, cjk: 0.5, code: 1.5, typo: 0.8 };
const FUZZY_CONCEPT_WEIGHT = 0.6;
/** Trigram similarity a vocabulary term needs to stand in for an unknown word. */
const TYPO_MIN_SIMILARITY = 0.3;

export const idf = (df: number, n: number) => Math.log(1 + (Math.max(n, df) - df + 0.5) / (df + 0.5));

interface Lookup {
  chunkCount: number;
  df: Map<string, number>;
  lexemes: Map<string, string[]>;
}

async function lookUp(db: Queryable, storeId: string, query: AnalyzedQuery): Promise<Lookup> {
  const raw = [...query.concepts.map((c) => conceptTerm(c.concept)), ...query.cjk, ...query.codes.map(codeTerm)];
  const { rows } = await db.query<{ word: string; term: string; df: number }>(
    `SELECT q.word, q.term, COALESCE(t.df, 0) AS df
     FROM (
       SELECT w.word, lx AS term
       FROM unnest($2::text[]) AS w(word)
       CROSS JOIN unnest($3::regconfig[]) AS c(cfg)
       CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(c.cfg, w.word))) AS lx
       UNION
       SELECT r.term, r.term FROM unnest($4::text[]) AS r(term)
       UNION
       SELECT '', ''
     ) q
     LEFT JOIN knowledge_terms t ON t.store_id = $1 AND t.term = q.term`,
    [storeId, query.words, query.configs, raw],
  );
  const lexemes = new Map<string, string[]>();
  for (const r of rows) if (r.df > 0 && query.words.includes(r.word)) lexemes.set(r.word, [...(lexemes.get(r.word) ?? []), r.term]);
  return {
    chunkCount: rows.find((r) => r.term === '' && r.word === '')?.df ?? 0,
    df: new Map(rows.map((r) => [r.term, r.df])),
    lexemes,
  };
}

export async function resolveTerms(db: Queryable, storeId: string, query: AnalyzedQuery): Promise<ResolvedTerms> {
  const { chunkCount, df, lexemes } = await lookUp(db, storeId, query);
  const dfOf = (term: string) => df.get(term) ?? 0;
  const groups: TermGroup[] = [];
  let queryWeight = 0;
  const push = (terms: string[], weight: number, source: TermSource) => {
    const known = [...new Set(terms)].filter((t) => dfOf(t) > 0);
    if (known.length > 0 && weight > 0) groups.push({ terms: known, weight, df: known.reduce((s, t) => s + dfOf(t), 0), source });
  };

  // Concepts first: each takes the words (or CJK bigrams) that expressed it.
  const claimedWords = new Set<string>();
  const claimedBigrams = new Set<string>();
  for (const concept of query.concepts) {
    const term = conceptTerm(concept.concept);
    const surfaceWords = concept.surface.split(' ').filter(Boolean);
    const single = surfaceWords.length === 1 && query.words.includes(surfaceWords[0]!);
    surfaceWords.forEach((w) => claimedWords.add(w));
    cjkBigrams(concept.surface).forEach((b) => claimedBigrams.add(b));
    const alternatives = [term, ...(single ? (lexemes.get(surfaceWords[0]!) ?? []) : [])];
    if (cjkBigrams(concept.surface).length === 1) alternatives.push(concept.surface);
    const scale = (concept.fuzzy ? FUZZY_CONCEPT_WEIGHT : 1) * SOURCE_WEIGHT.concept;
    // A concept the store never mentions still counts in the denominator: the question asks for it.
    const weight = idf(Math.max(dfOf(term), 1), chunkCount) * scale;
    queryWeight += weight;
    push(alternatives, weight, 'concept');
  }

  const unknownWords: string[] = [];
  for (const word of query.words) {
    if (claimedWords.has(word)) continue;
    const known = lexemes.get(word) ?? [];
    if (known.length === 0) {
      unknownWords.push(word);
      continue;
    }
    const weight = Math.max(...known.map((l) => idf(dfOf(l), chunkCount))) * SOURCE_WEIGHT.word;
    queryWeight += weight;
    push(known, weight, 'word');
  }
  for (const bigram of query.cjk) {
    if (claimedBigrams.has(bigram)) continue;
    const weight = idf(Math.max(dfOf(bigram), 1), chunkCount) * SOURCE_WEIGHT.cjk;
    queryWeight += weight;
    push([bigram], weight, 'cjk');
  }
  for (const code of query.codes) {
    const weight = idf(Math.max(dfOf(codeTerm(code)), 1), chunkCount) * SOURCE_WEIGHT.code;
    queryWeight += weight;
    push([codeTerm(code)], weight, 'code');
  }

  // Unknown words are typos or words this store never uses ("bicycle" in a clothing store): they
  // count against coverage, and so against answerability, unless a similar term stands in.
  const typoWords = unknownWords.filter((w) => w.length >= 4 && !/^\d+$/.test(w));
  const unknownCodes = query.codes.filter((c) => dfOf(codeTerm(c)) === 0).map(codeTerm);
  const corrections = typoWords.length + unknownCodes.length > 0 ? await correctTypos(db, storeId, [...typoWords, ...unknownCodes]) : [];
  for (const c of corrections) if (!df.has(c.term)) df.set(c.term, c.df);
  for (const word of unknownWords) {
    const weight = idf(1, chunkCount) * 0.5;
    queryWeight += weight;
    const similar = corrections.filter((c) => c.word === word);
    if (similar.length === 0) continue;
    const best = Math.max(...similar.map((s) => s.similarity));
    push(similar.map((s) => s.term), idf(Math.min(...similar.map((s) => s.df)), chunkCount) * SOURCE_WEIGHT.typo * best, 'typo');
  }
  for (const correction of corrections.filter((c) => unknownCodes.includes(c.word))) {
    push([correction.term], idf(correction.df, chunkCount) * SOURCE_WEIGHT.typo * correction.similarity, 'typo');
  }
  return { groups, chunkCount, queryWeight };
}

async function correctTypos(db: Queryable, storeId: string, words: string[]): Promise<Array<{ word: string; term: string; df: number; similarity: number }>> {
  const { rows } = await db.query<{ word: string; term: string; df: number; sim: number }>(
    `SELECT w.word, t.term, t.df, t.sim
     FROM unnest($2::text[]) AS w(word)
     CROSS JOIN LATERAL (
       SELECT k.term, k.df, similarity(k.term, w.word) AS sim
       FROM knowledge_terms k
       WHERE k.store_id = $1 AND k.term % w.word AND k.df > 0 AND k.term NOT LIKE 'c\\_%'
       ORDER BY sim DESC, k.term
       LIMIT 2
     ) t
     WHERE t.sim >= $3`,
    [storeId, words, TYPO_MIN_SIMILARITY],
  );
  return rows.map((r) => ({ word: r.word, term: r.term, df: Number(r.df), similarity: Number(r.sim) }));
}

/**
 * The ranked candidate lists fused by search: full-text (idf-weighted term presence, a match in the
 * title or headings counts almost double), trigram (chunks reached only through typo-corrected terms) and
 * vector (HNSW, cosine). Each list is capped before fusion; the full-text scan is bounded by
 * generating candidates from the rarest terms only, so common words cannot make it rank half the
 * index (the cost that dominates naive full-text search at 100k chunks).
 */
import type { Queryable } from '../../db/types.js';
import type { VectorSpace } from '../index/vector-index.js';
import type { TermGroup } from './terms.js';

export interface ChannelHit {
  id: string;
  articleId: string;
  locale: string;
  score: number;
}

export interface LexicalHits {
  fulltext: ChannelHit[];
  trigram: ChannelHit[];
  /** Matched term weight per chunk id (without the heading bonus), for answerability. */
  matchedWeight: Map<string, number>;
}

/** Sum of document frequencies the candidate-generating groups may reach. */
const CANDIDATE_BUDGET = 400;
/** Hard cap on rows scored, whatever the frequencies say. */
const MAX_SCORED_ROWS = 400;
/** Extra weight when a group matches the article title (A) or the chunk's headings (B): one check, not two. */
const HEADING_BONUS = 0.8;

const lexeme = (term: string, weights = '') => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${weights ? `:${weights}` : ''}`;
const anyOf = (terms: readonly string[], weights = '') => terms.map((t) => lexeme(t, weights)).join(' | ');
const num = (n: number) => (Number.isFinite(n) ? n.toFixed(5) : '0');

/** Rarest groups first, until their frequencies reach the budget (at least one group). */
export function candidateGroups(groups: readonly TermGroup[]): TermGroup[] {
  const sorted = [...groups].sort((a, b) => a.df - b.df || b.weight - a.weight);
  const picked: TermGroup[] = [];
  let total = 0;
  for (const group of sorted) {
    if (picked.length > 0 && total + group.df > CANDIDATE_BUDGET) break;
    picked.push(group);
    total += group.df;
  }
  return picked;
}

/**
 * Full-text and trigram lists. `alsoScore`: chunk ids (the vector channel's candidates) scored even
 * when the capped candidate generation missed them.
 */
export async function lexicalChannels(db: Queryable, storeId: string, groups: readonly TermGroup[], limit: number, alsoScore: readonly string[] = []): Promise<LexicalHits> {
  const empty: LexicalHits = { fulltext: [], trigram: [], matchedWeight: new Map() };
  if (groups.length === 0) return empty;
  const params: unknown[] = [storeId, candidateGroups(groups).map((g) => anyOf(g.terms)).join(' | '), alsoScore];
  const param = (value: string) => {
    params.push(value);
    return `$${params.length}::tsquery`;
  };
  const matched: string[] = [];
  const bonus: string[] = [];
  const typo: string[] = [];
  for (const group of groups) {
    const present = `CASE WHEN c.search_vector @@ ${param(anyOf(group.terms))} THEN ${num(group.weight)} ELSE 0 END`;
    matched.push(present);
    if (group.source === 'typo') typo.push(present);
    bonus.push(`CASE WHEN c.search_vector @@ ${param(anyOf(group.terms, 'AB'))} THEN ${num(group.weight * HEADING_BONUS)} ELSE 0 END`);
  }
  const sum = (exprs: string[]) => (exprs.length ? exprs.join(' + ') : '0');
  const { rows } = await db.query<{ id: string; article_id: string; locale: string; matched: number; bonus: number; typo: number }>(
    `SELECT s.* FROM (
       SELECT c.id, c.article_id, c.locale, c.ordinal, (${sum(matched)}) AS matched, (${sum(bonus)}) AS bonus, (${sum(typo)}) AS typo
       FROM (
         -- "|| ''": the vector is decompressed once per row here, not once per check below (2–3× faster).
         (SELECT id, article_id, locale, ordinal, search_vector || ''::tsvector AS search_vector FROM knowledge_chunks
          WHERE store_id = $1 AND search_vector @@ $2::tsquery AND NOT (id = ANY($3::uuid[]))
          LIMIT ${MAX_SCORED_ROWS})
         UNION ALL
         SELECT id, article_id, locale, ordinal, search_vector || ''::tsvector FROM knowledge_chunks WHERE store_id = $1 AND id = ANY($3::uuid[])
       ) c
     ) s
     WHERE s.matched > 0
     -- Ties broken by position in the store, not by physical row order: the same question gets the
     -- same answer on every node and after every re-import.
     ORDER BY s.matched + s.bonus DESC, s.article_id, s.locale, s.ordinal
     LIMIT ${Math.trunc(limit) * 2}`,
    params,
  );
  const hit = (r: (typeof rows)[number], score: number): ChannelHit => ({ id: r.id, articleId: r.article_id, locale: r.locale, score });
  return {
    fulltext: rows.slice(0, limit).map((r) => hit(r, Number(r.matched) + Number(r.bonus))),
    trigram: rows
      .filter((r) => Number(r.typo) > 0)
      .sort((a, b) => Number(b.typo) - Number(a.typo))
      .slice(0, limit)
      .map((r) => hit(r, Number(r.typo))),
    matchedWeight: new Map(rows.map((r) => [r.id, Number(r.matched)])),
  };
}

/**
 * Nearest chunks by cosine similarity among vectors of the configured model, through the HNSW index
 * (PostgreSQL and PGlite alike). knowledge_nearest_chunks (migration 043) sets, for this statement
 * only: enable_sort = off — otherwise the planner prefers an exact scan and sort on small tables,
 * several times slower because every vector is de-TOASTed; hnsw.ef_search (efSearchFor); and
 * pgvector's iterative scan, so that on a
 * database shared by many stores the neighbours found are this store's.
 */
export async function vectorChannel(db: Queryable, storeId: string, space: VectorSpace, vector: string, limit: number, efSearch: number): Promise<ChannelHit[]> {
  const { rows } = await db.query<{ id: string; article_id: string; locale: string; similarity: number }>(
    'SELECT id, article_id, locale, similarity FROM knowledge_nearest_chunks($1, $2, $3, $4, $5, $6)',
    [storeId, space.key, Math.trunc(space.dimensions), vector, Math.trunc(limit), Math.trunc(efSearch)],
  );
  // Iterative scans in relaxed order may return neighbours slightly out of order.
  return rows
    .map((r) => ({ id: r.id, articleId: r.article_id, locale: r.locale, score: Number(r.similarity) }))
    .sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId) || a.locale.localeCompare(b.locale));
}

/**
 * HNSW beam width: hashed vectors need a wider beam than pgvector's default 40 to match an exact
 * scan; on a large store the cost of a wide beam shows (≈ +4 ms at 100k chunks) and one channel of
 * three missing a neighbour matters less.
 */
export const efSearchFor = (chunks: number) => (chunks <= 20_000 ? 100 : 40);

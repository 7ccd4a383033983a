/**
 * Loads what passages are made of, in one query: the candidate chunks of the top articles, and for
 * each of those articles its chunk closest to the question in each preferred locale (the shopper's,
 * the store default) — how a Spanish shopper gets the Spanish translation of the English chunk
 * that matched, or any translation when no chunk of it was a candidate.
 */
import type { Queryable } from '../../db/types.js';
import { sqlLiteral, vectorExpression, type VectorSpace } from '../index/vector-index.js';

export interface PassageChunk {
  id: string;
  articleId: string;
  locale: string;
  title: string;
  headingPath: string[];
  content: string;
  /**
   * What the article translation's chunks were built from (content hash and analyzer, written with
   * the chunks); null before its first indexing.
   */
  articleHash: string | null;
}

export interface PassageChunkRequest {
  storeId: string;
  articleIds: string[];
  locales: string[];
  candidateIds: string[];
  space: VectorSpace;
  /** Query vector literal; without it the translation's first chunk stands in. */
  queryVector: string | undefined;
}

/** Map keyed by chunk id for candidates and by `articleId/locale` for the per-locale best chunks. */
export async function loadPassageChunks(db: Queryable, request: PassageChunkRequest): Promise<Map<string, PassageChunk>> {
  const distance = request.queryVector
    ? `CASE WHEN embedding_model = ${sqlLiteral(request.space.key)} THEN ${vectorExpression(request.space)} <=> $5::vector(${request.space.dimensions}) END`
    : 'NULL::float8';
  const { rows } = await db.query<{ kind: string; id: string; article_id: string; locale: string; title: string; heading_path: string[]; content: string; article_hash: string | null }>(
    `SELECT p.*, a.indexed_hash || '/' || a.indexed_analyzer AS article_hash FROM (
       (SELECT DISTINCT ON (article_id, locale) 'best' AS kind, id, article_pk, article_id, locale, title, heading_path, content
        FROM knowledge_chunks
        WHERE store_id = $1 AND article_id = ANY($2::text[]) AND locale = ANY($3::text[])
        ORDER BY article_id, locale, ${distance} ASC NULLS LAST, ordinal)
       UNION ALL
       (SELECT 'candidate', id, article_pk, article_id, locale, title, heading_path, content FROM knowledge_chunks WHERE id = ANY($4::uuid[]))
     ) p JOIN knowledge_articles a ON a.id = p.article_pk`,
    request.queryVector
      ? [request.storeId, request.articleIds, request.locales, request.candidateIds, request.queryVector]
      : [request.storeId, request.articleIds, request.locales, request.candidateIds],
  );
  const out = new Map<string, PassageChunk>();
  for (const r of rows) {
    const chunk = { id: r.id, articleId: r.article_id, locale: r.locale, title: r.title, headingPath: r.heading_path, content: r.content, articleHash: r.article_hash };
    out.set(r.kind === 'best' ? `${r.article_id}/${r.locale}` : r.id, chunk);
  }
  return out;
}

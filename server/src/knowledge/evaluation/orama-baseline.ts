/**
 * The comparison engine for the retrieval benchmark: Orama (@orama/orama 3), a well-known JavaScript
 * search engine, indexing the very same chunks and vectors as Parley — full text (its default
 * tokenizer) plus vector, searched in hybrid mode — so the difference measured is the retrieval
 * method, not the data.
 */
import { create, insertMultiple, search, type AnyOrama } from '@orama/orama';
import type { Queryable } from '../../db/types.js';

export interface OramaBaseline {
  db: AnyOrama;
  documents: number;
  buildMs: number;
}

interface ChunkRow {
  id: string;
  article_id: string;
  locale: string;
  title: string;
  heading_path: string[];
  content: string;
  embedding: string | null;
}

/** Reads a store's chunks (with their stored vectors) and indexes them in a fresh Orama instance. */
export async function buildOramaBaseline(db: Queryable, storeId: string, dimensions: number): Promise<OramaBaseline> {
  const orama = create({
    schema: { articleId: 'string', locale: 'string', title: 'string', headings: 'string', content: 'string', embedding: `vector[${dimensions}]` } as const,
  });
  let documents = 0;
  let buildMs = 0;
  const pageSize = 5000;
  for (let offset = 0; ; offset += pageSize) {
    const { rows } = await db.query<ChunkRow>(
      `SELECT id, article_id, locale, title, heading_path, content, embedding::text AS embedding FROM knowledge_chunks
       WHERE store_id = $1 AND embedding IS NOT NULL ORDER BY id LIMIT $2 OFFSET $3`,
      [storeId, pageSize, offset],
    );
    if (rows.length === 0) break;
    const docs = rows.map((r) => ({
      id: r.id,
      articleId: r.article_id,
      locale: r.locale,
      title: r.title,
      headings: r.heading_path.join(' '),
      content: r.content,
      embedding: JSON.parse(r.embedding!) as number[],
    }));
    const started = performance.now();
    await insertMultiple(orama, docs, 1000);
    buildMs += performance.now() - started;
    documents += docs.length;
  }
  return { db: orama, documents, buildMs };
}

/** Ranked article ids for a query: hybrid (text + the same query vector Parley uses) or text only. */
export async function searchOrama(baseline: OramaBaseline, text: string, vector: number[] | undefined, limit = 10): Promise<string[]> {
  const hasVector = vector !== undefined && vector.some((v) => v !== 0);
  const result = await search(baseline.db, {
    ...(hasVector
      ? { mode: 'hybrid' as const, term: text, vector: { value: vector, property: 'embedding' }, similarity: 0.05 }
      : { term: text }),
    limit: limit * 4,
  } as Parameters<typeof search>[1]);
  const ids: string[] = [];
  for (const hit of result.hits) {
    const articleId = (hit.document as { articleId: string }).articleId;
    if (!ids.includes(articleId)) ids.push(articleId);
    if (ids.length === limit) break;
  }
  return ids;
}

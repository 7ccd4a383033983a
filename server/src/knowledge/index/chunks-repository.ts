/** SQL for knowledge chunks: what the indexer reads and writes. */
import type { Queryable } from '../../db/types.js';
import type { TsConfig } from '../text/ts-config.js';

export interface ArticleSource {
  id: string;
  store_id: string;
  article_id: string;
  locale: string;
  title: string;
  body: string;
  format: 'markdown' | 'html';
  content_hash: string;
}

export interface ExistingChunk {
  id: string;
  article_pk: string;
  ordinal: number;
  content_hash: string;
}

export interface NewChunkRow {
  article_pk: string;
  store_id: string;
  article_id: string;
  locale: string;
  ordinal: number;
  title: string;
  heading_path: string[];
  content: string;
  content_hash: string;
  ts_config: TsConfig;
  title_text: string;
  path_text: string;
  body_text: string;
  extra_terms: string;
  /** pgvector literal '[…]' or null (embedded later). */
  embedding: string | null;
  embedding_model: string | null;
}

export async function loadArticleSources(q: Queryable, articlePks: readonly string[]): Promise<ArticleSource[]> {
  const { rows } = await q.query<ArticleSource>(
    `SELECT id, store_id, article_id, locale, title, body, format, content_hash FROM knowledge_articles WHERE id = ANY($1::uuid[]) ORDER BY store_id, id`,
    [articlePks],
  );
  return rows;
}

/** Current content hashes, locking the articles so a concurrent delete waits for this transaction. */
export async function lockArticleHashes(q: Queryable, articlePks: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await q.query<{ id: string; content_hash: string }>(
    `SELECT id, content_hash FROM knowledge_articles WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`,
    [articlePks],
  );
  return new Map(rows.map((r) => [r.id, r.content_hash]));
}

export async function loadExistingChunks(q: Queryable, articlePks: readonly string[]): Promise<ExistingChunk[]> {
  const { rows } = await q.query<ExistingChunk>(
    `SELECT id, article_pk, ordinal, content_hash FROM knowledge_chunks WHERE article_pk = ANY($1::uuid[]) ORDER BY article_pk, ordinal`,
    [articlePks],
  );
  return rows;
}

export async function deleteChunks(q: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length) await q.query('DELETE FROM knowledge_chunks WHERE id = ANY($1::uuid[])', [ids]);
}

/** Gives kept chunks their new positions; negative first, so swapped ordinals never collide. */
export async function moveChunks(q: Queryable, moves: ReadonlyArray<{ id: string; ordinal: number }>): Promise<void> {
  if (!moves.length) return;
  const ids = moves.map((m) => m.id);
  await q.query('UPDATE knowledge_chunks SET ordinal = -1 - ordinal WHERE id = ANY($1::uuid[])', [ids]);
  await q.query(
    `UPDATE knowledge_chunks c SET ordinal = m.ordinal, updated_at = now()
     FROM unnest($1::uuid[], $2::int[]) AS m(id, ordinal) WHERE c.id = m.id`,
    [ids, moves.map((m) => m.ordinal)],
  );
}

const INSERT_BATCH = 400;

export async function insertChunks(q: Queryable, rows: readonly NewChunkRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = rows.slice(start, start + INSERT_BATCH);
    await q.query(
      `INSERT INTO knowledge_chunks (store_id, article_pk, article_id, locale, ordinal, heading_path, content, content_hash, title,
         search_vector, embedding, embedding_model)
       SELECT r.store_id, r.article_pk, r.article_id, r.locale, r.ordinal, r.heading_path, r.content, r.content_hash, r.title,
         setweight(to_tsvector(r.ts_config::regconfig, r.title_text), 'A') || setweight(to_tsvector(r.ts_config::regconfig, r.path_text), 'B')
           || to_tsvector(r.ts_config::regconfig, r.body_text) || r.extra_terms::tsvector,
         r.embedding::vector, r.embedding_model
       FROM jsonb_to_recordset($1::jsonb) AS r(store_id text, article_pk uuid, article_id text, locale text, ordinal int, heading_path text[],
         content text, content_hash text, title text, ts_config text, title_text text, path_text text, body_text text, extra_terms text, embedding text,
         embedding_model text)`,
      [JSON.stringify(batch)],
    );
  }
}

export async function markArticlesIndexed(q: Queryable, entries: ReadonlyArray<{ id: string; hash: string }>, analyzer: string): Promise<void> {
  if (!entries.length) return;
  await q.query(
    `UPDATE knowledge_articles a SET indexed_hash = e.hash, indexed_analyzer = $3
     FROM unnest($1::uuid[], $2::text[]) AS e(id, hash) WHERE a.id = e.id`,
    [entries.map((e) => e.id), entries.map((e) => e.hash), analyzer],
  );
}

/** Articles whose chunks were built from other content or by another analyzer. */
export async function staleArticleIds(q: Queryable, storeId: string | undefined, analyzer: string): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM knowledge_articles
     WHERE ($1::text IS NULL OR store_id = $1) AND (indexed_hash IS DISTINCT FROM content_hash OR indexed_analyzer IS DISTINCT FROM $2)
     ORDER BY store_id, id`,
    [storeId ?? null, analyzer],
  );
  return rows.map((r) => r.id);
}

export interface ChunkToEmbed {
  id: string;
  title: string;
  heading_path: string[];
  content: string;
}

export async function chunksWithStaleEmbedding(q: Queryable, storeId: string | undefined, key: string, limit: number): Promise<ChunkToEmbed[]> {
  const { rows } = await q.query<ChunkToEmbed>(
    `SELECT id, title, heading_path, content FROM knowledge_chunks
     WHERE ($1::text IS NULL OR store_id = $1) AND embedding_model IS DISTINCT FROM $2
     ORDER BY id LIMIT $3`,
    [storeId ?? null, key, limit],
  );
  return rows;
}

export async function saveEmbeddings(q: Queryable, key: string, entries: ReadonlyArray<{ id: string; vector: string }>): Promise<void> {
  if (!entries.length) return;
  await q.query(
    `UPDATE knowledge_chunks c SET embedding = e.vector::vector, embedding_model = $3
     FROM unnest($1::uuid[], $2::text[]) AS e(id, vector) WHERE c.id = e.id`,
    [entries.map((e) => e.id), entries.map((e) => e.vector), key],
  );
}

/** Serialises index writes per store: term counts are updated in place by triggers. */
export async function lockStoreIndex(q: Queryable, storeId: string): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext('parley:knowledge:' || $1))`, [storeId]);
}

/** pgvector's text form, with enough precision for cosine ranking (4 digits) and a fraction of the bytes. */
export const vectorLiteral = (vector: readonly number[]) => `[${vector.map((v) => (v === 0 ? '0' : v.toPrecision(4))).join(',')}]`;

import { createHash } from 'node:crypto';
import type { Queryable } from '../db/types.js';

export interface ArticleInput {
  articleId: string;
  locale: string;
  slug: string;
  title: string;
  body: string;
  format: 'markdown' | 'html';
  tags: string[];
  source: 'import' | 'api';
  updatedAt?: string | undefined;
}

export interface ArticleRow {
  id: string;
  store_id: string;
  article_id: string;
  locale: string;
  slug: string;
  title: string;
  body: string;
  format: 'markdown' | 'html';
  tags: string[];
  source: string;
  content_hash: string;
  updated_at: Date;
}

export const articleHash = (a: Pick<ArticleInput, 'title' | 'body' | 'tags' | 'format'>) =>
  createHash('sha256').update(JSON.stringify([a.title, a.body, a.tags, a.format])).digest('hex');

/** Inserts or updates an article; `changed` is false when the content is identical (nothing to re-index). */
export async function upsertArticle(q: Queryable, storeId: string, a: ArticleInput): Promise<{ id: string; changed: boolean }> {
  const hash = articleHash(a);
  const existing = await q.query<{ id: string; content_hash: string; slug: string }>(
    'SELECT id, content_hash, slug FROM knowledge_articles WHERE store_id = $1 AND article_id = $2 AND locale = $3',
    [storeId, a.articleId, a.locale],
  );
  const row = existing.rows[0];
  if (row && row.content_hash === hash && row.slug === a.slug) return { id: row.id, changed: false };
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO knowledge_articles (store_id, article_id, locale, slug, title, body, format, tags, source, content_hash, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11::timestamptz, now()))
     ON CONFLICT (store_id, article_id, locale) DO UPDATE SET slug = EXCLUDED.slug, title = EXCLUDED.title, body = EXCLUDED.body,
       format = EXCLUDED.format, tags = EXCLUDED.tags, source = EXCLUDED.source, content_hash = EXCLUDED.content_hash,
       updated_at = EXCLUDED.updated_at
     RETURNING id`,
    [storeId, a.articleId, a.locale, a.slug, a.title, a.body, a.format, a.tags, a.source, hash, a.updatedAt ?? null],
  );
  return { id: rows[0]!.id, changed: row?.content_hash !== hash };
}

/** Removes imported articles that are no longer in the store directory. Articles created through the API stay. */
export async function deleteImportedArticlesExcept(q: Queryable, storeId: string, keep: Array<{ articleId: string; locale: string }>): Promise<number> {
  const keys = keep.map((k) => `${k.articleId}/${k.locale}`);
  const { affectedRows } = await q.query(
    `DELETE FROM knowledge_articles WHERE store_id = $1 AND source = 'import' AND NOT ((article_id || '/' || locale) = ANY($2))`,
    [storeId, keys],
  );
  return affectedRows;
}

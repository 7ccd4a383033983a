/** Reading and deleting help articles (writes go through repositories/articles.ts upsertArticle). */
import type { Queryable } from '../../db/types.js';

export interface ArticleView {
  articleId: string;
  locale: string;
  title: string;
  slug: string;
  format: 'markdown' | 'html';
  tags: string[];
  source: string;
  updatedAt: string;
  /** Present when reading one article; omitted from lists. */
  body?: string;
  /** Chunks currently searchable for this translation. */
  chunks?: number;
}

interface ArticleRow {
  article_id: string;
  locale: string;
  title: string;
  slug: string;
  format: 'markdown' | 'html';
  tags: string[];
  source: string;
  updated_at: Date | string;
  body?: string;
  chunks?: number;
}

const toView = (r: ArticleRow): ArticleView => ({
  articleId: r.article_id,
  locale: r.locale,
  title: r.title,
  slug: r.slug,
  format: r.format,
  tags: r.tags,
  source: r.source,
  updatedAt: new Date(r.updated_at).toISOString(),
  ...(r.body !== undefined ? { body: r.body } : {}),
  ...(r.chunks !== undefined ? { chunks: Number(r.chunks) } : {}),
});

export interface ArticleFilter {
  locale?: string | undefined;
  tag?: string | undefined;
  /** Case-insensitive substring of the title. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function listArticles(q: Queryable, storeId: string, filter: ArticleFilter): Promise<{ articles: ArticleView[]; total: number }> {
  const where = `store_id = $1 AND ($2::text IS NULL OR locale = $2) AND ($3::text IS NULL OR $3 = ANY(tags))
    AND ($4::text IS NULL OR title ILIKE '%' || replace(replace(replace($4, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`;
  const params = [storeId, filter.locale ?? null, filter.tag ?? null, filter.q ?? null];
  const [{ rows }, count] = await Promise.all([
    q.query<ArticleRow>(
      `SELECT article_id, locale, title, slug, format, tags, source, updated_at FROM knowledge_articles WHERE ${where}
       ORDER BY article_id, locale LIMIT $5 OFFSET $6`,
      [...params, filter.limit, filter.offset],
    ),
    q.query<{ total: number }>(`SELECT count(*)::int AS total FROM knowledge_articles WHERE ${where}`, params),
  ]);
  return { articles: rows.map(toView), total: count.rows[0]?.total ?? 0 };
}

/** All translations of an article (or one locale), with bodies and chunk counts. */
export async function getArticle(q: Queryable, storeId: string, articleId: string, locale?: string): Promise<ArticleView[]> {
  const { rows } = await q.query<ArticleRow>(
    `SELECT a.article_id, a.locale, a.title, a.slug, a.format, a.tags, a.source, a.updated_at, a.body,
       (SELECT count(*) FROM knowledge_chunks c WHERE c.article_pk = a.id)::int AS chunks
     FROM knowledge_articles a WHERE a.store_id = $1 AND a.article_id = $2 AND ($3::text IS NULL OR a.locale = $3)
     ORDER BY a.locale`,
    [storeId, articleId, locale ?? null],
  );
  return rows.map(toView);
}

export async function articleExists(q: Queryable, storeId: string, articleId: string, locale: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM knowledge_articles WHERE store_id = $1 AND article_id = $2 AND locale = $3', [storeId, articleId, locale]);
  return rows.length > 0;
}

/** Deletes one translation, or all of them when locale is undefined; chunks go with them (cascade). */
export async function deleteArticle(q: Queryable, storeId: string, articleId: string, locale?: string): Promise<number> {
  const { affectedRows } = await q.query(
    'DELETE FROM knowledge_articles WHERE store_id = $1 AND article_id = $2 AND ($3::text IS NULL OR locale = $3)',
    [storeId, articleId, locale ?? null],
  );
  return affectedRows;
}

export async function storeLocales(q: Queryable, storeId: string): Promise<string[] | undefined> {
  const { rows } = await q.query<{ locales: string[] }>('SELECT locales FROM stores WHERE id = $1', [storeId]);
  return rows[0]?.locales;
}

/**
 * Store admins' article management: create, replace, delete, list and read, each write followed
 * by indexing before it returns, so a change is searchable as soon as the request completes.
 */
import type { Db } from '../../db/types.js';
import { ParleyError } from '../../errors.js';
import { upsertArticle } from '../../repositories/articles.js';
import type { KnowledgeIndexer } from '../index/indexer.js';
import { validateArticle, type ArticleDraft } from './article-input.js';
import { articleExists, deleteArticle, getArticle, listArticles, storeLocales, type ArticleFilter, type ArticleView } from './articles-repository.js';

export interface ArticleWriteResult {
  article: ArticleView;
  created: boolean;
  /** Chunks added and removed by re-indexing (0/0 when the content did not change). */
  index: { added: number; removed: number; kept: number };
}

export class ArticlesService {
  constructor(
    private readonly db: Db,
    private readonly indexer: KnowledgeIndexer,
  ) {}

  async list(storeId: string, filter: ArticleFilter): Promise<{ articles: ArticleView[]; total: number }> {
    await this.locales(storeId);
    return listArticles(this.db, storeId, filter);
  }

  async get(storeId: string, articleId: string, locale?: string): Promise<ArticleView[]> {
    const found = await getArticle(this.db, storeId, articleId, locale);
    if (found.length === 0) throw new ParleyError('NOT_FOUND', locale ? `No article "${articleId}" in ${locale}` : `No article "${articleId}"`);
    return found;
  }

  /** Creates a new translation; an existing (id, locale) is a conflict — replace it with put(). */
  async create(storeId: string, draft: ArticleDraft): Promise<ArticleWriteResult> {
    const article = validateArticle(draft, await this.locales(storeId));
    if (await articleExists(this.db, storeId, article.articleId, article.locale)) {
      throw new ParleyError('CONFLICT', `Article "${article.articleId}" already exists in ${article.locale}; use PUT to replace it`);
    }
    return this.write(storeId, draft, true);
  }

  /** Creates or replaces the translation named by the URL (the URL wins over the body and front matter). */
  async put(storeId: string, articleId: string, locale: string, draft: ArticleDraft): Promise<ArticleWriteResult> {
    const created = !(await articleExists(this.db, storeId, articleId, locale));
    return this.write(storeId, { ...draft, articleId, locale }, created);
  }

  async delete(storeId: string, articleId: string, locale?: string): Promise<number> {
    const removed = await deleteArticle(this.db, storeId, articleId, locale);
    if (removed === 0) throw new ParleyError('NOT_FOUND', locale ? `No article "${articleId}" in ${locale}` : `No article "${articleId}"`);
    return removed;
  }

  private async write(storeId: string, draft: ArticleDraft, created: boolean): Promise<ArticleWriteResult> {
    const article = validateArticle(draft, await this.locales(storeId));
    const { id } = await upsertArticle(this.db, storeId, { ...article, source: 'api' });
    const report = await this.indexer.indexArticles([id]);
    const [view] = await getArticle(this.db, storeId, article.articleId, article.locale);
    return { article: view!, created, index: { added: report.chunksAdded, removed: report.chunksRemoved, kept: report.chunksKept } };
  }

  private async locales(storeId: string): Promise<string[]> {
    const locales = await storeLocales(this.db, storeId);
    if (!locales) throw new ParleyError('STORE_NOT_FOUND');
    return locales;
  }
}

/**
 * The knowledge engine behind one interface (`app.knowledge`): hybrid search for the assistant and
 * the inbox copilot, extractive answers, article management for store admins, and indexing for
 * imports. See README.md in this folder for the API and the knobs.
 */
import type { Db } from '../db/types.js';
import { defaultLexicon, type Lexicon } from './lexicon/lexicon.js';
import type { EmbeddingProvider } from './embed/provider.js';
import { KnowledgeIndexer, type IndexReport, type IndexerLogger } from './index/indexer.js';
import { finishBulkLoad } from './index/bulk-load.js';
import { ArticlesService } from './articles/articles-service.js';
import { KnowledgeSearch, type Passage, type SearchRequest, type SearchResult } from './search/search-service.js';
import { extractAnswer, DEFAULT_EXTRACT_CHARS } from './search/extract.js';
import type { Answerability } from './search/answerability.js';

export interface AnswerRequest extends SearchRequest {
  /** Quote this article (e.g. the one the conversation is about) instead of the best match. */
  articleId?: string | undefined;
  /** Length budget of the extract in characters. */
  maxChars?: number | undefined;
}

export interface ExtractiveAnswer {
  passage: Passage;
  /** The sentences, list items or table rows (with header) of the passage that answer the question. */
  text: string;
  answerability: Answerability;
  queryLanguage?: string | undefined;
}

export interface KnowledgeLogger extends IndexerLogger {
  info(obj: object, msg: string): void;
}

export class KnowledgeService {
  readonly indexer: KnowledgeIndexer;
  readonly articles: ArticlesService;
  private readonly searcher: KnowledgeSearch;

  constructor(
    private readonly db: Db,
    readonly embedder: EmbeddingProvider,
    private readonly log?: KnowledgeLogger,
    readonly lexicon: Lexicon = defaultLexicon(),
  ) {
    this.indexer = new KnowledgeIndexer(db, embedder, lexicon, log);
    this.articles = new ArticlesService(db, this.indexer);
    this.searcher = new KnowledgeSearch(db, embedder, lexicon, log);
  }

  /** Ranked passages (one per article) for a question in any supported language. */
  search(request: SearchRequest): Promise<SearchResult> {
    return this.searcher.search(request);
  }

  /** The best passage trimmed to what answers the question; undefined when nothing matched. */
  async answer(request: AnswerRequest): Promise<ExtractiveAnswer | undefined> {
    const result = await this.search({ ...request, limit: request.articleId ? 20 : 3 });
    const passage = request.articleId ? result.passages.find((p) => p.articleId === request.articleId) : result.passages[0];
    if (!passage) return undefined;
    return {
      passage,
      text: extractAnswer(passage.content, request.query, this.lexicon, request.maxChars ?? DEFAULT_EXTRACT_CHARS),
      answerability: result.answerability,
      queryLanguage: result.queryLanguage,
    };
  }

  /** The part of a passage that answers the question (for a passage from an earlier search). */
  extract(passage: Passage, question: string, maxChars = DEFAULT_EXTRACT_CHARS): string {
    return extractAnswer(passage.content, question, this.lexicon, maxChars);
  }

  /** Re-indexes these articles (row ids), e.g. the ones an import changed. */
  indexArticles(articlePks: readonly string[]): Promise<IndexReport> {
    return this.indexer.indexArticles(articlePks);
  }

  /** Re-indexes whatever changed since it was last indexed (content or analyzer), then embeds stale vectors. */
  async catchUp(storeId?: string): Promise<IndexReport> {
    const report = await this.indexer.indexStale(storeId);
    await this.indexer.reembedStale(storeId);
    return report;
  }

  /** Creates the HNSW index for the configured model if it is missing. */
  ensureVectorIndex(): Promise<boolean> {
    return this.indexer.ensureVectorIndex();
  }

  /** At start: leftovers of an interrupted bulk load, the vector index, then (in the background) anything indexed by another model or analyzer. */
  async start(): Promise<void> {
    await finishBulkLoad(this.db);
    await this.ensureVectorIndex();
    this.catchUp()
      .then((report) => {
        if (report.articles > 0) this.log?.info({ report }, 'knowledge: re-indexed stale articles');
      })
      .catch((err: unknown) => this.log?.warn({ err }, 'knowledge: background re-indexing failed'));
  }

  /** Forget cached store settings (fusion weights) after they change. */
  invalidateStore(storeId: string): void {
    this.searcher.invalidateStore(storeId);
  }
}

/**
 * Keeps knowledge_chunks in step with knowledge_articles, re-indexing only what changed: an
 * article is chunked again, chunks are matched to the stored ones by content hash, unchanged chunks
 * stay (with their vectors, only moved if their position changed), vanished ones are deleted and new
 * ones embedded and inserted. Embeddings are computed before the write transaction (a remote model
 * may be slow); the transaction re-reads the stored state under a per-store lock, so concurrent syncs
 * of the same article cannot duplicate chunks.
 */
import type { Db } from '../../db/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { chunkArticle } from '../chunk/chunker.js';
import { chunkEmbeddingText, type EmbeddingProvider } from '../embed/provider.js';
import { ANALYZER_VERSION, chunkContentHash, chunkFields } from './chunk-fields.js';
import { beginBulkLoad, bulkTransactionSettings, chunkCount, finishBulkLoad, recountTerms } from './bulk-load.js';
import { dropVectorIndex, ensureVectorIndex, vectorIndexExists } from './vector-index.js';
import {
  chunksWithStaleEmbedding,
  deleteChunks,
  insertChunks,
  loadArticleSources,
  loadExistingChunks,
  lockArticleHashes,
  lockStoreIndex,
  markArticlesIndexed,
  moveChunks,
  saveEmbeddings,
  staleArticleIds,
  vectorLiteral,
  type ArticleSource,
  type ExistingChunk,
  type NewChunkRow,
} from './chunks-repository.js';

export interface IndexReport {
  articles: number;
  chunksAdded: number;
  chunksRemoved: number;
  chunksKept: number;
  /** New chunks stored without a vector because the embedding provider failed (retried by reembedStale). */
  embeddingFailures: number;
}

export interface IndexerLogger {
  warn(obj: object, msg: string): void;
}

interface PreparedBatch {
  sources: ArticleSource[];
  drafts: Map<string, DraftChunk[]>;
  /** Vector literals by chunk content hash. */
  vectors: Map<string, string>;
  failed: number;
}

export interface DraftChunk {
  articlePk: string;
  ordinal: number;
  headingPath: string[];
  content: string;
  hash: string;
}

/** Articles per write transaction: PGlite has one connection, so searches wait while one runs. */
const ARTICLES_PER_TRANSACTION = 40;
/** From this many articles a sync is a bulk load (see bulk-load.ts), with larger transactions. */
const BULK_ARTICLES = 200;
const BULK_ARTICLES_PER_TRANSACTION = 400;
/** Rough chunks per article, to decide whether rebuilding the HNSW index beats inserting into it. */
const CHUNKS_PER_ARTICLE_ESTIMATE = 5;
const EMBED_BATCH = 256;
const ANALYZE_AFTER_CHANGES = 200;

export const emptyReport = (): IndexReport => ({ articles: 0, chunksAdded: 0, chunksRemoved: 0, chunksKept: 0, embeddingFailures: 0 });

function addReports(a: IndexReport, b: IndexReport): IndexReport {
  return {
    articles: a.articles + b.articles,
    chunksAdded: a.chunksAdded + b.chunksAdded,
    chunksRemoved: a.chunksRemoved + b.chunksRemoved,
    chunksKept: a.chunksKept + b.chunksKept,
    embeddingFailures: a.embeddingFailures + b.embeddingFailures,
  };
}

export class KnowledgeIndexer {
  constructor(
    private readonly db: Db,
    private readonly embedder: EmbeddingProvider,
    private readonly lexicon: Lexicon,
    private readonly log?: IndexerLogger,
  ) {}

  private vectorIndex: Promise<boolean> | undefined;

  /** Creates the HNSW index for the configured model if missing (once per process unless dropped). */
  ensureVectorIndex(): Promise<boolean> {
    this.vectorIndex ??= ensureVectorIndex(this.db, this.embedder).catch((err: unknown) => {
      this.vectorIndex = undefined;
      throw err;
    });
    return this.vectorIndex;
  }

  /** Brings the chunks of these articles (row ids) up to date. Unknown or deleted ids are skipped. */
  async indexArticles(articlePks: readonly string[]): Promise<IndexReport> {
    let report = emptyReport();
    const unique = [...new Set(articlePks)];
    const bulk = unique.length >= BULK_ARTICLES;
    let rebuildVectors = false;
    if (bulk) {
      await beginBulkLoad(this.db);
      rebuildVectors = unique.length * CHUNKS_PER_ARTICLE_ESTIMATE >= (await chunkCount(this.db)) && (await vectorIndexExists(this.db, this.embedder));
      if (rebuildVectors) {
        await dropVectorIndex(this.db, this.embedder);
        this.vectorIndex = undefined;
      }
    }
    const stores = new Set<string>();
    try {
      const size = bulk ? BULK_ARTICLES_PER_TRANSACTION : ARTICLES_PER_TRANSACTION;
      // Pipelined: the next batch is chunked and embedded (JavaScript) while the database writes; a
      // bulk load on PostgreSQL writes two batches at once (term counts are deferred, so the
      // writers share nothing but the tables).
      const writers = bulk && this.db.kind === 'postgres' ? 2 : 1;
      const inflight: Array<Promise<void>> = [];
      let next = unique.length > 0 ? this.prepare(unique.slice(0, size)) : undefined;
      for (let start = 0; next; start += size) {
        const prepared = await next;
        next = start + size < unique.length ? this.prepare(unique.slice(start + size, start + 2 * size)) : undefined;
        prepared.sources.forEach((a) => stores.add(a.store_id));
        inflight.push(this.write(prepared, bulk).then((r) => void (report = addReports(report, r))));
        if (inflight.length >= writers) await inflight.shift();
      }
      await Promise.all(inflight);
    } finally {
      if (bulk) {
        for (const store of stores) await recountTerms(this.db, store);
        await finishBulkLoad(this.db);
      }
      if (rebuildVectors) await this.ensureVectorIndex();
    }
    // PGlite has no autovacuum: without fresh statistics after a bulk change the planner misjudges
    // the search indexes (e.g. a sequential scan instead of HNSW).
    if (report.chunksAdded + report.chunksRemoved >= ANALYZE_AFTER_CHANGES) await this.db.exec('ANALYZE knowledge_chunks; ANALYZE knowledge_terms');
    return report;
  }

  /** Re-indexes every article whose content or analyzer changed since it was last indexed. */
  async indexStale(storeId?: string): Promise<IndexReport> {
    return this.indexArticles(await staleArticleIds(this.db, storeId, ANALYZER_VERSION));
  }

  /** Embeds chunks whose vector is missing or from another model; returns how many were embedded. */
  async reembedStale(storeId?: string): Promise<number> {
    let total = 0;
    for (;;) {
      const chunks = await chunksWithStaleEmbedding(this.db, storeId, this.embedder.key, EMBED_BATCH);
      if (chunks.length === 0) return total;
      const vectors = await this.embedder.embed(
        chunks.map((c) => chunkEmbeddingText(c.title, c.heading_path, c.content)),
        'document',
      );
      await saveEmbeddings(this.db, this.embedder.key, chunks.map((c, i) => ({ id: c.id, vector: vectorLiteral(vectors[i]!) })));
      total += chunks.length;
    }
  }

  /** Reads a batch of articles, chunks them and embeds the chunks not stored yet. */
  private async prepare(articlePks: string[]): Promise<PreparedBatch> {
    const sources = await loadArticleSources(this.db, articlePks);
    const drafts = new Map(sources.map((a) => [a.id, this.draftsOf(a)]));
    const existing = sources.length ? await loadExistingChunks(this.db, sources.map((a) => a.id)) : [];
    const storedHashes = new Set(existing.map((c) => c.content_hash));
    const toEmbed = [...drafts.values()].flat().filter((d) => !storedHashes.has(d.hash));
    const { vectors, failed } = await this.embedDrafts(toEmbed, new Map(sources.map((a) => [a.id, a])));
    return { sources, drafts, vectors, failed };
  }

  private async write({ sources, drafts, vectors, failed }: PreparedBatch, bulk: boolean): Promise<IndexReport> {
    if (sources.length === 0) return emptyReport();
    const report = emptyReport();
    report.embeddingFailures = failed;
    const stores = [...new Set(sources.map((a) => a.store_id))].sort();
    await this.db.transaction(async (tx) => {
      // The store lock serialises term-count updates; bulk loads defer those and recount at the end.
      if (bulk) await bulkTransactionSettings(tx);
      else for (const store of stores) await lockStoreIndex(tx, store);
      const current = await lockArticleHashes(tx, sources.map((a) => a.id));
      // Skip articles deleted or changed since they were read: whoever changed them syncs them again.
      const live = sources.filter((a) => current.get(a.id) === a.content_hash);
      const stored = await loadExistingChunks(tx, live.map((a) => a.id));
      const rows: NewChunkRow[] = [];
      const removed: string[] = [];
      const moves: Array<{ id: string; ordinal: number }> = [];
      for (const article of live) {
        const plan = planArticle(drafts.get(article.id)!, stored.filter((c) => c.article_pk === article.id));
        removed.push(...plan.remove);
        moves.push(...plan.move);
        report.chunksKept += plan.keep;
        for (const draft of plan.insert) rows.push(this.rowOf(article, draft, vectors.get(draft.hash)));
      }
      await deleteChunks(tx, removed);
      await moveChunks(tx, moves);
      await insertChunks(tx, rows);
      await markArticlesIndexed(tx, live.map((a) => ({ id: a.id, hash: a.content_hash })), ANALYZER_VERSION);
      report.articles = live.length;
      report.chunksAdded = rows.length;
      report.chunksRemoved = removed.length;
    });
    return report;
  }

  private draftsOf(article: ArticleSource): DraftChunk[] {
    return chunkArticle(article).map((c) => ({
      articlePk: article.id,
      ordinal: c.ordinal,
      headingPath: c.headingPath,
      content: c.content,
      hash: chunkContentHash(article.title, c.headingPath, c.content),
    }));
  }

  private async embedDrafts(drafts: DraftChunk[], articles: Map<string, ArticleSource>): Promise<{ vectors: Map<string, string>; failed: number }> {
    const vectors = new Map<string, string>();
    const unique = [...new Map(drafts.map((d) => [d.hash, d])).values()];
    try {
      for (let start = 0; start < unique.length; start += EMBED_BATCH) {
        const batch = unique.slice(start, start + EMBED_BATCH);
        const texts = batch.map((d) => chunkEmbeddingText(articles.get(d.articlePk)!.title, d.headingPath, d.content));
        const result = await this.embedder.embed(texts, 'document');
        batch.forEach((d, i) => vectors.set(d.hash, vectorLiteral(result[i]!)));
      }
      return { vectors, failed: 0 };
    } catch (err) {
      // Lexical search works without vectors; reembedStale fills them in once the model answers.
      this.log?.warn({ err, model: this.embedder.model }, 'knowledge: embedding failed; chunks stored without vectors');
      return { vectors, failed: unique.length - vectors.size };
    }
  }

  private rowOf(article: ArticleSource, draft: DraftChunk, vector: string | undefined): NewChunkRow {
    const fields = chunkFields(this.lexicon, article.locale, article.title, draft.headingPath, draft.content);
    return {
      article_pk: article.id,
      store_id: article.store_id,
      article_id: article.article_id,
      locale: article.locale,
      ordinal: draft.ordinal,
      title: article.title,
      heading_path: draft.headingPath,
      content: draft.content,
      content_hash: draft.hash,
      ts_config: fields.tsConfig,
      title_text: fields.titleText,
      path_text: fields.pathText,
      body_text: fields.bodyText,
      extra_terms: fields.extraTerms,
      embedding: vector ?? null,
      embedding_model: vector ? this.embedder.key : null,
    };
  }
}

export interface ArticlePlan {
  insert: DraftChunk[];
  remove: string[];
  move: Array<{ id: string; ordinal: number }>;
  keep: number;
}

/** Pairs new chunks with stored ones of equal content hash (in order, for repeated passages). */
export function planArticle(drafts: readonly DraftChunk[], stored: readonly ExistingChunk[]): ArticlePlan {
  const byHash = new Map<string, ExistingChunk[]>();
  for (const chunk of stored) {
    const list = byHash.get(chunk.content_hash);
    if (list) list.push(chunk);
    else byHash.set(chunk.content_hash, [chunk]);
  }
  const plan: ArticlePlan = { insert: [], remove: [], move: [], keep: 0 };
  for (const draft of drafts) {
    const match = byHash.get(draft.hash)?.shift();
    if (!match) plan.insert.push(draft);
    else {
      plan.keep++;
      if (match.ordinal !== draft.ordinal) plan.move.push({ id: match.id, ordinal: draft.ordinal });
    }
  }
  for (const rest of byHash.values()) plan.remove.push(...rest.map((c) => c.id));
  return plan;
}


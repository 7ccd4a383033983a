/**
 * Hybrid search over a store's help center: analyse the question, run the full-text/trigram and
 * vector channels, fuse them, group by article (translations are one article), show each article in
 * the shopper's language when it exists (else the store's default, else the language that matched),
 * and score answerability.
 */
import type { Db } from '../../db/types.js';
import { ParleyError } from '../../errors.js';
import { baseLanguage, toLocale } from '../../pipeline/language/index.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { EmbeddingProvider } from '../embed/provider.js';
import { vectorLiteral } from '../index/chunks-repository.js';
import { analyzeQuery, isEmptyQuery } from './query-analysis.js';
import { resolveTerms } from './terms.js';
import { efSearchFor, lexicalChannels, vectorChannel, type ChannelHit } from './channels.js';
import { fusionSettingsFrom, maxFusedScore, reciprocalRankFusion, type ChannelName, type ChannelVote, type FusedHit, type FusionSettings } from './fusion.js';
import { answerability, NO_ANSWER, type Answerability } from './answerability.js';
import { loadPassageChunks, type PassageChunk } from './passage-chunks.js';

export interface SearchRequest {
  storeId: string;
  query: string;
  /** The shopper's locale; its translation of an article is preferred. */
  locale?: string | undefined;
  /** Passages to return (one per article), 1–20; default 5. */
  limit?: number | undefined;
  /** Restrict to some channels (benchmarks, diagnostics); default all. */
  channels?: readonly ChannelName[] | undefined;
}

export interface Passage {
  articleId: string;
  title: string;
  /** Language of this passage's text — the source language to cite. */
  locale: string;
  headingPath: string[];
  content: string;
  /** Fused relevance on a 0..1 scale (1 = first in every channel). */
  score: number;
  /** How each channel ranked this article's best chunk; `translation` when the passage is its translation. */
  channels: Partial<Record<ChannelName | 'translation', ChannelVote>>;
  /** True when the passage is in another language than the question. */
  crossLingual: boolean;
  /** Changes whenever the article translation's chunks do (a cache key); absent before indexing. */
  articleHash?: string | undefined;
}

export interface SearchResult {
  passages: Passage[];
  answerability: Answerability;
  /** The language the question was detected in. */
  queryLanguage?: string | undefined;
}

export interface SearchLogger {
  warn(obj: object, msg: string): void;
}

interface StoreSearchInfo {
  defaultLocale: string;
  fusion: FusionSettings;
  /** Chunks in the store (for the HNSW beam width). */
  chunks: number;
  loadedAt: number;
}

/** Candidates per channel before fusion. */
const CANDIDATES_PER_CHANNEL = 40;
const STORE_INFO_TTL_MS = 5_000;

export class KnowledgeSearch {
  private readonly stores = new Map<string, StoreSearchInfo>();

  constructor(
    private readonly db: Db,
    private readonly embedder: EmbeddingProvider,
    private readonly lexicon: Lexicon,
    private readonly log?: SearchLogger,
  ) {}

  async search(request: SearchRequest): Promise<SearchResult> {
    const store = await this.storeInfo(request.storeId);
    const limit = Math.min(Math.max(Math.trunc(request.limit ?? 5), 1), 20);
    const query = analyzeQuery(request.query, { locale: request.locale, defaultLocale: store.defaultLocale }, this.lexicon);
    if (isEmptyQuery(query)) return { passages: [], answerability: NO_ANSWER, queryLanguage: query.language };
    const use = (c: ChannelName) => (!request.channels || request.channels.includes(c)) && store.fusion.weights[c] > 0;

    // Terms and nearest neighbours first (in parallel on PostgreSQL); full text then also scores the
    // vector channel's candidates, so a question made only of common words still gets exact scores.
    const [resolved, vector] = await Promise.all([
      use('fulltext') || use('trigram') ? resolveTerms(this.db, request.storeId, query) : undefined,
      use('vector') ? this.vector(request.storeId, query.embeddingText, efSearchFor(store.chunks)) : { hits: [], literal: undefined },
    ]);
    const lexical = resolved && {
      hits: await lexicalChannels(this.db, request.storeId, resolved.groups, CANDIDATES_PER_CHANNEL, vector.hits.map((h) => h.id)),
      queryWeight: resolved.queryWeight,
    };
    const fused = reciprocalRankFusion(
      { fulltext: use('fulltext') ? lexical?.hits.fulltext : [], trigram: use('trigram') ? lexical?.hits.trigram : [], vector: vector.hits },
      store.fusion,
    );
    if (fused.length === 0) return { passages: [], answerability: NO_ANSWER, queryLanguage: query.language };

    const articles = groupByArticle(fused).slice(0, limit);
    const shopperLocale = toLocale(request.locale) ?? request.locale;
    const preferred = [...new Set([shopperLocale, store.defaultLocale].filter((l): l is string => Boolean(l)))];
    const chunks = await loadPassageChunks(this.db, {
      storeId: request.storeId,
      articleIds: articles.map((a) => a.articleId),
      locales: preferred,
      candidateIds: articles.flatMap((a) => a.hits.map((h) => h.id)),
      space: this.embedder,
      queryVector: vector.literal,
    });
    const maxScore = maxFusedScore(store.fusion);
    const queryBase = query.language ? baseLanguage(query.language) : undefined;
    const passages = articles
      .map((article) => choosePassage(article, preferred, chunks, maxScore))
      .filter((p): p is Passage => p !== undefined)
      .map((p) => ({ ...p, crossLingual: queryBase !== undefined && baseOf(p.locale) !== queryBase }));

    const top = articles[0]!;
    const signals = {
      coverage: lexical && lexical.queryWeight > 0 ? Math.min(1, Math.max(0, ...top.hits.map((h) => lexical.hits.matchedWeight.get(h.id) ?? 0)) / lexical.queryWeight) : 0,
      vector: Math.max(0, ...top.hits.map((h) => h.channels.vector?.score ?? 0)),
      agreement: agreementOf(top),
    };
    return { passages, answerability: answerability(signals), queryLanguage: query.language };
  }

  /** Forgets cached store settings (after the store's knowledge settings change). */
  invalidateStore(storeId: string): void {
    this.stores.delete(storeId);
  }

  private async vector(storeId: string, text: string, efSearch: number): Promise<{ hits: ChannelHit[]; literal: string | undefined }> {
    try {
      const [embedding] = await this.embedder.embed([text], 'query');
      if (!embedding || embedding.every((v) => v === 0)) return { hits: [], literal: undefined };
      const literal = vectorLiteral(embedding);
      return { hits: await vectorChannel(this.db, storeId, this.embedder, literal, CANDIDATES_PER_CHANNEL, efSearch), literal };
    } catch (err) {
      this.log?.warn({ err, model: this.embedder.model }, 'knowledge: vector channel unavailable; searching lexically');
      return { hits: [], literal: undefined };
    }
  }

  private async storeInfo(storeId: string): Promise<StoreSearchInfo> {
    const cached = this.stores.get(storeId);
    if (cached && Date.now() - cached.loadedAt < STORE_INFO_TTL_MS) return cached;
    const { rows } = await this.db.query<{ default_locale: string; fusion: unknown; chunks: number | null }>(
      `SELECT default_locale, settings->'knowledge'->'fusion' AS fusion,
         (SELECT df FROM knowledge_terms WHERE store_id = $1 AND term = '') AS chunks
       FROM stores WHERE id = $1`,
      [storeId],
    );
    const row = rows[0];
    if (!row) throw new ParleyError('STORE_NOT_FOUND');
    const info = { defaultLocale: row.default_locale, fusion: fusionSettingsFrom(row.fusion), chunks: Number(row.chunks ?? 0), loadedAt: Date.now() };
    this.stores.set(storeId, info);
    return info;
  }
}

interface ArticleGroup {
  articleId: string;
  score: number;
  hits: FusedHit[];
}

/** Further chunks of an article (other sections, other translations) add this fraction, decaying. */
const ARTICLE_SUPPORT_DECAY = 0.3;

/**
 * Chunks → articles. An article scores its best chunk plus a decaying share of its next ones: when
 * several sections or translations of one article match, that agreement is evidence.
 */
function groupByArticle(fused: readonly FusedHit[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const hit of fused) {
    const group = groups.get(hit.articleId);
    if (group) group.hits.push(hit);
    else groups.set(hit.articleId, { articleId: hit.articleId, score: 0, hits: [hit] });
  }
  for (const group of groups.values()) {
    // Translations repeat the same evidence: support comes from other sections in the best chunk's language.
    const locale = group.hits[0]!.locale;
    group.score = group.hits.filter((h) => h.locale === locale).reduce((sum, hit, i) => sum + hit.score * ARTICLE_SUPPORT_DECAY ** i, 0);
  }
  return [...groups.values()].sort((a, b) => b.score - a.score);
}

const baseOf = (locale: string) => locale.toLowerCase().split('-')[0] ?? locale;

/** 1 when full text and vector both rank the article first, 0.5 when both have it in their top 5. */
function agreementOf(article: ArticleGroup): number {
  const best = (c: ChannelName) => Math.min(...article.hits.map((h) => h.channels[c]?.rank ?? Infinity));
  const f = best('fulltext');
  const v = best('vector');
  if (f === 1 && v === 1) return 1;
  if (f <= 5 && v <= 5) return 0.5;
  return 0;
}

/** The article's passage in the first preferred locale it exists in, else its best-ranked chunk. */
function choosePassage(article: ArticleGroup, preferred: readonly string[], chunks: Map<string, PassageChunk>, maxScore: number): Passage | undefined {
  // Support from further sections can push past the single-chunk maximum; the scale stays 0..1.
  const score = Math.min(1, Math.round((article.score / maxScore) * 1000) / 1000);
  const toPassage = (chunk: PassageChunk, channels: Passage['channels']): Passage => ({
    articleId: chunk.articleId,
    title: chunk.title,
    locale: chunk.locale,
    headingPath: chunk.headingPath,
    content: chunk.content,
    score,
    channels,
    crossLingual: false,
    articleHash: chunk.articleHash ?? undefined,
  });
  for (const locale of preferred) {
    const candidate = article.hits.find((h) => h.locale === locale && chunks.has(h.id));
    if (candidate) return toPassage(chunks.get(candidate.id)!, candidate.channels);
    const translation = chunks.get(`${article.articleId}/${locale}`);
    if (translation) {
      const best = article.hits[0]!;
      return toPassage(translation, { ...best.channels, translation: { rank: 1, score: best.score } });
    }
  }
  const best = article.hits.find((h) => chunks.has(h.id));
  return best ? toPassage(chunks.get(best.id)!, best.channels) : undefined;
}

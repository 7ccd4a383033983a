/**
 * Knowledge search end to end on a real database (PGlite here; PostgreSQL in the `postgres` project):
 * each channel, fusion, cross-lingual queries and translation preference, incremental re-indexing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, MINI_STORE, type TestApp } from '../helpers/app.js';
import { KnowledgeService } from '../../server/src/knowledge/knowledge-service.js';
import { OfflineHashEmbedder } from '../../server/src/knowledge/embed/offline-hash.js';

let t: TestApp;
let knowledge: KnowledgeService;
const storeId = 'mini-store';

const md = (title: string, body: string) => `# ${title}\n\n${body}`;

beforeAll(async () => {
  t = await buildTestApp({ store: MINI_STORE });
  knowledge = t.app.knowledge;
  const put = (articleId: string, locale: string, title: string, body: string, format: 'markdown' | 'html' = 'markdown') =>
    knowledge.articles.put(storeId, articleId, locale, { title, body, format });
  await put('gift-cards', 'en', 'Gift cards', md('Gift cards', '## Validity\n\nGift cards are valid for 24 months from purchase.\n\n## Balance\n\nCheck the balance on the gift card page.'));
  await put('snowdrift-parka', 'en', 'Snowdrift parka care', md('Snowdrift parka care', 'Wash the Snowdrift parka cold and tumble dry low with two tennis balls. Product code JNP-SD-410.'));
  await put('refunds', 'en', 'Refunds', md('Refunds', '## How long it takes\n\nRefunds reach your card within 5 business days after we receive the return.'));
  await put('refunds', 'es', 'Reembolsos', md('Reembolsos', '## Cuánto tarda\n\nEl reembolso llega a tu tarjeta en 5 días hábiles después de recibir la devolución.'));
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const ids = (result: Awaited<ReturnType<KnowledgeService['search']>>) => result.passages.map((p) => p.articleId);

describe('channels', () => {
  it('full text ranks the article whose title and words match', async () => {
    const result = await knowledge.search({ storeId, query: 'gift card validity', locale: 'en', channels: ['fulltext'] });
    expect(ids(result)[0]).toBe('gift-cards');
    expect(result.passages[0]!.headingPath).toEqual(['Validity']);
    expect(result.passages[0]!.channels.fulltext?.rank).toBe(1);
    expect(result.passages[0]!.channels.vector).toBeUndefined();
  });

  it('the vector channel alone finds it too', async () => {
    const result = await knowledge.search({ storeId, query: 'how long is a gift card valid', locale: 'en', channels: ['vector'] });
    expect(ids(result)[0]).toBe('gift-cards');
    expect(result.passages[0]!.channels.vector!.score).toBeGreaterThan(0.2);
  });

  it('the trigram channel corrects a misspelt store-specific word', async () => {
    const result = await knowledge.search({ storeId, query: 'snowdrfit', locale: 'en', channels: ['trigram'] });
    expect(ids(result)).toEqual(['snowdrift-parka']);
    const hybrid = await knowledge.search({ storeId, query: 'how to wash the snowdrfit', locale: 'en' });
    expect(ids(hybrid)[0]).toBe('snowdrift-parka');
    expect(hybrid.passages[0]!.channels.trigram).toBeDefined();
  });

  it('finds a product code, exactly and misspelt', async () => {
    expect(ids(await knowledge.search({ storeId, query: 'JNP-SD-410', locale: 'en' }))[0]).toBe('snowdrift-parka');
    expect(ids(await knowledge.search({ storeId, query: 'JNP-SD-41O', locale: 'en' }))[0]).toBe('snowdrift-parka');
  });

  it('fuses channels: the passage reports every channel that ranked it', async () => {
    const result = await knowledge.search({ storeId, query: 'gift card balance', locale: 'en' });
    expect(ids(result)[0]).toBe('gift-cards');
    expect(Object.keys(result.passages[0]!.channels).sort()).toEqual(['fulltext', 'vector']);
    expect(result.passages[0]!.score).toBeGreaterThan(0.5);
    expect(result.passages[0]!.score).toBeLessThanOrEqual(1);
  });
});

describe('languages', () => {
  it('answers a Spanish question from an English-only article and says the source is English', async () => {
    const result = await knowledge.search({ storeId, query: '¿Las tarjetas regalo caducan?', locale: 'es' });
    expect(result.queryLanguage).toBe('es');
    expect(ids(result)[0]).toBe('gift-cards');
    expect(result.passages[0]!).toMatchObject({ locale: 'en', crossLingual: true });
  });

  it('answers Japanese and Chinese questions (no Postgres parser for them)', async () => {
    expect(ids(await knowledge.search({ storeId, query: 'ギフトカードの有効期限', locale: 'ja' }))[0]).toBe('gift-cards');
    expect(ids(await knowledge.search({ storeId, query: '退款多久到账', locale: 'zh-CN' }))[0]).toBe('refunds');
  });

  it("prefers the shopper's translation, else the store default", async () => {
    const es = await knowledge.search({ storeId, query: 'How long does a refund take?', locale: 'es' });
    expect(es.passages[0]).toMatchObject({ articleId: 'refunds', locale: 'es', title: 'Reembolsos' });
    const de = await knowledge.search({ storeId, query: 'Wie lange dauert die Erstattung?', locale: 'de' });
    expect(de.passages[0]).toMatchObject({ articleId: 'refunds', locale: 'en', crossLingual: true });
  });

  it('returns nothing for emoji, and stays sane for a 10,000-character query', async () => {
    const emoji = await knowledge.search({ storeId, query: '😀🎉👍', locale: 'en' });
    expect(emoji.passages).toEqual([]);
    expect(emoji.answerability).toMatchObject({ score: 0, answerable: false });
    const long = await knowledge.search({ storeId, query: 'my gift card balance please '.repeat(400), locale: 'en' });
    expect(ids(long)[0]).toBe('gift-cards');
  });

  it('tells an unanswerable question from an answerable one', async () => {
    const good = await knowledge.search({ storeId, query: 'How long are gift cards valid?', locale: 'en' });
    const bad = await knowledge.search({ storeId, query: 'Do you sell electric bicycles?', locale: 'en' });
    expect(good.answerability.answerable).toBe(true);
    expect(bad.answerability.answerable).toBe(false);
    expect(good.answerability.score).toBeGreaterThan(bad.answerability.score);
  });

  it('extracts the part of the passage that answers', async () => {
    const answer = await knowledge.answer({ storeId, query: 'how long are gift cards valid', locale: 'en' });
    expect(answer!.passage.articleId).toBe('gift-cards');
    expect(answer!.text).toBe('Gift cards are valid for 24 months from purchase.');
  });
});

describe('re-indexing', () => {
  const chunks = async (articleId: string) =>
    (await t.app.db.query<{ id: string; ordinal: number; content: string }>(
      `SELECT id, ordinal, content FROM knowledge_chunks WHERE store_id = $1 AND article_id = $2 AND locale = 'en' ORDER BY ordinal`,
      [storeId, articleId],
    )).rows;
  const df = async (term: string) =>
    (await t.app.db.query<{ df: number }>('SELECT df FROM knowledge_terms WHERE store_id = $1 AND term = $2', [storeId, term])).rows[0]?.df ?? 0;

  it('re-embeds only the chunks whose content changed, and the change is searchable at once', async () => {
    const body = (validity: string) => md('Gift cards', `## Validity\n\n${validity}\n\n## Balance\n\nCheck the balance on the gift card page.`);
    const before = await chunks('gift-cards');
    const result = await knowledge.articles.put(storeId, 'gift-cards', 'en', { title: 'Gift cards', body: body('Gift cards never expire, and they work in the kayak department.') });
    expect(result.index).toEqual({ added: 1, removed: 1, kept: 1 });
    const after = await chunks('gift-cards');
    expect(after[1]!.id).toBe(before[1]!.id); // the Balance chunk kept its row (and vector)
    expect(after[0]!.id).not.toBe(before[0]!.id);
    expect(ids(await knowledge.search({ storeId, query: 'kayak', locale: 'en' }))[0]).toBe('gift-cards');

    const unchanged = await knowledge.articles.put(storeId, 'gift-cards', 'en', { title: 'Gift cards', body: body('Gift cards never expire, and they work in the kayak department.') });
    expect(unchanged.index).toEqual({ added: 0, removed: 0, kept: 2 });
  });

  it('moves kept chunks when a section is inserted before them', async () => {
    const before = await chunks('refunds');
    await knowledge.articles.put(storeId, 'refunds', 'en', {
      title: 'Refunds',
      body: md('Refunds', '## Currency\n\nRefunds are made in the currency you paid in.\n\n## How long it takes\n\nRefunds reach your card within 5 business days after we receive the return.'),
    });
    const after = await chunks('refunds');
    expect(after.map((c) => c.ordinal)).toEqual([0, 1]);
    expect(after[1]!.id).toBe(before[0]!.id);
  });

  it('keeps term counts exact through updates and deletes (cascade included)', async () => {
    const kayak = await df('kayak');
    expect(kayak).toBe(1);
    const total = await df('');
    await knowledge.articles.delete(storeId, 'gift-cards');
    expect(await df('kayak')).toBe(0);
    expect(await df('')).toBe(total - 2);
    const { rows } = await t.app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM knowledge_chunks WHERE store_id = $1', [storeId]);
    expect(rows[0]!.n).toBe(total - 2);
    expect(ids(await knowledge.search({ storeId, query: 'kayak gift card', locale: 'en' }))).not.toContain('gift-cards');
  });

  it('indexes the store import, and a re-import with nothing changed re-indexes nothing', async () => {
    const imported = await t.app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM knowledge_chunks WHERE store_id = $1 AND article_id = 'returns'`, [storeId]);
    expect(imported.rows[0]!.n).toBeGreaterThan(0);
    const summary = await t.app.importStoreDirectory(MINI_STORE);
    expect(summary.changedArticleIds).toEqual([]);
    expect(ids(await knowledge.search({ storeId, query: '¿Puedo devolver un bañador?', locale: 'es' }))[0]).toBe('returns');
  });

  it('re-embeds every chunk when the embedding model changes, then searches with the new vectors', async () => {
    const other = new KnowledgeService(t.app.db, new OfflineHashEmbedder(128));
    await other.ensureVectorIndex();
    const before = await other.search({ storeId, query: 'refund card business days', locale: 'en', channels: ['vector'] });
    expect(before.passages).toEqual([]); // no vectors of the new model yet
    await other.catchUp(storeId);
    const { rows } = await t.app.db.query<{ model: string }>('SELECT DISTINCT embedding_model AS model FROM knowledge_chunks WHERE store_id = $1', [storeId]);
    expect(rows.map((r) => r.model)).toEqual(['offline-hash-v1@128']);
    const after = await other.search({ storeId, query: 'refund card business days', locale: 'en', channels: ['vector'] });
    expect(after.passages[0]!.articleId).toBe('refunds');
  });

  it('bulk loads (hundreds of articles) end with exact term counts and a searchable index', async () => {
    const { upsertArticle } = await import('../../server/src/repositories/articles.js');
    const ids: string[] = [];
    await t.app.db.transaction(async (tx) => {
      for (let i = 0; i < 220; i++) {
        const body = `## Part ${i}\n\nBulk article number ${i} mentions the word zephyrine${i % 7} and returns.`;
        ids.push((await upsertArticle(tx, storeId, { articleId: `bulk-${i}`, locale: 'en', slug: `bulk-${i}`, title: `Bulk ${i}`, body, format: 'markdown', tags: [], source: 'api' })).id);
      }
    });
    const report = await knowledge.indexArticles(ids);
    expect(report.chunksAdded).toBe(220);
    const { rows } = await t.app.db.query<{ stored: number; counted: number }>(
      `SELECT k.df AS stored, (SELECT count(*)::int FROM knowledge_chunks c WHERE c.store_id = $1 AND c.search_vector @@ 'zephyrine3'::tsquery) AS counted
       FROM knowledge_terms k WHERE k.store_id = $1 AND k.term = 'zephyrine3'`,
      [storeId],
    );
    const expected = Array.from({ length: 220 }, (_, i) => i).filter((i) => i % 7 === 3).length;
    expect(rows[0]).toEqual({ stored: expected, counted: expected });
    const total = await t.app.db.query<{ n: number; df: number }>(
      `SELECT (SELECT count(*)::int FROM knowledge_chunks WHERE store_id = $1) AS n, (SELECT df FROM knowledge_terms WHERE store_id = $1 AND term = '') AS df`,
      [storeId],
    );
    expect(total.rows[0]!.df).toBe(total.rows[0]!.n);
    const result = await knowledge.search({ storeId, query: 'zephyrine5', locale: 'en', limit: 3 });
    expect(result.passages[0]!.articleId).toMatch(/^bulk-/);
  });
});


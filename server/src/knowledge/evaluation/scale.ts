/**
 * Scale harness for the retrieval benchmark: a store with its real articles plus synthetic ones up
 * to a target number of chunks, on an embedded PGlite (in a temporary directory) or a fresh
 * PostgreSQL database, and per-query latency of the full search path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../db/open.js';
import type { Db } from '../../db/types.js';
import { upsertArticle } from '../../repositories/articles.js';
import { OfflineHashEmbedder } from '../embed/offline-hash.js';
import { KnowledgeService } from '../knowledge-service.js';
import type { ChannelName } from '../search/fusion.js';
import { percentile, rankOf, type LabelledQuery, type QueryOutcome } from './metrics.js';
import type { SyntheticCorpus } from './synthetic.js';

export type Engine = 'pglite' | 'postgres';

export interface ScaleDb {
  engine: Engine;
  db: Db;
  knowledge: KnowledgeService;
  close(): Promise<void>;
}

/** A fresh database: PGlite in a temporary directory, or a new database on the PostgreSQL server. */
export async function openScaleDb(engine: Engine, dimensions: number, postgresUrl?: string): Promise<ScaleDb> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
    const db = await openDatabase({ dataDir: dir });
    return {
      engine,
      db,
      knowledge: new KnowledgeService(db, new OfflineHashEmbedder(dimensions)),
      async close() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!postgresUrl) throw new Error('postgres needs a URL');
  const name = `parley_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolMax: 4 });
  return {
    engine,
    db,
    knowledge: new KnowledgeService(db, new OfflineHashEmbedder(dimensions)),
    async close() {
      await db.close();
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function countChunks(db: Db, storeId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM knowledge_chunks WHERE store_id = $1', [storeId]);
  return rows[0]?.n ?? 0;
}

/** Adds `count` synthetic articles (numbered from `from`) and indexes them; returns the wall time. */
export async function addSyntheticArticles(target: ScaleDb, storeId: string, corpus: SyntheticCorpus, from: number, count: number): Promise<number> {
  const started = performance.now();
  const ids: string[] = [];
  for (let start = from; start < from + count; start += 500) {
    await target.db.transaction(async (tx) => {
      for (let i = start; i < Math.min(start + 500, from + count); i++) {
        const a = corpus.article(i);
        ids.push((await upsertArticle(tx, storeId, { ...a, format: 'markdown', source: 'import' })).id);
      }
    });
  }
  await target.knowledge.indexArticles(ids);
  await target.knowledge.ensureVectorIndex();
  return performance.now() - started;
}

/** Grows the store with synthetic articles until it holds at least `chunks` chunks. */
export async function growTo(target: ScaleDb, storeId: string, corpus: SyntheticCorpus, chunks: number, next: { index: number }): Promise<number> {
  let elapsed = 0;
  for (let have = await countChunks(target.db, storeId); have < chunks; have = await countChunks(target.db, storeId)) {
    const articles = Math.max(1, Math.ceil((chunks - have) / 5));
    elapsed += await addSyntheticArticles(target, storeId, corpus, next.index, articles);
    next.index += articles;
  }
  return elapsed;
}

export interface LatencyReport {
  chunks: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  recallAt5: number;
}

/** Runs every query once after a warm-up, timing the whole search path (analysis to passages). */
export async function measureSearch(
  target: ScaleDb,
  storeId: string,
  queries: readonly LabelledQuery[],
  channels?: readonly ChannelName[],
): Promise<{ report: LatencyReport; outcomes: QueryOutcome[] }> {
  for (const q of queries.slice(0, 10)) await target.knowledge.search({ storeId, query: q.query, locale: q.locale, channels });
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const started = performance.now();
    const result = await target.knowledge.search({ storeId, query: query.query, locale: query.locale, limit: 10, channels });
    const latencyMs = performance.now() - started;
    const ranked = result.passages.map((p) => p.articleId);
    outcomes.push({ query, ranked, rank: rankOf(ranked, query.expected), latencyMs, answerability: result.answerability.score });
  }
  const latencies = outcomes.map((o) => o.latencyMs);
  const hits = outcomes.filter((o) => o.rank !== undefined && o.rank <= 5).length;
  return {
    report: {
      chunks: await countChunks(target.db, storeId),
      queries: outcomes.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: percentile(latencies, 100),
      recallAt5: Math.round((hits / (outcomes.length || 1)) * 1000) / 1000,
    },
    outcomes,
  };
}

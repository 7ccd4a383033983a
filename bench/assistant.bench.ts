/**
 * The assistant's speed as a shopper feels it: time from a widget socket's `message:send` to the
 * assistant's reply arriving on that socket (offline mode), with the demo store plus synthetic articles
 * making 10k knowledge chunks; and in LLM mode, the server's own time before the model is asked
 * (socket in → request at a local OpenAI-compatible server that answers at once).
 *
 *   npm run bench -- assistant [--chunks=10000] [--questions=150] [--postgres=URL]
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import pg from 'pg';
import { buildApp, type ParleyInstance } from '../server/src/app.js';
import { loadConfig, type Config } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/open.js';
import type { Db } from '../server/src/db/types.js';
import { upsertArticle } from '../server/src/repositories/articles.js';
import { SyntheticCorpus, vocabularyOf } from '../server/src/knowledge/evaluation/synthetic.js';
import { startFakeOpenAI } from '../test/helpers/fake-openai-server.js';

export const description = 'Assistant reply latency over real sockets (offline, 10k chunks) and LLM-mode server overhead before the model is called';

const STORE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));
const CASES = fileURLToPath(new URL('../test/eval/cases.jsonl', import.meta.url));

// One client opens hundreds of conversations from 127.0.0.1: the per-IP abuse limits would (rightly) stop it.
const NO_IP_LIMITS = { PARLEY_RATE_WIDGET_CONNECT_IP: 'off', PARLEY_RATE_MESSAGES_IP: 'off', PARLEY_RATE_CONVERSATIONS_IP: 'off' };

const option = (args: string[], name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 10) / 10;
}

/** First-turn questions of anonymous cases: what shoppers ask before anyone knows who they are. */
function questions(limit: number): string[] {
  return readFileSync(CASES, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { identity?: unknown; turns: Array<{ shopper: string }> })
    .filter((c) => !c.identity)
    .map((c) => c.turns[0]!.shopper)
    .slice(0, limit);
}

async function freshPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parley_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function withChunks(app: ParleyInstance, storeId: string, target: number): Promise<number> {
  const corpus = new SyntheticCorpus(vocabularyOf(STORE_DIR), 7);
  const count = async () => (await app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM knowledge_chunks WHERE store_id = $1', [storeId])).rows[0]!.n;
  let index = 0;
  for (let have = await count(); have < target; have = await count()) {
    const ids: string[] = [];
    const batch = Math.max(1, Math.ceil((target - have) / 5));
    await app.db.transaction(async (tx) => {
      for (let i = index; i < index + batch; i++) ids.push((await upsertArticle(tx, storeId, { ...corpus.article(i), format: 'markdown', source: 'import' })).id);
    });
    index += batch;
    await app.knowledge.indexArticles(ids);
  }
  await app.knowledge.ensureVectorIndex();
  return count();
}

function connect(base: string, storeId: string): Promise<Socket> {
  const socket = io(`${base}/widget`, { auth: { storeId, locale: 'en' }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Sends one message on a fresh conversation; resolves with ms until the assistant's reply arrives. */
async function timeReply(base: string, storeId: string, text: string, onSent?: (t: number) => void): Promise<number> {
  const socket = await connect(base, storeId);
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to "${text}"`)), 20_000);
      let started = 0;
      socket.on('message:created', (m: { author: string }) => {
        if (m.author !== 'assistant' || !started) return;
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
      started = performance.now();
      onSent?.(started);
      socket.emit('message:send', { clientId: `bench-${Math.random().toString(36).slice(2, 12)}`, text }, (ack: { ok: boolean; error?: string }) => {
        if (!ack.ok) {
          clearTimeout(timer);
          reject(new Error(`send refused: ${ack.error}`));
        }
      });
    });
  } finally {
    socket.disconnect();
  }
}

async function startApp(config: Config, db: Db): Promise<{ app: ParleyInstance; base: string }> {
  const app = await buildApp(config, { db, logger: false });
  await app.ready();
  await app.importStoreDirectory(STORE_DIR);
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base };
}

async function offline(engine: 'pglite' | 'postgres', chunks: number, asked: string[], postgresUrl?: string) {
  const pgDb = engine === 'postgres' && postgresUrl ? await freshPostgres(postgresUrl) : undefined;
  const db = await openDatabase(pgDb ? { databaseUrl: pgDb.url, poolMax: 10 } : {});
  const config = loadConfig({ ...NO_IP_LIMITS, PARLEY_DEMO_STORE: 'off', LOG_LEVEL: 'silent', PARLEY_ASSISTANT: 'offline', PORT: '0' });
  const { app, base } = await startApp(config, db);
  try {
    const total = await withChunks(app, 'harbor-hem', chunks);
    for (const q of asked.slice(0, 10)) await timeReply(base, 'harbor-hem', q); // warm-up
    const latencies: number[] = [];
    for (const q of asked) latencies.push(await timeReply(base, 'harbor-hem', q));
    return { engine, chunks: total, replies: latencies.length, p50Ms: percentile(latencies, 0.5), p95Ms: percentile(latencies, 0.95), maxMs: percentile(latencies, 1) };
  } finally {
    await app.close();
    await db.close();
    await pgDb?.drop();
  }
}

async function llmOverhead(asked: string[]) {
  let requestAt = 0;
  const model = await startFakeOpenAI({
    respond: () => {
      requestAt ||= performance.now();
      return { content: 'Thanks for your question.' };
    },
  });
  const db = await openDatabase({});
  const config = loadConfig({ ...NO_IP_LIMITS, PARLEY_DEMO_STORE: 'off', LOG_LEVEL: 'silent', PARLEY_ASSISTANT: 'llm', OPENAI_BASE_URL: model.url, OPENAI_API_KEY: 'bench', PORT: '0' });
  const { app, base } = await startApp(config, db);
  try {
    const overheads: number[] = [];
    for (const [i, q] of asked.entries()) {
      requestAt = 0;
      let sentAt = 0;
      await timeReply(base, 'harbor-hem', q, (t) => (sentAt = t));
      if (i >= 5 && requestAt) overheads.push(requestAt - sentAt);
    }
    return { turns: overheads.length, p50Ms: percentile(overheads, 0.5), p95Ms: percentile(overheads, 0.95) };
  } finally {
    await app.close();
    await db.close();
    await model.close();
  }
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const chunks = Number(option(args, 'chunks', '10000'));
  const asked = questions(Number(option(args, 'questions', '150')));
  const postgresUrl = option(args, 'postgres', process.env.PARLEY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  const results: Record<string, unknown> = { targets: { offlineP95Ms: 50, llmOverheadMs: 20 } };
  console.log(`offline on PGlite with ${chunks} chunks…`);
  results.offlinePglite = await offline('pglite', chunks, asked);
  console.log(JSON.stringify(results.offlinePglite));
  try {
    console.log(`offline on PostgreSQL with ${chunks} chunks…`);
    results.offlinePostgres = await offline('postgres', chunks, asked, postgresUrl);
    console.log(JSON.stringify(results.offlinePostgres));
  } catch (err) {
    results.offlinePostgres = { skipped: `PostgreSQL not usable at ${postgresUrl}: ${(err as Error).message}` };
  }
  console.log('LLM-mode server overhead…');
  results.llmOverhead = await llmOverhead(asked.slice(0, 60));
  console.log(JSON.stringify(results.llmOverhead));
  return results;
}

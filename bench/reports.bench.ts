/**
 * Reports at scale: the demo store with ~1M generated messages over 90 days (seed-history's
 * generator), then the full report (every metric, one statement plus business-hours durations) for
 * 7, 30 and 90 days, a filtered report, the CSV export and the knowledge-gap clusters — on embedded
 * PGlite (on disk) and on PostgreSQL (PARLEY_BENCH_DATABASE_URL, default the local server; skipped
 * when unreachable). `npm run bench -- reports [--messages 1000000] [--engines pglite,postgres]`.
 *
 * Target: the 30-day report of a 1M-message store in under 2 s on PostgreSQL and under 10 s on PGlite
 * (warm, i.e. the second request); recorded as `targetMet`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../server/src/db/open.js';
import type { Db } from '../server/src/db/types.js';
import { readStoreDirectory } from '../server/src/import/store-directory.js';
import { importStore } from '../server/src/import/import-store.js';
import { getStore } from '../server/src/repositories/stores.js';
import { seedHistory } from '../server/src/insights/history/seed-history.js';
import { buildReport } from '../server/src/insights/reports/overview.js';
import { reportCsv } from '../server/src/insights/reports/csv.js';
import { knowledgeGaps } from '../server/src/insights/gaps/knowledge-gaps.js';
import { addDays } from '../server/src/support-hours/zoned-time.js';

export const description = 'Reports and knowledge gaps on ~1M messages over 90 days (PGlite and PostgreSQL)';

const DEMO_STORE = new URL('../knowledge/', import.meta.url).pathname;
/** Measured messages per generated conversation (shopper, assistant, agent and activity lines). */
const MESSAGES_PER_CONVERSATION = 3.43;
const TARGET_MS = { postgres: 2000, pglite: 10_000 } as const;

interface Timing {
  firstMs: number;
  warmMs: number;
}

async function time(run: () => Promise<unknown>, repeat = 3): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  const warm = samples.slice(1).sort((a, b) => a - b);
  return { firstMs: Math.round(samples[0]!), warmMs: Math.round(warm[Math.floor(warm.length / 2)] ?? samples[0]!) };
}

async function openEngine(engine: 'pglite' | 'postgres'): Promise<{ db: Db; cleanup: () => Promise<void> } | undefined> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'parley-bench-reports-'));
    const db = await openDatabase({ dataDir: dir });
    return { db, cleanup: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const serverUrl = process.env.PARLEY_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `parley_bench_reports_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`PostgreSQL not reachable at ${serverUrl} (${(err as Error).message}); skipping`);
    return undefined;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolMax: 4 });
  return {
    db,
    cleanup: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function benchEngine(engine: 'pglite' | 'postgres', messages: number): Promise<Record<string, unknown> | undefined> {
  const opened = await openEngine(engine);
  if (!opened) return undefined;
  const { db } = opened;
  try {
    const summary = await importStore(db, readStoreDirectory(DEMO_STORE));
    const store = (await getStore(db, summary.storeId))!;
    const end = new Date();
    const seedStarted = performance.now();
    let lastLog = 0;
    const totals = await seedHistory(db, store, {
      days: 90,
      conversationsPerDay: Math.round(messages / MESSAGES_PER_CONVERSATION / 90 / 1.07),
      customers: 5000,
      end,
      onDay: (day, t) => {
        if (performance.now() - lastLog > 10_000) {
          lastLog = performance.now();
          console.log(`  ${engine}: ${day} ${t.messages} messages`);
        }
      },
    });
    const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;
    // Fresh statistics, as autovacuum (PostgreSQL) or Parley's nightly ANALYZE job (PGlite) would have.
    await db.exec('ANALYZE');
    console.log(`  ${engine}: seeded ${totals.messages} messages, ${totals.conversations} conversations in ${seedSeconds} s`);

    const report = (days: number, filters: Record<string, string> = {}) => {
      const to = new Date(end.getTime()).toISOString().slice(0, 10);
      return buildReport(db, store, { from: addDays(to, -(days - 1)), to, ...filters }, end);
    };
    const timings = {
      report7d: await time(() => report(7)),
      report30d: await time(() => report(30)),
      report90d: await time(() => report(90)),
      report30dGerman: await time(() => report(30, { language: 'de' })),
      csv30d: await time(async () => reportCsv(await report(30), 'daily')),
      gaps30d: await time(() => knowledgeGaps(db, store, { from: addDays(end.toISOString().slice(0, 10), -29) }, end)),
    };
    const sample = await report(30);
    return {
      messages: totals.messages,
      conversations: totals.conversations,
      assistantTurns: totals.turns,
      ratings: totals.ratings,
      seedSeconds,
      timings,
      report30dConversations: sample.totals.conversations,
      targetMs: TARGET_MS[engine],
      targetMet: timings.report30d.warmMs <= TARGET_MS[engine],
    };
  } finally {
    await opened.cleanup();
  }
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const option = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const messages = Number(option('messages') ?? 1_000_000);
  const engines = (option('engines') ?? 'pglite,postgres').split(',').filter((e): e is 'pglite' | 'postgres' => e === 'pglite' || e === 'postgres');
  const results: Record<string, unknown> = {};
  for (const engine of engines) {
    console.log(`${engine}: generating ~${messages} messages…`);
    const result = await benchEngine(engine, messages);
    if (result) {
      results[engine] = result;
      console.log(`${engine}:`, JSON.stringify(result.timings));
    }
  }
  return { requestedMessages: messages, results };
}

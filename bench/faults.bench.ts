/**
 * Fault scenarios, each run against real node processes and reported in bench/results/faults.json:
 *   kill-node         SIGKILL one of two nodes mid-conversation (shoppers fail over and resync)
 *   restart-postgres  restart PostgreSQL under traffic (private server on port 55432)
 *   restart-redis     restart Redis under two-node traffic (private server on port 56379)
 *   model-down        the model endpoint hangs, then fails (LLM mode falls back to offline answers)
 *   disk-full         the embedded database's disk fills up (tmpfs; needs root to mount)
 *
 *   npm run bench -- faults [--only kill-node,restart-redis]
 * Environment: PARLEY_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * REDIS_URL (default redis://127.0.0.1:6379) for the scenarios that do not restart them.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workspace } from './faults/harness.js';
import { killNodeScenario } from './faults/kill-node.js';
import { restartPostgresScenario } from './faults/restart-postgres.js';
import { restartRedisScenario } from './faults/restart-redis.js';
import { modelDownScenario } from './faults/model-down.js';
import { diskFullScenario } from './faults/disk-full.js';

export const description = 'Fault scenarios: a node killed, PostgreSQL and Redis restarted under load, the model down, the embedded database disk full';

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const i = args.indexOf('--only');
  const only = i >= 0 ? (args[i + 1] ?? '').split(',') : ['kill-node', 'restart-postgres', 'restart-redis', 'model-down', 'disk-full'];
  const ws: Workspace = { dir: join(tmpdir(), `parley-faults-${process.pid}`), demoStore: fileURLToPath(new URL('../knowledge', import.meta.url)) };
  mkdirSync(ws.dir, { recursive: true });
  const postgresServerUrl = process.env.PARLEY_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

  const scenarios: Record<string, () => Promise<Record<string, unknown>>> = {
    'kill-node': () => killNodeScenario(ws, { shoppers: 100, everyMs: 3_000, postgresServerUrl, redisUrl }),
    'restart-postgres': () => restartPostgresScenario(ws, { shoppers: 60, everyMs: 2_000, downMs: 5_000 }),
    'restart-redis': () => restartRedisScenario(ws, { shoppers: 60, everyMs: 2_000, downMs: 5_000, postgresServerUrl }),
    'model-down': () => modelDownScenario(ws, { shoppers: 20, postgresServerUrl }),
    'disk-full': () => diskFullScenario(ws, { shoppers: 10 }),
  };
  const results: Record<string, Record<string, unknown>> = {};
  for (const name of only) {
    const scenario = scenarios[name];
    if (!scenario) throw new Error(`unknown fault scenario "${name}"; known: ${Object.keys(scenarios).join(', ')}`);
    console.log(`  ${name} …`);
    try {
      results[name] = await scenario();
    } catch (err) {
      results[name] = { passed: false, error: (err as Error).stack ?? String(err) };
    }
    console.log(`  ${name}: ${results[name]!.passed === true ? 'passed' : results[name]!.passed === false ? 'FAILED' : String(results[name]!.passed)}`);
  }
  return { passed: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.passed])), scenarios: results, logs: ws.dir };
}

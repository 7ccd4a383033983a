/**
 * One Parley node for the load and fault benchmarks, run as its own process (as in production) so
 * its CPU and memory can be measured alone. Configured by environment variables like `npm start`;
 * talks to the benchmark over the IPC channel:
 *   → {type: 'ready', port, storeId, agentCookies}     once listening
 *   ← {type: 'query', id, sql, params} → {type: 'rows', id, rows | error}   (verification reads)
 *   ← {type: 'stats'} → {type: 'stats', eventLoop: {p50Ms, p99Ms, maxMs}, queries: top statements since last}
 *   ← {type: 'stop'}                                    graceful shutdown, then exit
 * BENCH_IMPORT_STORE=<dir> imports a store first; BENCH_AGENTS=n creates n agents with sessions (the
 * first an admin; BENCH_AGENT_PASSWORD sets their password).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { openDatabase } from '../../server/src/db/open.js';
import { profileQueries } from './query-profile.js';
import { listStores } from '../../server/src/repositories/stores.js';
import { addMembership, createAgent } from '../../server/src/auth/agents-repository.js';
import { createSession, SESSION_COOKIE } from '../../server/src/auth/sessions.js';
import { hashPassword } from '../../server/src/auth/passwords.js';

type Incoming = { type: 'query'; id: number; sql: string; params?: unknown[] } | { type: 'stats' } | { type: 'stop' };

const send = (message: Record<string, unknown>) => process.send?.(message);

const config = loadConfig(process.env);
// The node's own database, wrapped to count statements and their time (where a message's time goes).
const { db, profile } = profileQueries(await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolMax: config.databasePoolMax, preparedStatements: config.databasePreparedStatements, connectTimeoutMs: config.databaseConnectTimeoutMs }));
const app = await buildApp(config, { db });
const importDir = process.env.BENCH_IMPORT_STORE;
if (importDir) await app.importStoreDirectory(importDir);
const storeId = (await listStores(app.db))[0]?.id;
if (!storeId) throw new Error('no store in the database: set BENCH_IMPORT_STORE on the first node');

const agentCookies: string[] = [];
const agentCount = Number(process.env.BENCH_AGENTS ?? 0);
// BENCH_AGENT_PASSWORD lets a test log in over HTTP as bench-agent-0@parley.test.
const passwordHash = process.env.BENCH_AGENT_PASSWORD ? await hashPassword(process.env.BENCH_AGENT_PASSWORD) : 'not-used';
for (let i = 0; i < agentCount; i++) {
  // Sessions are made directly: 20 logins from one address would trip the login rate limit.
  const agent = await createAgent(app.db, { email: `bench-agent-${i}@parley.test`, name: `Bench Agent ${i}`, passwordHash });
  await addMembership(app.db, storeId, agent.id, i === 0 ? 'admin' : 'agent');
  const { token } = await createSession(app.db, agent.id);
  agentCookies.push(`${SESSION_COOKIE}=${token}`);
}

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on('message', (message: Incoming) => {
  if (message.type === 'query') {
    app.db.query(message.sql, message.params ?? []).then(
      ({ rows }) => send({ type: 'rows', id: message.id, rows }),
      (err: unknown) => send({ type: 'rows', id: message.id, error: (err as Error).message }),
    );
  } else if (message.type === 'stats') {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    // The histogram's samples include its 10 ms resolution: report the delay beyond it.
    const lag = (ns: number) => Math.max(0, ms(ns) - 10);
    // With --expose-gc (BENCH_GC=1) the heap is measured after a full collection: live data only.
    (globalThis as { gc?: () => void }).gc?.();
    const mem = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 1e5) / 10;
    send({
      type: 'stats',
      eventLoop: { p50Ms: lag(loopDelay.percentile(50)), p99Ms: lag(loopDelay.percentile(99)), maxMs: lag(loopDelay.max) },
      queries: profile.take(),
      memoryMb: { heapUsed: mb(mem.heapUsed), heapTotal: mb(mem.heapTotal), external: mb(mem.external), arrayBuffers: mb(mem.arrayBuffers) },
    });
    loopDelay.reset();
  } else if (message.type === 'stop') {
    app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));

send({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0, storeId, agentCookies });

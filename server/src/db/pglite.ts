/**
 * Embedded PostgreSQL (PGlite, WASM) with pgvector and pg_trgm: the zero-configuration default.
 * PGlite is single-connection and runs each statement synchronously on this thread; `transaction`
 * holds that one connection until the callback finishes.
 *
 * Statements go through a queue that lets the event loop run between them. PGlite's own queue starts
 * the next waiting statement in a microtask, so a backlog of a few thousand statements (a traffic
 * burst) ran back to back without ever returning to the event loop: for seconds no socket was read or
 * written, heartbeats were missed and every widget was disconnected.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, QueryResult, Queryable } from './types.js';

/** Runs operations one at a time, each after a turn of the event loop (I/O, timers). */
class FairQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(operation);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, params as unknown[]);
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/**
 * dataDir undefined → in memory (tests); otherwise data persists in that directory. `template` is a
 * dump of an already-initialised database (PGlite's dumpDataDir) to start from, which skips initdb.
 */
export async function openPglite(dataDir: string | undefined, template?: Blob): Promise<Db & { dump(): Promise<Blob> }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, extensions: { vector, pg_trgm }, ...(template ? { loadDataDir: template } : {}) });
  const base = wrap(pg);
  const queue = new FairQueue();
  return {
    kind: 'pglite',
    query: (sql, params) => queue.run(() => base.query(sql, params)),
    exec: (sql) => queue.run(() => base.exec(sql)),
    // The statements inside run on the transaction's handle, not through the queue (it is held).
    transaction: (fn) => queue.run(() => pg.transaction((tx) => fn(wrap(tx)))),
    async ping() {
      await pg.query('SELECT 1');
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
    async dump() {
      return (await pg.dumpDataDir('none')) as Blob;
    },
  };
}

/**
 * Embedded PostgreSQL (PGlite, WASM) with pgvector and pg_trgm: the zero-configuration default.
 * PGlite is single-connection; it queues statements itself, and `transaction` holds that one
 * connection until the callback finishes.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, QueryResult, Queryable } from './types.js';

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
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return pg.transaction((tx) => fn(wrap(tx)));
    },
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

import { join } from 'node:path';
import { openPostgres } from './postgres.js';
import { migrate } from './migrate.js';
import type { Db } from './types.js';

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Directory for PGlite's files; undefined keeps the embedded database in memory (tests). */
  dataDir?: string | undefined;
  poolMax?: number;
  /** PostgreSQL only: reuse plans of frequent statements (off behind PgBouncer < 1.21 in transaction mode). */
  preparedStatements?: boolean;
  /** PostgreSQL only: how long a query waits for a connection (a free one in the pool or a new one). */
  connectTimeoutMs?: number;
  /** Embedded only: start from this dump of a migrated database (tests use one per run). */
  pgliteTemplate?: Blob | undefined;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolMax ?? 10, options.preparedStatements ?? true, options.connectTimeoutMs)
    // PGlite (its WebAssembly Postgres, ~40 MB) loads only when it is the database.
    : await (await import('./pglite.js')).openPglite(options.dataDir ? join(options.dataDir, 'pglite') : undefined, options.pgliteTemplate);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}

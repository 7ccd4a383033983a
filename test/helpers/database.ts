/**
 * A fresh database per test file: in-memory PGlite by default, or — when DATABASE_URL is set (as
 * .ci/run does) — a new PostgreSQL database on that server, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../server/src/db/open.js';
import { pgliteTemplate } from './pglite-template.js';
import { databaseUrl, postgresTemplateName, templateExists, TEST_CONNECT_TIMEOUT_MS, withAdmin } from './postgres-template.js';
import type { Db, Queryable } from '../../server/src/db/types.js';

export const usingPostgres = Boolean(process.env.DATABASE_URL);

export interface TestDatabase {
  db: Db;
  /** The URL of the fresh PostgreSQL database, when running on PostgreSQL. */
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ pgliteTemplate: pgliteTemplate() });
    return { db, url: undefined, drop: () => db.close() };
  }
  const name = `parley_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, async (admin) => {
    // A copy of the migrated template when the global setup made one (migrate() then finds nothing to do).
    const template = postgresTemplateName();
    await admin.query(`CREATE DATABASE ${name}${(await templateExists(admin, template)) ? ` TEMPLATE ${template}` : ''}`);
  });
  const url = databaseUrl(serverUrl, name);
  const db = await openDatabase({ databaseUrl: url, poolMax: 5, connectTimeoutMs: TEST_CONNECT_TIMEOUT_MS });
  return {
    db,
    url,
    async drop() {
      await db.close();
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The database seen through a handle that records every statement sent (to count round trips). */
export function countingQueryable(db: Queryable): { q: Queryable; statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    q: {
      query: (sql, params) => {
        statements.push(sql);
        return db.query(sql, params);
      },
      exec: (sql) => db.exec(sql),
    },
  };
}

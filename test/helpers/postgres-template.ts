/**
 * PostgreSQL test databases. One migrated database per set of migrations, like the PGlite template:
 * the global setup migrates `parley_template_<key>` once; each test file's database is a copy of it
 * (CREATE DATABASE … TEMPLATE), a fraction of the work of applying every migration to a new one.
 */
import pg from 'pg';
import { openDatabase } from '../../server/src/db/open.js';
import { migrationsKey } from './migrations-key.js';

const PREFIX = 'parley_template_';

/** Generous: a CI machine shared with other work can take seconds to start a PostgreSQL backend. */
export const TEST_CONNECT_TIMEOUT_MS = 60_000;

export function postgresTemplateName(): string {
  return `${PREFIX}${migrationsKey()}`;
}

/** The URL of `database` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `fn` on a connection to the server's maintenance database, closed afterwards. */
export async function withAdmin<T>(serverUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: TEST_CONNECT_TIMEOUT_MS });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

export async function templateExists(admin: pg.Client, name: string): Promise<boolean> {
  return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
}

/** Makes the template for the current migrations (once per server) and drops those of older ones. */
export async function ensurePostgresTemplate(serverUrl: string): Promise<string> {
  const name = postgresTemplateName();
  await withAdmin(serverUrl, async (admin) => {
    const stale = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE '${PREFIX}%' AND datname <> $1`, [name]);
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    if (await templateExists(admin, name)) return;
    // Built under another name and renamed when complete, so a parallel run never copies half a schema.
    const partial = `${name}_${process.pid}`;
    await admin.query(`CREATE DATABASE ${partial}`);
    const db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, partial), poolMax: 1, connectTimeoutMs: TEST_CONNECT_TIMEOUT_MS });
    await db.close();
    try {
      await admin.query(`ALTER DATABASE ${partial} RENAME TO ${name}`);
    } catch (err) {
      await admin.query(`DROP DATABASE IF EXISTS ${partial}`);
      if (!(await templateExists(admin, name))) throw err;
    }
  });
  return name;
}

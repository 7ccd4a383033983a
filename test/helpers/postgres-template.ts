/**
 * One migrated PostgreSQL database per set of migrations, like the PGlite template: the global setup
 * migrates `parley_template_<key>` once; each test file's database is a copy of it
 * (CREATE DATABASE … TEMPLATE), a fraction of the work of applying every migration to a new one.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { loadMigrations } from '../../server/src/db/migrate.js';
import { openDatabase } from '../../server/src/db/open.js';

const PREFIX = 'parley_template_';

export function postgresTemplateName(): string {
  const key = createHash('sha256').update(loadMigrations().map((m) => `${m.name}:${m.checksum}`).join('\n')).digest('hex').slice(0, 16);
  return `${PREFIX}${key}`;
}

function urlOf(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 60_000 });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

export async function templateExists(admin: pg.Client, name = postgresTemplateName()): Promise<boolean> {
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
    const db = await openDatabase({ databaseUrl: urlOf(serverUrl, partial), poolMax: 1, connectTimeoutMs: 60_000 });
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

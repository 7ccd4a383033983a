/**
 * One migrated embedded database per test run: creating PGlite and applying every migration takes
 * seconds, loading a dump of the result well under one. vitest's global setup builds the dump once
 * (keyed by the migrations' checksums); each test file starts its own copy from it.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../server/src/db/migrate.js';
import { openPglite } from '../../server/src/db/pglite.js';
import { migrationsKey } from './migrations-key.js';

function templatePath(): string {
  return join(tmpdir(), `parley-pglite-template-${migrationsKey()}.tar`);
}

export async function ensurePgliteTemplate(): Promise<string> {
  const path = templatePath();
  if (existsSync(path)) return path;
  const db = await openPglite(undefined);
  await migrate(db);
  const dump = Buffer.from(await (await db.dump()).arrayBuffer());
  await db.close();
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, dump);
  renameSync(partial, path); // atomic: a parallel run never reads half a file
  return path;
}

/** The template for this run, when the global setup made one. */
export function pgliteTemplate(): Blob | undefined {
  const path = templatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

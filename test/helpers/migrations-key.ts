import { createHash } from 'node:crypto';
import { loadMigrations } from '../../server/src/db/migrate.js';

/** Names a migrated template database (PGlite dump or PostgreSQL copy): changes with any migration. */
export function migrationsKey(): string {
  return createHash('sha256').update(loadMigrations().map((m) => `${m.name}:${m.checksum}`).join('\n')).digest('hex').slice(0, 16);
}

import { ensurePgliteTemplate } from './pglite-template.js';
import { ensurePostgresTemplate } from './postgres-template.js';

export default async function setup(): Promise<void> {
  await ensurePgliteTemplate();
  // The same server the postgres project's test files use (see vitest.config.ts).
  const postgresUrl = process.env.PARLEY_TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (postgresUrl) await ensurePostgresTemplate(postgresUrl);
}

/**
 * Backups restore: the embedded database by copying its data directory while the node is stopped,
 * PostgreSQL with pg_dump / pg_restore (when a PostgreSQL test server is configured). In both cases a
 * node started on the restored copy serves the conversation that was written before the backup.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type ParleyInstance } from '../../server/src/app.js';
import { MINI_STORE, testConfig } from '../helpers/app.js';
import { createTestDatabase } from '../helpers/database.js';
import { databaseUrl, withAdmin } from '../helpers/postgres-template.js';

async function writeConversation(app: ParleyInstance): Promise<{ conversationId: string; token: string }> {
  const { conversation, token } = await app.conversations.start({ storeId: 'mini-store', visitorId: 'backup-visitor' });
  await app.conversations.receiveShopperMessage(conversation, { clientId: 'backup-0001', text: 'Written before the backup' });
  await app.conversations.drain();
  return { conversationId: conversation.id, token };
}

async function expectRestored(app: ParleyInstance, written: { conversationId: string; token: string }): Promise<void> {
  const conversation = await app.conversations.resume('mini-store', written.token);
  expect(conversation?.id).toBe(written.conversationId);
  const history = await app.conversations.history(conversation!, 0);
  expect(history.map((m) => m.text)).toContain('Written before the backup');
  // The restored node keeps working: new messages get later sequence numbers.
  const next = await app.conversations.receiveShopperMessage(conversation!, { clientId: 'after-restore', text: 'Written after the restore' });
  expect(next.seq).toBeGreaterThan(Math.max(...history.map((m) => m.seq)));
  await app.conversations.drain();
}

describe('backup and restore', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const serverUrl = process.env.DATABASE_URL;
  // The embedded case runs once, in the embedded project.
  it.skipIf(Boolean(serverUrl))('restores the embedded database from a copy of its data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parley-backup-'));
    const restoredDir = mkdtempSync(join(tmpdir(), 'parley-restored-'));
    dirs.push(dataDir, restoredDir);
    const config = testConfig({ dataDir, databaseUrl: undefined });
    const original = await buildApp(config, { logger: false });
    await original.importStoreDirectory(MINI_STORE);
    const written = await writeConversation(original);
    await original.close(); // stop the node: the copy must be taken from a closed database

    cpSync(dataDir, restoredDir, { recursive: true });
    rmSync(dataDir, { recursive: true, force: true }); // the original is gone
    const restored = await buildApp(testConfig({ dataDir: restoredDir, databaseUrl: undefined }), { logger: false });
    try {
      await expectRestored(restored, written);
    } finally {
      await restored.close();
    }
  }, 120_000);

  it.skipIf(!serverUrl)('restores PostgreSQL from pg_dump into a new database', async () => {
    const source = await createTestDatabase();
    const original = await buildApp(testConfig(), { db: source.db, logger: false });
    await original.importStoreDirectory(MINI_STORE);
    const written = await writeConversation(original);
    await original.close();

    const dumpDir = mkdtempSync(join(tmpdir(), 'parley-dump-'));
    dirs.push(dumpDir);
    const dump = join(dumpDir, 'parley.dump');
    execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${source.url}`]);
    await source.drop();

    const name = `parley_restore_${randomBytes(4).toString('hex')}`;
    await withAdmin(serverUrl!, (admin) => admin.query(`CREATE DATABASE ${name}`));
    const target = databaseUrl(serverUrl!, name);
    try {
      execFileSync('pg_restore', ['--no-owner', `--dbname=${target}`, dump]);
      const restored = await buildApp(testConfig({ databaseUrl: target }), { logger: false });
      try {
        await expectRestored(restored, written);
      } finally {
        await restored.close();
      }
    } finally {
      await withAdmin(serverUrl!, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  }, 120_000);
});

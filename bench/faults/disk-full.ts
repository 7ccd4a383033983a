/**
 * Disk full under the embedded database: one PGlite node whose data directory is a small tmpfs; once
 * it runs, the rest of the disk is filled. Pass: shoppers get a clear error (an error ack, not a hang
 * and not an "ok" that is later lost), the log says what happened, and after space is freed and the
 * node restarts, every message that was acknowledged is still there.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { connectShoppers, sleep, startParleyNodes, type Workspace } from './harness.js';
import type { ResilientShopper } from './resilient-shopper.js';

export interface DiskFullOptions {
  shoppers: number;
}

const DISK_MB = 192;

/** Writes zeros until the file system refuses; returns the bytes written. */
function fillDisk(file: string): number {
  const chunk = Buffer.alloc(1024 * 1024);
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
  return written;
}

async function sendRound(shoppers: ResilientShopper[], label: string, waitMs: number): Promise<{ acknowledged: number; refused: Record<string, number>; waiting: number }> {
  const before = shoppers.map((s) => ({ acked: s.acked.size, failures: { ...s.counters.failedAttempts } }));
  shoppers.forEach((s, i) => s.send(`${label} message ${i}`));
  await sleep(waitMs);
  const refused: Record<string, number> = {};
  shoppers.forEach((s, i) => {
    for (const [k, v] of Object.entries(s.counters.failedAttempts)) {
      const d = v - (before[i]!.failures[k] ?? 0);
      if (d > 0) refused[k] = (refused[k] ?? 0) + d;
    }
  });
  return { acknowledged: shoppers.reduce((n, s, i) => n + s.acked.size - before[i]!.acked, 0), refused, waiting: shoppers.reduce((n, s) => n + s.pending.size, 0) };
}

export async function diskFullScenario(ws: Workspace, o: DiskFullOptions): Promise<Record<string, unknown>> {
  if (userInfo().uid !== 0) return { passed: 'skipped', reason: 'mounting a small tmpfs needs root' };
  const mount = join(ws.dir, 'small-disk');
  mkdirSync(mount, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', mount]);
  const dataDir = join(mount, 'data');
  const env = { PARLEY_DATA_DIR: dataDir, DATABASE_URL: undefined };
  let nodes = await startParleyNodes(ws, 'disk-full', 1, env);
  try {
    const shoppers = await connectShoppers([nodes[0]!.url], nodes[0]!.storeId, o.shoppers, 'disk');
    const normal = await sendRound(shoppers, 'before', 3_000);
    const filler = join(mount, 'filler.bin');
    const filledBytes = fillDisk(filler);
    const whileFull = await sendRound(shoppers, 'disk-full', 8_000);
    const aliveWhileFull = await Promise.race([nodes[0]!.exited.then(() => false), sleep(100).then(() => true)]);
    const log = readFileSync(join(ws.dir, 'disk-full-node-0.log'), 'utf8');
    const logMentionsDisk = /disk almost full|ENOSPC|No space left/i.test(log);

    rmSync(filler);
    const afterFreeing = aliveWhileFull ? await sendRound(shoppers, 'freed', 8_000) : null;
    const ackedIds = shoppers.flatMap((s) => [...s.acked]);
    await Promise.all(shoppers.map((s) => s.finish()));
    await Promise.all(nodes.map((n) => n.stop()));

    // Restart on the same directory: is everything that was acknowledged still there?
    nodes = await startParleyNodes(ws, 'disk-full-restart', 1, { ...env, BENCH_IMPORT_STORE: undefined });
    const stored = await nodes[0]!.query<{ client_id: string }>('SELECT client_id FROM messages WHERE client_id = ANY($1::text[])', [ackedIds]);
    const lostAcknowledged = ackedIds.length - new Set(stored.map((r) => r.client_id)).size;
    // Clear: every send refused with the storage error, none acknowledged, none left hanging.
    const clearError = whileFull.acknowledged === 0 && (whileFull.refused.PARLEY_ERR_UNAVAILABLE ?? 0) > 0 && Object.keys(whileFull.refused).every((k) => k === 'PARLEY_ERR_UNAVAILABLE');
    return {
      passed: clearError && logMentionsDisk && lostAcknowledged === 0,
      setup: { diskMb: DISK_MB, shoppers: o.shoppers, filledMb: Math.round(filledBytes / 1e6) },
      beforeFull: normal,
      whileFull: { ...whileFull, nodeStayedUp: aliveWhileFull, logMentionsDisk },
      afterFreeingSpace: afterFreeing,
      afterRestart: { acknowledgedTotal: ackedIds.length, lostAcknowledged },
    };
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    execFileSync('umount', ['-l', mount]);
  }
}

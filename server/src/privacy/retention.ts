/**
 * The retention sweeper (an hourly job): deletes conversations idle for longer than the retention
 * period (with their messages, images, ratings and e-mails), images older than theirs, uploads that
 * were never sent, and expired attempt counters. A store may shorten the instance's periods in its
 * settings (`settings.retention.conversationDays`, `attachmentDays`), never lengthen them.
 */
import type { Queryable } from '../db/types.js';
import { pruneAttemptCounters } from '../commerce/access/attempt-limiter.js';

export interface RetentionPolicy {
  /** 0 = keep forever. */
  conversationDays: number;
  attachmentDays: number;
}

export interface RetentionReport {
  conversations: number;
  attachments: number;
  unsentUploads: number;
  attemptCounters: number;
}

const UNSENT_UPLOAD_HOURS = 24;
const BATCH = 500;
const DAY_MS = 24 * 3600 * 1000;

/** The shorter of two periods, where 0 means "no limit". */
function shorter(a: number, b: unknown): number {
  const n = typeof b === 'number' && Number.isFinite(b) && b > 0 ? Math.floor(b) : 0;
  if (a === 0) return n;
  if (n === 0) return a;
  return Math.min(a, n);
}

export function effectivePolicy(instance: RetentionPolicy, storeSettings: unknown): RetentionPolicy {
  const store = (typeof storeSettings === 'object' && storeSettings !== null ? (storeSettings as { retention?: Record<string, unknown> }).retention : undefined) ?? {};
  return { conversationDays: shorter(instance.conversationDays, store.conversationDays), attachmentDays: shorter(instance.attachmentDays, store.attachmentDays) };
}

/** Deletes in batches so a first sweep over years of history never holds one huge transaction. */
async function deleteInBatches(q: Queryable, table: 'conversations' | 'attachments', where: string, params: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const { affectedRows } = await q.query(`DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE ${where} LIMIT ${BATCH})`, params);
    total += affectedRows;
    if (affectedRows < BATCH) return total;
  }
}

export async function sweepRetention(q: Queryable, instance: RetentionPolicy, now: Date): Promise<RetentionReport> {
  const report: RetentionReport = { conversations: 0, attachments: 0, unsentUploads: 0, attemptCounters: 0 };
  const { rows: stores } = await q.query<{ id: string; settings: unknown }>('SELECT id, settings FROM stores ORDER BY id');
  for (const store of stores) {
    const policy = effectivePolicy(instance, store.settings);
    if (policy.conversationDays > 0) {
      const before = new Date(now.getTime() - policy.conversationDays * DAY_MS);
      report.conversations += await deleteInBatches(q, 'conversations', 'store_id = $1 AND last_message_at < $2', [store.id, before]);
    }
    if (policy.attachmentDays > 0) {
      const before = new Date(now.getTime() - policy.attachmentDays * DAY_MS);
      report.attachments += await deleteInBatches(q, 'attachments', 'store_id = $1 AND created_at < $2', [store.id, before]);
    }
  }
  const unsentBefore = new Date(now.getTime() - UNSENT_UPLOAD_HOURS * 3600 * 1000);
  report.unsentUploads = await deleteInBatches(q, 'attachments', 'message_id IS NULL AND created_at < $1', [unsentBefore]);
  report.attemptCounters = await pruneAttemptCounters(q, new Date(now.getTime() - DAY_MS));
  return report;
}

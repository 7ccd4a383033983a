/**
 * Fixed-window attempt counters in the database, so every node sees the same count (one shopper's
 * guesses may reach different nodes). Keys are stored hashed because they contain IP addresses.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/types.js';

export interface AttemptLimit {
  /** e.g. `verify:conv:<id>`; hashed before storage. */
  key: string;
  max: number;
  windowSeconds: number;
}

export interface LimitVerdict {
  allowed: boolean;
  /** Seconds until the fullest exceeded window resets (0 when allowed). */
  retryAfterSeconds: number;
}

const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Counts one attempt against every limit; refused when any limit is now over its maximum. */
export async function hitLimits(q: Queryable, limits: readonly AttemptLimit[], now: Date): Promise<LimitVerdict> {
  let retryAfterSeconds = 0;
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const { rows } = await q.query<{ hits: number }>(
      `INSERT INTO attempt_counters (key_hash, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = attempt_counters.hits + 1 RETURNING hits`,
      [hashKey(limit.key), windowStart],
    );
    if ((rows[0]?.hits ?? 0) > limit.max) {
      const resetsIn = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
      retryAfterSeconds = Math.max(retryAfterSeconds, resetsIn);
    }
  }
  return { allowed: retryAfterSeconds === 0, retryAfterSeconds };
}

/** Deletes windows that ended before `before` (called by a periodic job; counters are tiny). */
export async function pruneAttemptCounters(q: Queryable, before: Date): Promise<number> {
  const { affectedRows } = await q.query('DELETE FROM attempt_counters WHERE window_start < $1', [before]);
  return affectedRows;
}

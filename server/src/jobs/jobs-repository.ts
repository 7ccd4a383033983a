/**
 * SQL of the job queue. Every statement runs on PostgreSQL 15+ and PGlite; time comes from the
 * database (`now()`) so all nodes agree on leases and retry times whatever their clocks say.
 */
import type { Queryable } from '../db/types.js';
import type { EnqueueOptions, EnqueueResult, Job, JobStatus, QueueStats } from './types.js';

interface JobRow {
  id: number | string;
  queue: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  idempotency_key: string | null;
  store_id: string | null;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  last_error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const toJob = (r: JobRow): Job => ({
  id: Number(r.id),
  queue: r.queue,
  payload: r.payload,
  status: r.status,
  idempotencyKey: r.idempotency_key,
  storeId: r.store_id,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  runAt: new Date(r.run_at),
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
  finishedAt: r.finished_at ? new Date(r.finished_at) : null,
});

/** Errors are stored for operators; long stacks and payload echoes are cut. */
const clipError = (message: string) => message.slice(0, 2000);

export async function insertJob(q: Queryable, queue: string, payload: unknown, options: EnqueueOptions, defaultMaxAttempts: number): Promise<EnqueueResult> {
  const delaySeconds = options.runAt ? null : (options.delayMs ?? 0) / 1000;
  const { rows } = await q.query<{ id: number | string }>(
    `INSERT INTO jobs (queue, payload, idempotency_key, store_id, max_attempts, run_at)
     VALUES ($1, $2::jsonb, $3, $4, $5, COALESCE($6::timestamptz, now() + make_interval(secs => $7::double precision)))
     ON CONFLICT (queue, idempotency_key) DO NOTHING
     RETURNING id`,
    [queue, JSON.stringify(payload ?? {}), options.idempotencyKey ?? null, options.storeId ?? null, options.maxAttempts ?? defaultMaxAttempts, options.runAt ?? null, delaySeconds ?? 0],
  );
  const inserted = rows[0];
  if (inserted) return { id: Number(inserted.id), created: true };
  const existing = await q.query<{ id: number | string }>('SELECT id FROM jobs WHERE queue = $1 AND idempotency_key = $2', [queue, options.idempotencyKey ?? null]);
  const row = existing.rows[0];
  if (!row) throw new Error(`job ${queue}/${options.idempotencyKey} conflicted but cannot be found`);
  return { id: Number(row.id), created: false };
}

/**
 * Claims up to `limit` ready jobs of one queue for `workerId`, starting an attempt with a lease.
 * SKIP LOCKED lets every node poll the same table without waiting on each other's claims.
 */
export async function claimJobs(q: Queryable, queue: string, limit: number, leaseMs: number, workerId: string): Promise<Job[]> {
  const { rows } = await q.query<JobRow>(
    `WITH next AS (
       SELECT id FROM jobs
       WHERE queue = $1 AND status = 'queued' AND run_at <= now()
       ORDER BY run_at, id
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     )
     UPDATE jobs j SET status = 'running', attempts = j.attempts + 1, locked_by = $4, updated_at = now(),
       locked_until = now() + make_interval(secs => $3::double precision)
     FROM next WHERE j.id = next.id
     RETURNING j.*`,
    [queue, limit, leaseMs / 1000, workerId],
  );
  return rows.map(toJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

/**
 * Fencing: only the holder of the current attempt may finish it. A worker that outlived its lease
 * (the job was already reclaimed) finds no row and reports false.
 */
export async function completeJob(q: Queryable, job: Pick<Job, 'id' | 'attempts'>, workerId: string): Promise<boolean> {
  const { affectedRows } = await q.query(
    `UPDATE jobs SET status = 'done', finished_at = now(), updated_at = now(), locked_until = NULL, last_error = NULL
     WHERE id = $1 AND status = 'running' AND locked_by = $2 AND attempts = $3`,
    [job.id, workerId, job.attempts],
  );
  return affectedRows > 0;
}

/** Schedules the next attempt after `retryDelayMs`, or dead-letters when none are left (or `permanent`). */
export async function failJob(q: Queryable, job: Pick<Job, 'id' | 'attempts'>, workerId: string, error: string, retryDelayMs: number | null): Promise<'retry' | 'dead' | 'lost'> {
  const { rows } = await q.query<{ status: JobStatus }>(
    `UPDATE jobs SET
       status = CASE WHEN $4::double precision IS NULL OR attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
       run_at = CASE WHEN $4::double precision IS NULL THEN run_at ELSE now() + make_interval(secs => $4::double precision) END,
       finished_at = CASE WHEN $4::double precision IS NULL OR attempts >= max_attempts THEN now() ELSE NULL END,
       last_error = $5, locked_until = NULL, updated_at = now()
     WHERE id = $1 AND status = 'running' AND locked_by = $2 AND attempts = $3
     RETURNING status`,
    [job.id, workerId, job.attempts, retryDelayMs === null ? null : retryDelayMs / 1000, clipError(error)],
  );
  const row = rows[0];
  return row ? (row.status === 'dead' ? 'dead' : 'retry') : 'lost';
}

/**
 * Jobs whose lease ran out (the worker crashed, was killed or hung) go back to the queue as a failed
 * attempt, or to the dead-letter list when that was the last one.
 */
export async function reclaimExpiredLeases(q: Queryable): Promise<number> {
  const { affectedRows } = await q.query(
    `UPDATE jobs SET
       status = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
       finished_at = CASE WHEN attempts >= max_attempts THEN now() ELSE NULL END,
       run_at = now(), locked_until = NULL, updated_at = now(),
       last_error = 'lease expired: the worker (' || COALESCE(locked_by, '?') || ') did not finish in time'
     WHERE status = 'running' AND locked_until < now()`,
  );
  return affectedRows;
}

export async function getJob(q: Queryable, id: number): Promise<Job | undefined> {
  const { rows } = await q.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
  return rows[0] ? toJob(rows[0]) : undefined;
}

export async function listDeadJobs(q: Queryable, queue: string | undefined, limit = 100): Promise<Job[]> {
  const { rows } = await q.query<JobRow>(
    `SELECT * FROM jobs WHERE status = 'dead' AND ($1::text IS NULL OR queue = $1) ORDER BY finished_at DESC LIMIT $2`,
    [queue ?? null, limit],
  );
  return rows.map(toJob);
}

/** Puts a dead-lettered job back in the queue with a fresh set of attempts. */
export async function retryDeadJob(q: Queryable, id: number): Promise<boolean> {
  const { affectedRows } = await q.query(
    `UPDATE jobs SET status = 'queued', attempts = 0, run_at = now(), finished_at = NULL, updated_at = now() WHERE id = $1 AND status = 'dead'`,
    [id],
  );
  return affectedRows > 0;
}

/** Deletes finished jobs older than the given ages (the idempotency window ends with them). */
export async function pruneJobs(q: Queryable, input: { doneOlderThanS: number; deadOlderThanS: number }): Promise<number> {
  const { affectedRows } = await q.query(
    `DELETE FROM jobs WHERE (status = 'done' AND finished_at < now() - make_interval(secs => $1::double precision))
        OR (status = 'dead' AND finished_at < now() - make_interval(secs => $2::double precision))`,
    [input.doneOlderThanS, input.deadOlderThanS],
  );
  return affectedRows;
}

export async function queueStats(q: Queryable): Promise<QueueStats[]> {
  const { rows } = await q.query<{ queue: string; status: JobStatus; n: number | string; oldest_ready_s: number | string | null }>(
    `SELECT queue, status, count(*) AS n,
       max(CASE WHEN status = 'queued' AND run_at <= now() THEN extract(epoch FROM now() - run_at) END) AS oldest_ready_s
     FROM jobs GROUP BY queue, status`,
  );
  const byQueue = new Map<string, QueueStats>();
  for (const r of rows) {
    const s = byQueue.get(r.queue) ?? { queue: r.queue, queued: 0, running: 0, done: 0, dead: 0, oldestReadyAgeS: 0 };
    s[r.status] = Number(r.n);
    if (r.oldest_ready_s !== null) s.oldestReadyAgeS = Math.max(s.oldestReadyAgeS, Math.round(Number(r.oldest_ready_s)));
    byQueue.set(r.queue, s);
  }
  return [...byQueue.values()].sort((a, b) => a.queue.localeCompare(b.queue));
}

/**
 * The shared job queue on the test database (PGlite, and PostgreSQL in the postgres project): retries
 * with backoff, dead-letter, leases taken over after a crash, idempotency keys, transactional enqueue,
 * and several "nodes" (queue instances) sharing one table without running a job twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { JobQueue } from '../../server/src/jobs/job-queue.js';
import { claimJobs, completeJob } from '../../server/src/jobs/jobs-repository.js';
import { PermanentJobError, type Job } from '../../server/src/jobs/types.js';

const log = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('job queue', () => {
  let database: TestDatabase;
  const queues: JobQueue[] = [];
  const node = (pollMs = 20) => {
    const q = new JobQueue(database.db, log, { pollMs, reclaimEveryMs: 0 });
    queues.push(q);
    return q;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(queues.map((q) => q.stop(100)));
    await database.drop();
  });

  it('runs a job once per idempotency key and records it as done', async () => {
    const q = node();
    const seen: unknown[] = [];
    q.define<{ n: number }>('t.once', async (job) => {
      seen.push(job.payload.n);
    });
    const a = await q.enqueue('t.once', { n: 1 }, { idempotencyKey: 'order-1001' });
    const b = await q.enqueue('t.once', { n: 2 }, { idempotencyKey: 'order-1001' });
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
    await q.drain();
    expect(seen).toEqual([1]);
    expect((await q.get(a.id))?.status).toBe('done');
  });

  it('retries a failing job with growing delays, then succeeds', async () => {
    const q = node();
    const attemptsAt: number[] = [];
    q.define('t.flaky', async (job) => {
      attemptsAt.push(Date.now());
      if (job.attempts < 3) throw new Error(`mail server down (attempt ${job.attempts})`);
    }, { retryDelayMs: (attempt) => 100 * attempt });
    q.start();
    const { id } = await q.enqueue('t.flaky', {});
    for (let i = 0; i < 100 && (await q.get(id))?.status !== 'done'; i++) await sleep(50);
    const job = await q.get(id);
    expect(job).toMatchObject({ status: 'done', attempts: 3, lastError: null });
    expect(attemptsAt).toHaveLength(3);
    // Second retry waited about twice as long as the first.
    const gaps = [attemptsAt[1]! - attemptsAt[0]!, attemptsAt[2]! - attemptsAt[1]!];
    expect(gaps[0]).toBeGreaterThanOrEqual(90);
    expect(gaps[1]).toBeGreaterThanOrEqual(190);
    await q.stop(100);
  });

  it('dead-letters a job that fails every attempt, and a permanent failure at once; both can be retried', async () => {
    const q = node();
    let fixed = false;
    q.define('t.broken', async () => {
      if (!fixed) throw new Error('upstream 500');
    }, { maxAttempts: 3, retryDelayMs: () => 0 });
    q.define('t.invalid', async () => {
      if (!fixed) throw new PermanentJobError('payload has no conversationId');
    }, { maxAttempts: 5 });
    const broken = await q.enqueue('t.broken', {});
    const invalid = await q.enqueue('t.invalid', {});
    await q.drain();
    expect(await q.get(broken.id)).toMatchObject({ status: 'dead', attempts: 3, lastError: 'Error: upstream 500' });
    expect(await q.get(invalid.id)).toMatchObject({ status: 'dead', attempts: 1, lastError: 'PermanentJobError: payload has no conversationId' });
    const dead = (await q.deadLetters()).map((j) => j.id);
    expect(dead).toEqual(expect.arrayContaining([broken.id, invalid.id]));

    fixed = true;
    expect(await q.retryDead(broken.id)).toBe(true);
    expect(await q.retryDead(invalid.id)).toBe(true);
    await q.drain();
    expect((await q.get(broken.id))?.status).toBe('done');
    expect((await q.get(invalid.id))?.status).toBe('done');
  });

  it('gives a crashed worker’s job to another worker once its lease expires, and fences the late finisher', async () => {
    const q = node();
    const ran: number[] = [];
    q.define('t.lease', async (job) => {
      ran.push(job.attempts);
    });
    const { id } = await q.enqueue('t.lease', {});
    // A "node" claims it with a 200 ms lease and then dies without finishing.
    const [claimed] = await claimJobs(database.db, 't.lease', 1, 200, 'crashed-node');
    expect(claimed?.id).toBe(id);
    expect(await q.runOnce()).toBe(0); // still leased
    await sleep(300);
    await q.drain();
    expect(ran).toEqual([2]);
    expect(await q.get(id)).toMatchObject({ status: 'done', attempts: 2 });
    // The crashed node coming back late cannot overwrite the outcome.
    expect(await completeJob(database.db, claimed!, 'crashed-node')).toBe(false);
  });

  it('aborts a handler that overruns its lease so a retry can take over', async () => {
    const q = node();
    let aborted = false;
    q.define('t.slow', async (_job, { signal }) => {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, 5_000);
        signal.addEventListener('abort', () => {
          aborted = true;
          clearTimeout(timer);
          reject(signal.reason as Error);
        });
      });
    }, { visibilityTimeoutMs: 150, maxAttempts: 1 });
    const { id } = await q.enqueue('t.slow', {});
    await q.drain();
    expect(aborted).toBe(true);
    expect(await q.get(id)).toMatchObject({ status: 'dead', lastError: expect.stringContaining('lease of 150 ms expired') });
  });

  it('enqueues inside a transaction: no job when the transaction rolls back', async () => {
    const q = node();
    q.define('t.tx', async () => undefined);
    await expect(
      database.db.transaction(async (tx) => {
        await q.enqueue('t.tx', { k: 'rolled-back' }, { idempotencyKey: 'tx-1' }, tx);
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    const committed = await database.db.transaction((tx) => q.enqueue('t.tx', { k: 'committed' }, { idempotencyKey: 'tx-2' }, tx));
    const { rows } = await database.db.query<{ idempotency_key: string }>("SELECT idempotency_key FROM jobs WHERE queue = 't.tx'");
    expect(rows.map((r) => r.idempotency_key)).toEqual(['tx-2']);
    expect(committed.created).toBe(true);
  });

  it('shares one table between several nodes without running any job twice', async () => {
    const runs = new Map<number, number>();
    const handler = async (job: Job) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await sleep(2);
    };
    const nodes = [node(10), node(10), node(10)];
    for (const n of nodes) n.define('t.shared', handler, { concurrency: 4 });
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) ids.push((await nodes[i % 3]!.enqueue('t.shared', { i })).id);
    nodes.forEach((n) => n.start());
    for (let i = 0; i < 200 && runs.size < ids.length; i++) await sleep(25);
    await Promise.all(nodes.map((n) => n.stop(1_000)));
    expect(runs.size).toBe(60);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    const stats = (await nodes[0]!.stats()).find((s) => s.queue === 't.shared');
    expect(stats).toMatchObject({ done: 60, queued: 0, running: 0, dead: 0 });
  });

  it('schedules a recurring job once per interval across nodes', async () => {
    const a = node(10);
    const b = node(10);
    let runs = 0;
    for (const n of [a, b]) {
      n.define('t.every', async () => {
        runs++;
      });
      n.every('t.every', 3_600_000, {});
    }
    a.start();
    b.start();
    await sleep(200);
    await a.drain();
    await b.drain();
    expect(runs).toBe(1);
    const { rows } = await database.db.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE queue = 't.every'");
    expect(rows[0]?.n).toBe(1);
  });
});

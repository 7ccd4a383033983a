/**
 * The background-job worker and API (`app.jobs`). Any node may enqueue — inside the caller's
 * transaction when given one, so a job exists exactly when its cause was committed — and every node
 * with workers enabled polls the shared table. Delivery is at-least-once: handlers must be idempotent
 * (a job whose worker died is run again once its lease expires).
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, Queryable } from '../db/types.js';
import { DEFAULT_RETRY_DELAY } from './backoff.js';
import {
  claimJobs,
  completeJob,
  failJob,
  getJob,
  insertJob,
  listDeadJobs,
  queueStats,
  reclaimExpiredLeases,
  retryDeadJob,
} from './jobs-repository.js';
import { PermanentJobError, type EnqueueOptions, type EnqueueResult, type Job, type JobHandler, type QueueOptions, type QueueStats } from './types.js';

interface DefinedQueue {
  name: string;
  handler: JobHandler<never>;
  concurrency: number;
  maxAttempts: number;
  visibilityTimeoutMs: number;
  retryDelayMs: (attempt: number) => number;
  active: number;
}

export interface JobQueueOptions {
  /** Idle polling interval; enqueues on this node wake the worker at once (default 1 s). */
  pollMs?: number;
  /** Multiplies every queue's concurrency on this node; 0 = enqueue only, never run jobs. */
  workerScale?: number;
  /** How often expired leases are returned to the queue (default 5 s). */
  reclaimEveryMs?: number;
}

const RECURRING_TICK_MAX_MS = 60_000;

export class JobQueue {
  /** Appears in `locked_by`, so operators can tell which node holds a job. */
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly queues = new Map<string, DefinedQueue>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly controllers = new Set<AbortController>();
  private readonly recurring: Array<{ queue: string; intervalMs: number; payload: unknown }> = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private pollTimer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private pollAgain = false;
  private running = false;
  private lastReclaim = 0;
  private readonly pollMs: number;
  private readonly workerScale: number;
  private readonly reclaimEveryMs: number;

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    options: JobQueueOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1_000;
    this.workerScale = options.workerScale ?? 1;
    this.reclaimEveryMs = options.reclaimEveryMs ?? 5_000;
  }

  /** Declares a queue and its handler. Every node defines every queue; only workers run them. */
  define<P>(name: string, handler: JobHandler<P>, options: QueueOptions = {}): void {
    if (this.queues.has(name)) throw new Error(`job queue "${name}" is defined twice`);
    this.queues.set(name, {
      name,
      handler: handler as JobHandler<never>,
      concurrency: Math.max(0, Math.round((options.concurrency ?? 2) * this.workerScale)),
      maxAttempts: options.maxAttempts ?? 5,
      visibilityTimeoutMs: options.visibilityTimeoutMs ?? 60_000,
      retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY,
      active: 0,
    });
  }

  /**
   * Adds a job. Pass `tx` to enqueue inside the transaction that makes the job necessary (the job is
   * then visible exactly when that transaction commits).
   */
  async enqueue<P>(queue: string, payload: P, options: EnqueueOptions = {}, tx?: Queryable): Promise<EnqueueResult> {
    const defined = this.queues.get(queue);
    if (!defined) throw new Error(`unknown job queue "${queue}"`);
    const result = await insertJob(tx ?? this.db, queue, payload, options, defined.maxAttempts);
    if (result.created && !tx && !options.runAt && !options.delayMs) this.nudge();
    return result;
  }

  /**
   * Runs `queue` every `intervalMs` on one node of the cluster: each node proposes the job for the
   * current time bucket and the idempotency key lets exactly one proposal through.
   */
  every<P>(queue: string, intervalMs: number, payload: P): void {
    if (!this.queues.has(queue)) throw new Error(`unknown job queue "${queue}"`);
    this.recurring.push({ queue, intervalMs, payload });
    if (this.running) this.scheduleRecurring(this.recurring[this.recurring.length - 1]!);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const r of this.recurring) this.scheduleRecurring(r);
    if (this.hasWorkers()) this.nudge();
  }

  /** Stops polling, gives running jobs `graceMs` to finish, then aborts them (they are retried later). */
  async stop(graceMs = 10_000): Promise<void> {
    this.running = false;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    if (this.pollTimer) clearTimeout(this.pollTimer);
    await this.polling;
    const all = Promise.all([...this.inFlight]);
    const graceTimer = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([all, graceTimer]);
    for (const c of this.controllers) c.abort(new Error('node shutting down'));
    await Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, 2_000).unref())]);
  }

  /** One polling round: reclaim expired leases, claim what fits, start it. Returns jobs started. */
  async runOnce(): Promise<number> {
    if (Date.now() - this.lastReclaim >= this.reclaimEveryMs) {
      this.lastReclaim = Date.now();
      const reclaimed = await reclaimExpiredLeases(this.db);
      if (reclaimed) this.log.warn({ reclaimed }, 'jobs whose lease expired were returned to the queue');
    }
    let started = 0;
    for (const q of this.queues.values()) {
      const free = q.concurrency - q.active;
      if (free <= 0) continue;
      const jobs = await claimJobs(this.db, q.name, free, q.visibilityTimeoutMs, this.workerId);
      for (const job of jobs) this.launch(q, job);
      started += jobs.length;
    }
    return started;
  }

  /** Waits until no job of a defined queue is ready or running on this node (tests, CLI). */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.polling;
      const started = await this.runOnce();
      if (started === 0 && this.inFlight.size === 0) return;
      if (Date.now() > deadline) throw new Error('job queue did not drain in time');
      await Promise.race([Promise.all([...this.inFlight]), new Promise((r) => setTimeout(r, 50))]);
    }
  }

  get(id: number): Promise<Job | undefined> {
    return getJob(this.db, id);
  }

  stats(): Promise<QueueStats[]> {
    return queueStats(this.db);
  }

  deadLetters(queue?: string, limit?: number): Promise<Job[]> {
    return listDeadJobs(this.db, queue, limit);
  }

  async retryDead(id: number): Promise<boolean> {
    const ok = await retryDeadJob(this.db, id);
    if (ok) this.nudge();
    return ok;
  }

  private hasWorkers(): boolean {
    return [...this.queues.values()].some((q) => q.concurrency > 0);
  }

  private scheduleRecurring(r: { queue: string; intervalMs: number; payload: unknown }): void {
    const tick = () => {
      if (!this.running) return;
      const bucket = Math.floor(Date.now() / r.intervalMs);
      this.enqueue(r.queue, r.payload, { idempotencyKey: `every:${r.intervalMs}:${bucket}` }).catch((err: unknown) =>
        this.log.warn({ err, queue: r.queue }, 'could not schedule a recurring job; will try again'),
      );
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        tick();
      }, Math.min(r.intervalMs, RECURRING_TICK_MAX_MS));
      timer.unref();
      this.timers.add(timer);
    };
    tick();
  }

  /** Polls soon; coalesces many wake-ups into one round. */
  private nudge(): void {
    if (!this.running || !this.hasWorkers()) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => this.poll(), 0);
    this.pollTimer.unref();
  }

  private poll(): void {
    this.pollTimer = undefined;
    let delay = this.pollMs;
    this.polling = this.runOnce()
      .then(() => undefined)
      .catch((err: unknown) => {
        // The database is unreachable (restart, failover): keep the node up and try again later.
        this.log.warn({ err }, 'job polling failed; retrying');
        delay = Math.max(this.pollMs, 2_000);
      })
      .finally(() => {
        this.polling = undefined;
        if (!this.running) return;
        const again = this.pollAgain;
        this.pollAgain = false;
        this.pollTimer = setTimeout(() => this.poll(), again ? 0 : delay);
        this.pollTimer.unref();
      });
  }

  private launch(q: DefinedQueue, job: Job): void {
    q.active++;
    const controller = new AbortController();
    this.controllers.add(controller);
    const lease = setTimeout(() => controller.abort(new Error(`lease of ${q.visibilityTimeoutMs} ms expired`)), q.visibilityTimeoutMs);
    lease.unref();
    const task = this.execute(q, job, controller.signal).finally(() => {
      clearTimeout(lease);
      this.controllers.delete(controller);
      q.active--;
      this.inFlight.delete(task);
      this.nudge();
    });
    this.inFlight.add(task);
  }

  private async execute(q: DefinedQueue, job: Job, signal: AbortSignal): Promise<void> {
    const log = this.log.child({ job: job.id, queue: q.name, attempt: job.attempts });
    try {
      await (q.handler as JobHandler)(job, { signal });
      if (!(await completeJob(this.db, job, this.workerId))) log.warn('job finished after its lease was taken over; the retry may repeat its work');
    } catch (err) {
      const permanent = err instanceof PermanentJobError;
      const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      try {
        const outcome = await failJob(this.db, job, this.workerId, message, permanent ? null : q.retryDelayMs(job.attempts));
        if (outcome === 'dead') log.error({ err }, 'job failed for the last time; moved to the dead-letter list');
        else log.warn({ err }, outcome === 'retry' ? 'job failed; will retry' : 'job failed after losing its lease');
      } catch (recordErr) {
        // Could not record the failure (database down): the lease expires and the job is retried.
        log.error({ err: recordErr }, 'could not record a job failure');
      }
    }
  }
}

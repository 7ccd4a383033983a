/** Shapes shared by the job queue's repository, worker and callers. */

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export interface Job<P = Record<string, unknown>> {
  id: number;
  queue: string;
  payload: P;
  status: JobStatus;
  idempotencyKey: string | null;
  storeId: string | null;
  /** Attempts started so far, this one included while it runs. */
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface EnqueueOptions {
  /** One job per key and queue, however many nodes or retries enqueue it. */
  idempotencyKey?: string;
  /** Tenant the job belongs to (deleted with the store). */
  storeId?: string;
  /** Run no earlier than this (default: now). */
  runAt?: Date;
  /** Or: run after this many milliseconds. */
  delayMs?: number;
  /** Overrides the queue's default. */
  maxAttempts?: number;
}

export interface EnqueueResult {
  id: number;
  /** False when a job with the same idempotency key already existed. */
  created: boolean;
}

export interface JobContext {
  /** Aborted when the lease runs out or the node shuts down: stop and let a retry finish the work. */
  signal: AbortSignal;
}

export type JobHandler<P = Record<string, unknown>> = (job: Job<P>, context: JobContext) => Promise<void>;

export interface QueueOptions {
  /** Jobs of this queue one node runs at once (default 2). */
  concurrency?: number;
  /** Attempts before a job is dead-lettered (default 5). */
  maxAttempts?: number;
  /** Lease per attempt; a worker still busy after it loses the job (default 60 s). */
  visibilityTimeoutMs?: number;
  /** Delay before retry n (1-based); default exponential from 1 s, capped at 10 min, with jitter. */
  retryDelayMs?: (attempt: number) => number;
}

/** Throw from a handler when retrying cannot help (bad payload, record gone): dead-letters at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export interface QueueStats {
  queue: string;
  queued: number;
  running: number;
  done: number;
  dead: number;
  /** Age of the oldest job ready to run, in seconds (0 when none wait). */
  oldestReadyAgeS: number;
}

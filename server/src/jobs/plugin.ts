/**
 * `app.jobs`: the shared background-job queue. Modules define their queues at registration
 * (`app.jobs.define('email.follow-up', handler, {maxAttempts: 8})`) and enqueue from request or
 * socket handlers; workers start once the app is ready and stop before the database closes.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { JobQueue } from './job-queue.js';
import { pruneJobs } from './jobs-repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobQueue;
  }
}

const DAY_S = 24 * 3600;

export function registerJobs(app: FastifyInstance, config: Config): void {
  const jobs = new JobQueue(app.db, app.log.child({ module: 'jobs' }), { pollMs: config.jobs.pollMs, workerScale: config.jobs.workers ? 1 : 0 });
  app.decorate('jobs', jobs);

  // Finished jobs are kept a week (the idempotency window), dead ones a month for inspection.
  jobs.define('jobs.prune', async () => {
    const removed = await pruneJobs(app.db, { doneOlderThanS: 7 * DAY_S, deadOlderThanS: 30 * DAY_S });
    if (removed) app.log.info({ removed }, 'pruned finished jobs');
  }, { concurrency: 1, maxAttempts: 3 });
  jobs.every('jobs.prune', 3600_000, {});

  app.addHook('onReady', async () => jobs.start());
  // preClose runs before onClose hooks, i.e. while the database is still open.
  app.addHook('preClose', async () => jobs.stop());
}

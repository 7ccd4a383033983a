/**
 * `app.limiter` and the HTTP-side protections: malformed-input guards, the disk-space check (embedded
 * database), allowed widget origins, slow-client timeouts, route rate limits and the sign-up limit.
 * With REDIS_URL the counters live in Redis (one budget for the whole cluster); without it, in
 * memory. Registered before the routes so their `config.rateLimit` settings use the same store.
 */
import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { Config } from '../config.js';
import { MemoryCounterStore, RedisCounterStore, type CounterStore } from './counter-store.js';
import { RateLimiter } from './rate-limiter.js';
import { fastifyRateLimitStore } from './fastify-store.js';
import { applyServerTimeouts, registerFiniteNumberGuard, registerNulGuard, registerSignupLimit } from './http-guards.js';
import { DiskSpaceGuard, registerDiskSpaceCheck } from './disk-space.js';
import { installAssistantConcurrency, installModelBackpressure } from './backpressure.js';
import type { ModelGate } from './model-gate.js';
import { registerWidgetOriginCheck, type WidgetOrigins } from './widget-origins.js';

declare module 'fastify' {
  interface FastifyInstance {
    limiter: RateLimiter;
    /** Free space under the embedded database (undefined on PostgreSQL). */
    diskSpace: DiskSpaceGuard | undefined;
    /** LLM mode: the queue in front of the model (undefined otherwise). */
    modelGate: ModelGate | undefined;
    /** Offline mode: the limit on turns composed at once (PARLEY_ASSISTANT_CONCURRENCY). */
    assistantGate: ModelGate | undefined;
    /** The sites each store lets embed its widget (checked on widget sockets and /api/widget requests). */
    widgetOrigins: WidgetOrigins;
  }
}

/** A limit check must never hold a message up for long: fail over to memory instead. */
const REDIS_COMMAND_TIMEOUT_MS = 300;

export async function registerLimits(app: FastifyInstance, config: Config): Promise<void> {
  const log = app.log.child({ module: 'limits' });
  let store: CounterStore = new MemoryCounterStore();
  if (config.redisUrl) {
    const { createClient } = await import('redis'); // only when configured
    const client = createClient({
      url: config.redisUrl,
      // Refuse at once while disconnected (the limiter then counts in memory) rather than queue.
      disableOfflineQueue: true,
      commandOptions: { timeout: REDIS_COMMAND_TIMEOUT_MS },
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000) },
    });
    client.on('error', (err: unknown) => log.debug({ err }, 'rate-limit Redis connection error'));
    // Not awaited: a node starts (and limits in memory) even if Redis is late.
    client.connect().catch((err: unknown) => log.warn({ err }, 'rate-limit Redis is unreachable; limits are per node until it is back'));
    app.addHook('onClose', async () => {
      await client.close().catch(() => undefined);
    });
    store = new RedisCounterStore(client);
  }
  const limiter = new RateLimiter(store, log);
  app.decorate('limiter', limiter);

  // Malformed input first: nothing below (nor any route) sees a NUL character or an infinite number.
  registerNulGuard(app);
  registerFiniteNumberGuard(app);

  // The embedded database shares the node's disk: refuse writes clearly before PGlite hits a full disk.
  const diskSpace = !config.databaseUrl && config.limits.minFreeDiskMb > 0 ? new DiskSpaceGuard(config.dataDir, config.limits.minFreeDiskMb, log) : undefined;
  app.decorate('diskSpace', diskSpace);
  if (diskSpace) registerDiskSpaceCheck(app, diskSpace);
  app.decorate('widgetOrigins', registerWidgetOriginCheck(app, config.publicUrl));
  app.decorate('modelGate', installModelBackpressure(app, config));
  app.decorate('assistantGate', installAssistantConcurrency(app, config));

  applyServerTimeouts(app.server);
  await app.register(rateLimit, { global: false, store: fastifyRateLimitStore(limiter) });
  registerSignupLimit(app, limiter, config.limits.signupsPerIp);
}

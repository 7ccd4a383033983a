/**
 * Backs @fastify/rate-limit (the `config.rateLimit` of routes such as login and uploads) with Parley's
 * limiter, so route limits hold across nodes when Redis is configured.
 */
import { hashSubject, type RateLimiter } from './rate-limiter.js';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;

/** What the plugin passes to `child` at run time: the route's merged limit options. */
interface ChildOptions {
  routeInfo?: { method?: string | string[]; url?: string };
}

export function fastifyRateLimitStore(limiter: RateLimiter) {
  return class ParleyRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = 'http:',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      limiter.count(`${this.prefix}${hashSubject(key)}`, timeWindow).then(
        ({ count, resetMs }) => callback(null, { current: count, ttl: resetMs }),
        (err: unknown) => callback(err as Error),
      );
    }

    child(routeOptions: object): ParleyRateLimitStore {
      const route = (routeOptions as ChildOptions).routeInfo ?? {};
      return new ParleyRateLimitStore(undefined, `http:${route.method ?? ''}${route.url ?? ''}:`);
    }
  };
}

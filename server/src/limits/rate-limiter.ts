/**
 * Counts events against configured rates. Subjects (IP addresses, store ids) are hashed before they
 * become keys, so Redis never holds an address. When Redis is unreachable the limiter keeps counting
 * in memory on each node — limits loosen by the number of nodes instead of chat stopping.
 */
import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Rate } from '../config.js';
import { MemoryCounterStore, type CounterStore } from './counter-store.js';

export interface LimitCheck {
  /** What is counted, e.g. `msg-ip`. */
  scope: string;
  /** Who it is counted for, e.g. the client IP. */
  subject: string;
  rate: Rate | null;
}

export interface LimitVerdict {
  allowed: boolean;
  /** The scope that refused (when refused). */
  scope?: string;
  retryAfterMs: number;
}

const ALLOWED: LimitVerdict = { allowed: true, retryAfterMs: 0 };
export const hashSubject = (subject: string) => createHash('sha256').update(subject).digest('base64url').slice(0, 22);

export class RateLimiter {
  private readonly fallback = new MemoryCounterStore();
  private lastFailureLog = 0;

  constructor(
    private readonly store: CounterStore,
    private readonly log: FastifyBaseLogger,
  ) {}

  get kind(): CounterStore['kind'] {
    return this.store.kind;
  }

  /** Counts one event per check, in order, stopping at the first refusal (a refused IP does not eat its store's budget). */
  async hit(checks: readonly LimitCheck[]): Promise<LimitVerdict> {
    for (const check of checks) {
      if (!check.rate) continue;
      const key = `${check.scope}:${hashSubject(check.subject)}`;
      const { count, resetMs } = await this.count(key, check.rate.windowMs);
      if (count > check.rate.max) return { allowed: false, scope: check.scope, retryAfterMs: Math.max(1, resetMs) };
    }
    return ALLOWED;
  }

  /** Raw counter access for adapters (@fastify/rate-limit): key as given, no hashing. */
  count(key: string, windowMs: number): Promise<{ count: number; resetMs: number }> {
    return this.store.incr(key, windowMs).catch((err: unknown) => {
      const now = Date.now();
      if (now - this.lastFailureLog > 30_000) {
        this.lastFailureLog = now;
        this.log.warn({ err }, 'rate-limit store unreachable; counting on this node until it is back');
      }
      return this.fallback.incrSync(key, windowMs);
    });
  }
}

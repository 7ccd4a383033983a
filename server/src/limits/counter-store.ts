/**
 * Fixed-window counters behind every rate limit: in memory on a single node, in Redis when several
 * nodes must see the same counts (a shopper's connections may land on any node).
 */
import type { RedisClientType } from 'redis';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface CounterStore {
  readonly kind: 'memory' | 'redis';
  incr(key: string, windowMs: number): Promise<WindowCount>;
}

/** Per-node counters; expired windows are swept so memory stays bounded under key churn (many IPs). */
export class MemoryCounterStore implements CounterStore {
  readonly kind = 'memory';
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = Date.now();

  constructor(private readonly maxKeys = 200_000) {}

  async incr(key: string, windowMs: number): Promise<WindowCount> {
    return this.incrSync(key, windowMs);
  }

  incrSync(key: string, windowMs: number): WindowCount {
    const now = Date.now();
    if (now - this.lastSweep > 10_000 || this.windows.size > this.maxKeys) this.sweep(now);
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return { count: w.count, resetMs: w.resetAt - now };
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    // Still over the cap (an address-spraying flood): drop the oldest windows rather than grow.
    if (this.windows.size > this.maxKeys) {
      let excess = this.windows.size - this.maxKeys;
      for (const k of this.windows.keys()) {
        if (excess-- <= 0) break;
        this.windows.delete(k);
      }
    }
  }
}

// INCR and set the expiry on the first hit in one round trip; PTTL tells when the window resets.
const INCR_WINDOW = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

export class RedisCounterStore implements CounterStore {
  readonly kind = 'redis';
  constructor(
    private readonly client: Pick<RedisClientType, 'eval'>,
    private readonly prefix = 'parley:rl:',
  ) {}

  async incr(key: string, windowMs: number): Promise<WindowCount> {
    const reply = (await this.client.eval(INCR_WINDOW, { keys: [this.prefix + key], arguments: [String(windowMs)] })) as [number, number];
    return { count: Number(reply[0]), resetMs: Number(reply[1]) };
  }
}

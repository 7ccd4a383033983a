/**
 * Retry delays: exponential with "full jitter" so a burst of failures (the mail server was down)
 * does not come back as a synchronized burst of retries.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** 0..1 share of the delay that is randomized (default 0.5). */
  jitter?: number;
  random?: () => number;
}

export function exponentialBackoff(options: BackoffOptions): (attempt: number) => number {
  const jitter = options.jitter ?? 0.5;
  const random = options.random ?? Math.random;
  return (attempt: number) => {
    const exp = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(exp * (1 - jitter) + exp * jitter * random());
  };
}

export const DEFAULT_RETRY_DELAY = exponentialBackoff({ baseMs: 1_000, maxMs: 10 * 60_000 });

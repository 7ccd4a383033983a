/**
 * Stops calling a failing model endpoint for a while: after `threshold` consecutive failures — or at
 * once when a call timed out — the breaker opens and every turn goes to the offline composer until
 * `cooldownMs` has passed; then one trial call decides whether to close it again.
 *
 * Why a timeout opens it at once: a hung endpoint times out every call in flight together, and turns
 * waiting for a model slot would otherwise start fresh calls (each waiting out the whole timeout)
 * between the first failures and the threshold.
 */
export type BreakerState = 'closed' | 'open' | 'half_open';

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(
    private readonly threshold = 3,
    private readonly cooldownMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half_open' : 'open';
  }

  /** May we call the model now? In half-open state only one trial call at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  failure(kind: 'error' | 'timeout' = 'error'): void {
    this.trialInFlight = false;
    this.failures++;
    if (kind === 'timeout' || this.openedAt !== undefined || this.failures >= this.threshold) this.openedAt = this.now();
  }
}

/**
 * Back-pressure in front of the model: at most `concurrency` assistant turns use it at once on a node;
 * the rest wait in arrival order and are told their place in line (and a rough wait, from recent turn
 * durations) whenever it changes — a shopper sees "you are 3rd" instead of a spinner that times out.
 */
export type QueueListener = (position: number, estimatedWaitMs: number) => void;

interface Waiter {
  start: () => void;
  onQueued: QueueListener | undefined;
}

export class ModelGate {
  private active = 0;
  /** The most turns that ever ran at once (for tests and diagnostics). */
  peak = 0;
  private readonly queue: Waiter[] = [];
  /** Waiters that want their position (offline turns do not): none, and announcing costs nothing. */
  private listening = 0;
  /** Moving average of how long a turn holds its slot. */
  private averageMs = 3_000;

  constructor(readonly concurrency: number) {}

  get running(): number {
    return this.active;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Whether a task run now starts at once (nothing else happens between this and a synchronous run()). */
  get hasFreeSlot(): boolean {
    return this.active < this.concurrency && this.queue.length === 0;
  }

  async run<T>(task: () => Promise<T>, onQueued?: QueueListener): Promise<T> {
    if (this.hasFreeSlot) this.active++;
    // Otherwise wait: a finishing turn hands its slot over (active stays counted).
    else await new Promise<void>((resolve) => {
      this.queue.push({ start: resolve, onQueued });
      if (onQueued) this.listening++;
      this.announce(this.queue.length - 1);
    });
    this.peak = Math.max(this.peak, this.active);
    const started = Date.now();
    try {
      return await task();
    } finally {
      this.averageMs = this.averageMs * 0.8 + (Date.now() - started) * 0.2;
      this.release();
    }
  }

  private release(): void {
    const next = this.queue.shift();
    if (!next) {
      this.active--;
      return;
    }
    // Hand the slot straight to the next turn, then tell everyone behind it that they moved up.
    if (next.onQueued) this.listening--;
    next.onQueued?.(0, 0);
    next.start();
    this.announce(0);
  }

  /** Tells waiters from index `from` on their 1-based position and an estimated wait. */
  private announce(from: number): void {
    if (this.listening === 0) return; // thousands may wait on an overloaded node: do not walk them for nothing
    for (let i = from; i < this.queue.length; i++) {
      const position = i + 1;
      this.queue[i]!.onQueued?.(position, Math.round((Math.ceil(position / this.concurrency) * this.averageMs)));
    }
  }
}

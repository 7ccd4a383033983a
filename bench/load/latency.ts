/** Latency samples and their percentiles (nearest-rank), in milliseconds with one decimal. */
export interface LatencySummary {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) return { count: 0, p50: null, p95: null, p99: null, max: null };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: Math.round(sorted[sorted.length - 1]! * 10) / 10 };
}

/** Collects samples between `reset()` calls (one measurement window). */
export class LatencyWindow {
  private samples: number[] = [];
  add(ms: number): void {
    this.samples.push(ms);
  }
  reset(): void {
    this.samples = [];
  }
  summary(): LatencySummary {
    return summarize(this.samples);
  }
}

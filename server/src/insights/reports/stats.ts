/** Summary statistics of durations (minutes) for reports. */

export interface DurationStats {
  /** Conversations measured. */
  count: number;
  /** Minutes, rounded to 0.1; null when nothing was measured. */
  median: number | null;
  p90: number | null;
  mean: number | null;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Nearest-rank percentile (p in 0–100) of sorted values: the smallest value with at least p% at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Median as the mean of the two middle values for an even count. */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

export function durationStats(values: readonly number[]): DurationStats {
  const sorted = [...values].sort((a, b) => a - b);
  const med = median(sorted);
  const p90 = percentile(sorted, 90);
  return {
    count: sorted.length,
    median: med === null ? null : round1(med),
    p90: p90 === null ? null : round1(p90),
    mean: sorted.length ? round1(sorted.reduce((s, v) => s + v, 0) / sorted.length) : null,
  };
}

/** numerator / denominator rounded to 4 places; null when there is nothing to divide by. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}

/**
 * CPU and memory of processes from /proc (Linux), sampled once a second: per-node RSS peak and CPU
 * share over a window, plus the PostgreSQL server's CPU (all `postgres` processes of its data dir).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_S = 100; // getconf CLK_TCK on Linux

function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Pids of processes whose command is `name` (e.g. every postgres backend). */
export function pidsNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export interface WindowUsage {
  /** Share of one core, in percent (200 = both cores of this machine). */
  cpuPercent: number;
  cpuSeconds: number;
  rssPeakMb: number;
  rssEndMb: number;
}

/** Tracks a set of processes: call `mark()` to start a window and `window()` to read it. */
export class ProcessSampler {
  private timer: NodeJS.Timeout;
  private peak = 0;
  private last = 0;
  /** CPU ticks per pid at the start of the window (processes may come and go, e.g. database backends). */
  private startTicks = new Map<number, number>();
  private startAt = Date.now();

  constructor(private readonly pids: () => number[]) {
    this.timer = setInterval(() => this.sample(), 1_000);
    this.timer.unref();
    this.mark();
  }

  private ticks(): Map<number, number> {
    const out = new Map<number, number>();
    for (const pid of this.pids()) {
      const t = cpuTicks(pid);
      if (t !== undefined) out.set(pid, t);
    }
    return out;
  }

  private sample(): void {
    const rss = this.pids().reduce((sum, pid) => sum + (rssMb(pid) ?? 0), 0);
    this.last = rss;
    this.peak = Math.max(this.peak, rss);
  }

  mark(): void {
    this.sample();
    this.peak = this.last;
    this.startTicks = this.ticks();
    this.startAt = Date.now();
  }

  window(): WindowUsage {
    this.sample();
    // Processes that started during the window count whole; those that ended are missed (a slight undercount).
    let ticks = 0;
    for (const [pid, now] of this.ticks()) ticks += now - (this.startTicks.get(pid) ?? 0);
    const cpuSeconds = ticks / TICKS_PER_S;
    const wall = (Date.now() - this.startAt) / 1000;
    return { cpuPercent: Math.round((cpuSeconds / wall) * 1000) / 10, cpuSeconds: Math.round(cpuSeconds * 100) / 100, rssPeakMb: this.peak, rssEndMb: this.last };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * The machine's CPU time stolen by the hypervisor (other tenants) over a window, as a share of all CPU
 * time: a cloud machine with 30 % steal has a third less of its two cores, and every rate shows it.
 */
export class StealMeter {
  private readonly start = StealMeter.read();

  private static read(): { steal: number; total: number } | undefined {
    try {
      const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
      // user nice system idle iowait irq softirq steal (guest time is already inside user)
      return { steal: fields[7] ?? 0, total: fields.slice(0, 8).reduce((a, b) => a + b, 0) };
    } catch {
      return undefined;
    }
  }

  /** Percent of CPU time stolen since this meter was made; null where /proc/stat is not available. */
  percent(): number | null {
    const now = StealMeter.read();
    if (!now || !this.start || now.total <= this.start.total) return null;
    return Math.round(((now.steal - this.start.steal) / (now.total - this.start.total)) * 1000) / 10;
  }
}

/**
 * Simulated agents: inbox sockets (`/agents`, session cookie) spread over the nodes, run in a child
 * process (agents-process.ts) so their share of the fan-out does not slow the shoppers' generator.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LatencySummary } from './latency.js';

const ENTRY = fileURLToPath(new URL('./agents-process.ts', import.meta.url));

export class AgentPool {
  private child: ChildProcess | undefined;
  private waiters = new Map<string, (m: Record<string, unknown>) => void>();

  constructor(
    private readonly urls: string[],
    private readonly cookies: string[],
  ) {}

  /** Connects every agent; resolves with how many are connected. */
  async connect(): Promise<number> {
    const child = fork(ENTRY, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_AGENT_URLS: JSON.stringify(this.urls), BENCH_AGENT_COOKIES: JSON.stringify(this.cookies) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    child.on('message', (m: Record<string, unknown>) => {
      const waiter = this.waiters.get(String(m.type));
      this.waiters.delete(String(m.type));
      waiter?.(m);
    });
    const ready = await this.request('ready');
    return Number(ready.connected);
  }

  private request(reply: string, message?: Record<string, unknown>): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      this.waiters.set(reply, resolve);
      if (message) this.child?.send(message);
    });
  }

  /** Starts a window for the delivery latency. */
  mark(): void {
    this.child?.send({ type: 'mark' });
  }

  /** Stored-to-agent delivery latency of shopper messages since `mark()`. */
  async latency(): Promise<{ summary: LatencySummary; summaries: number }> {
    const m = await this.request('latency', { type: 'read' });
    return { summary: m.summary as LatencySummary, summaries: Number(m.summaries) };
  }

  /** Of these stored messages, how many deliveries to connected agents never happened (summed). */
  async missing(seqs: number[]): Promise<number> {
    return Number((await this.request('missing', { type: 'missing', seqs })).missing);
  }

  close(): void {
    this.child?.send({ type: 'stop' });
  }
}

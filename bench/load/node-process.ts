/**
 * Starts a benchmark node (parley-node.ts or echo-node.ts) as a child process and speaks its IPC
 * protocol: wait for ready, run verification queries, read event-loop stats, stop or kill it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type NodeKind = 'parley' | 'echo';

export interface NodeStats {
  eventLoop: { p50Ms: number; p99Ms: number; maxMs: number };
  queries?: { calls: number; totalMs: number; top: Array<{ sql: string; calls: number; totalMs: number; meanMs: number }> };
  memoryMb?: { heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
}

export interface NodeHandle {
  kind: NodeKind;
  pid: number;
  port: number;
  url: string;
  storeId: string;
  agentCookies: string[];
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Event-loop delay and (Parley) statement profile since the previous call. */
  stats(): Promise<NodeStats>;
  /** Graceful: the node closes its sockets and drains replies. */
  stop(): Promise<void>;
  /** SIGKILL: the node vanishes mid-work (fault scenarios). */
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

const ENTRY: Record<NodeKind, string> = {
  parley: fileURLToPath(new URL('./parley-node.ts', import.meta.url)),
  echo: fileURLToPath(new URL('./echo-node.ts', import.meta.url)),
};

/** `nodeArgs`: extra Node flags, e.g. `--cpu-prof` to profile a node under load. */
export async function startNode(kind: NodeKind, env: Record<string, string | undefined>, logFile: string, nodeArgs: string[] = [], readyTimeoutMs = 120_000): Promise<NodeHandle> {
  const log = openSync(logFile, 'a');
  const child: ChildProcess = fork(ENTRY[kind], [], {
    execArgv: ['--import', 'tsx', ...nodeArgs],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const pending = new Map<number, (m: { rows?: unknown[]; error?: string }) => void>();
  let statsWaiter: ((m: NodeStats) => void) | undefined;
  let nextId = 1;

  const ready = await new Promise<{ port: number; storeId: string; agentCookies: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} node did not start within ${readyTimeoutMs} ms (see ${logFile})`)), readyTimeoutMs);
    child.on('message', (m: { type: string; id?: number; port?: number; storeId?: string; agentCookies?: string[] }) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve({ port: m.port!, storeId: m.storeId!, agentCookies: m.agentCookies ?? [] });
      } else if (m.type === 'rows' && m.id !== undefined) {
        pending.get(m.id)?.(m as { rows?: unknown[]; error?: string });
        pending.delete(m.id);
      } else if (m.type === 'stats') {
        statsWaiter?.(m as unknown as NodeStats);
        statsWaiter = undefined;
      }
    });
    void exited.then((code) => reject(new Error(`${kind} node exited with code ${code} before it was ready (see ${logFile})`)));
  });

  return {
    kind,
    pid: child.pid!,
    port: ready.port,
    url: `http://127.0.0.1:${ready.port}`,
    storeId: ready.storeId,
    agentCookies: ready.agentCookies,
    query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const id = nextId++;
      return new Promise<T[]>((resolve, reject) => {
        pending.set(id, (m) => (m.error ? reject(new Error(m.error)) : resolve((m.rows ?? []) as T[])));
        child.send({ type: 'query', id, sql, params });
      });
    },
    stats() {
      return new Promise((resolve) => {
        statsWaiter = (m) => resolve({ eventLoop: m.eventLoop, ...(m.queries ? { queries: m.queries } : {}), ...(m.memoryMb ? { memoryMb: m.memoryMb } : {}) });
        child.send({ type: 'stats' });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop' });
      const timeout = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timeout);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}

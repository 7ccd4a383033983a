/**
 * Shared pieces of the fault scenarios: Parley node processes configured for a scenario, a set of
 * resilient shoppers sending at a steady pace, a readiness poller (when /readyz said what), and a
 * fresh database on the shared PostgreSQL server for scenarios that do not restart it.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { startNode, type NodeHandle } from '../load/node-process.js';
import { shopperText } from '../load/shopper-texts.js';
import { checkShoppers, ResilientShopper, type FaultIntegrity } from './resilient-shopper.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Workspace {
  dir: string;
  demoStore: string;
}

export async function startParleyNodes(ws: Workspace, name: string, count: number, env: Record<string, string | undefined>): Promise<NodeHandle[]> {
  const nodes: NodeHandle[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push(
      await startNode(
        'parley',
        {
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          PARLEY_DEMO_STORE: 'off',
          PARLEY_ASSISTANT: 'offline',
          PARLEY_DATA_DIR: join(ws.dir, `${name}-node-${i}`),
          PARLEY_RATE_WIDGET_CONNECT_IP: 'off',
          PARLEY_RATE_MESSAGES_IP: 'off',
          PARLEY_RATE_CONVERSATIONS_IP: 'off',
          PARLEY_MAX_SOCKETS_PER_IP: '100000',
          BENCH_IMPORT_STORE: i === 0 ? ws.demoStore : undefined,
          BENCH_AGENTS: i === 0 ? '2' : '0',
          ...env,
        },
        join(ws.dir, `${name}-node-${i}.log`),
      ),
    );
  }
  return nodes;
}

export async function freshDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parley_fault_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Shoppers spread over the given node URLs (each fails over to the next one). */
export async function connectShoppers(urls: string[], storeId: string, count: number, prefix: string): Promise<ResilientShopper[]> {
  const shoppers = Array.from({ length: count }, (_, i) => new ResilientShopper(urls, storeId, `${prefix}-${i}`, i));
  await Promise.all(shoppers.map((s) => s.connect()));
  return shoppers;
}

/** Each shopper writes every `everyMs` (staggered) until `stop()` is called. */
export function drive(shoppers: ResilientShopper[], everyMs: number): { stop(): void } {
  let n = 0;
  const timers = shoppers.map((s, i) =>
    setTimeout(function tick() {
      s.send(shopperText(n++));
      timers[i] = setTimeout(tick, everyMs);
    }, Math.round((i / shoppers.length) * everyMs)),
  );
  return { stop: () => timers.forEach((t) => clearTimeout(t)) };
}

/** Waits until no shopper has a pending message (or the deadline), then resyncs and checks them. */
export async function settleAndCheck(query: NodeHandle['query'], shoppers: ResilientShopper[], deadlineMs = 30_000): Promise<FaultIntegrity & { settleMs: number }> {
  const started = Date.now();
  while (Date.now() - started < deadlineMs && shoppers.some((s) => s.pending.size > 0)) await sleep(200);
  const settleMs = Date.now() - started;
  await sleep(2_000); // replies to the last messages
  await Promise.all(shoppers.map((s) => s.finish()));
  return { ...(await checkShoppers(query, shoppers)), settleMs };
}

export function mergeFailures(shoppers: ResilientShopper[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of shoppers) for (const [k, v] of Object.entries(s.counters.failedAttempts)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Polls GET /readyz and records the intervals it was not ready. */
export function watchReadiness(url: string): { stop(): { notReadyMs: number; firstNotReadyAt: number | null; readyAgainAt: number | null; statuses: Record<string, number> } } {
  let notReadyMs = 0;
  let firstNotReadyAt: number | null = null;
  let readyAgainAt: number | null = null;
  const statuses: Record<string, number> = {};
  let last = Date.now();
  let running = true;
  void (async () => {
    while (running) {
      let status = 'error';
      try {
        const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
        status = String(res.status);
      } catch {
        status = 'no answer';
      }
      const now = Date.now();
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status !== '200') {
        notReadyMs += now - last;
        firstNotReadyAt ??= now;
      } else if (firstNotReadyAt !== null && readyAgainAt === null) readyAgainAt = now;
      last = now;
      await sleep(250);
    }
  })();
  return {
    stop() {
      running = false;
      return { notReadyMs, firstNotReadyAt, readyAgainAt, statuses };
    },
  };
}

export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * One load scenario: start the node processes (Parley on PostgreSQL or PGlite, or the bare echo
 * server), connect agents then shoppers, hold the target rate (steady window), then raise the rate in
 * steps until a step is not sustained (capacity), let the backlog settle and check integrity.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { AgentPool } from './agents.js';
import { startNode, type NodeHandle, type NodeKind } from './node-process.js';
import { pidsNamed, ProcessSampler, StealMeter, type WindowUsage } from './proc-stats.js';
import { ShopperFleet, type FleetWindow } from './shoppers.js';
import type { LatencySummary } from './latency.js';
import { verifyRun, type Integrity } from './verify.js';

export interface ScenarioOptions {
  name: string;
  kind: NodeKind;
  nodes: number;
  engine: 'postgres' | 'pglite' | 'none';
  sockets: number;
  agents: number;
  /** Total shopper messages per second in the steady window. */
  rate: number;
  steadyS: number;
  rampPerSecond: number;
  /**
   * Capacity search after the steady window: multiples of `rate` tried upwards while sustained
   * (when the steady rate was), or downwards until one is (when it was not).
   */
  capacityUp: number[];
  capacityDown: number[];
  /** Then this many bisection steps between the highest rate that held and the lowest that did not. */
  capacityRefine: number;
  stepS: number;
  storeDir: string;
  databaseServerUrl: string;
  redisUrl: string;
  workDir: string;
  /** A step is sustained when p99 stays under this and ≥ 95 % of offered messages are acknowledged. */
  p99TargetMs: number;
}

export interface NodeUsage extends WindowUsage {
  eventLoop: { p50Ms: number; p99Ms: number; maxMs: number };
  /** Database statements per acknowledged shopper message on this node, and their wait time. */
  queries?: { perMessage: number; msPerMessage: number; top: Array<{ sql: string; calls: number; totalMs: number; meanMs: number }> };
  /** V8 heap and buffers at the end of the window (what the RSS is made of). */
  memoryMb?: { heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
}

export interface WindowReport {
  offeredPerSecond: number;
  shoppers: FleetWindow;
  /** From a shopper message being stored to an agent receiving it (all agents, every message). */
  agentDeliveryMs: LatencySummary;
  nodes: NodeUsage[];
  postgresCpuPercent: number | null;
  /** CPU time per acknowledged message: unlike rates, not skewed by other tenants taking the cores. */
  cpuMsPerMessage: { nodes: number[]; postgres: number | null };
  generatorCpuPercent: number;
  /** Machine CPU time stolen by the hypervisor during the window (see StealMeter). */
  cpuStealPercent: number | null;
  sustained: boolean;
  /** The window was cut short: more than three seconds of messages were waiting for their ack. */
  abandonedAfterS?: number;
}

export interface ScenarioReport {
  name: string;
  setup: Omit<ScenarioOptions, 'storeDir' | 'databaseServerUrl' | 'redisUrl' | 'workDir' | 'name'>;
  connect: { connected: number; errors: Record<string, number>; seconds: number; agentsConnected: number };
  steady: WindowReport;
  capacity: { steps: WindowReport[]; maxSustainedPerSecond: number };
  integrity: Integrity | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MAX_OLD_SPACE_MB = 512;

async function createDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parley_load_${randomBytes(4).toString('hex')}`;
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

function nodeEnv(o: ScenarioOptions, index: number, databaseUrl: string | undefined): Record<string, string | undefined> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    // ~12 statements per answered message: 10 connections queue up at a few hundred messages/s.
    DATABASE_POOL_MAX: '30',
    LOG_LEVEL: 'info',
    PARLEY_DEMO_STORE: 'off',
    PARLEY_ASSISTANT: 'offline',
    // Unset: the node's default; set it to compare (0 = no limit).
    PARLEY_ASSISTANT_CONCURRENCY: process.env.PARLEY_ASSISTANT_CONCURRENCY,
    PARLEY_DATA_DIR: join(o.workDir, `${o.name}-node-${index}`),
    DATABASE_URL: databaseUrl,
    REDIS_URL: o.nodes > 1 ? o.redisUrl : undefined,
    // Every simulated shopper comes from 127.0.0.1: per-IP limits would refuse all but a few.
    PARLEY_RATE_WIDGET_CONNECT_IP: 'off',
    PARLEY_RATE_MESSAGES_IP: 'off',
    PARLEY_RATE_CONVERSATIONS_IP: 'off',
    PARLEY_MAX_SOCKETS_PER_IP: '1000000',
    // Capacity steps go past the per-store defaults on purpose (they protect other tenants).
    PARLEY_RATE_WIDGET_CONNECT_STORE: 'off',
    PARLEY_RATE_MESSAGES_STORE: 'off',
    BENCH_IMPORT_STORE: index === 0 ? o.storeDir : undefined,
    BENCH_AGENTS: index === 0 ? String(o.agents) : '0',
  };
}

/**
 * Waits until the node(s) have worked off their backlog: no new message stored in the benchmark's
 * conversations for `quietMs` (replies to queued messages keep arriving long after the sends stop).
 */
async function waitForQuietDatabase(node: NodeHandle, quietMs: number, maxMs: number): Promise<number> {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - started < maxMs) {
    const [row] = await node.query<{ n: number }>('SELECT count(*)::int AS n FROM messages');
    const n = row?.n ?? 0;
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) break;
    await sleep(500);
  }
  return Date.now() - started;
}

export async function runScenario(o: ScenarioOptions, log: (line: string) => void): Promise<ScenarioReport> {
  mkdirSync(o.workDir, { recursive: true });
  const database = o.engine === 'postgres' ? await createDatabase(o.databaseServerUrl) : undefined;
  const nodes: NodeHandle[] = [];
  let fleet: ShopperFleet | undefined;
  let agents: AgentPool | undefined;
  try {
    for (let i = 0; i < o.nodes; i++) {
      // As recommended for production: a bounded old space makes V8 collect before RSS balloons.
      nodes.push(await startNode(o.kind, nodeEnv(o, i, database?.url), join(o.workDir, `${o.name}-node-${i}.log`), [`--max-old-space-size=${MAX_OLD_SPACE_MB}`, ...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [])]));
    }
    log(`${o.name}: ${o.nodes} ${o.kind} node(s) up on ${nodes.map((n) => n.port).join(', ')}`);
    const urls = nodes.map((n) => n.url);
    const samplers = nodes.map((n) => new ProcessSampler(() => [n.pid]));
    const postgres = o.engine === 'postgres' ? new ProcessSampler(() => pidsNamed('postgres')) : undefined;

    fleet = new ShopperFleet({ urls, storeId: nodes[0]!.storeId, count: o.sockets, rampPerSecond: o.rampPerSecond });
    agents = new AgentPool(urls, nodes[0]!.agentCookies);
    const agentsConnected = await agents.connect();
    const connect = await fleet.connect();
    log(`${o.name}: ${connect.connected}/${o.sockets} shoppers connected in ${connect.seconds.toFixed(1)} s, ${agentsConnected} agents`);

    const measure = async (offered: number, seconds: number): Promise<WindowReport> => {
      fleet!.start(offered);
      // Discard the first seconds of a new rate (queues adjusting), then measure.
      await sleep(Math.min(3_000, seconds * 250));
      fleet!.mark();
      agents!.mark();
      samplers.forEach((s) => s.mark());
      postgres?.mark();
      const steal = new StealMeter();
      const cpuStart = process.cpuUsage();
      const wallStart = Date.now();
      for (const n of nodes) await n.stats(); // resets the node's histogram and statement counts
      // A rate far beyond capacity only builds a backlog: stop the window once 3 s of traffic wait.
      let abandoned = false;
      for (let waited = 0; waited < seconds * 1000; waited += 1_000) {
        await sleep(1_000);
        if (fleet!.unacknowledged() > offered * 3) {
          abandoned = true;
          break;
        }
      }
      const shoppers = fleet!.read();
      const cpu = process.cpuUsage(cpuStart);
      const generatorCpuPercent = Math.round(((cpu.user + cpu.system) / 1e3 / (Date.now() - wallStart)) * 1000) / 10;
      const usage: NodeUsage[] = await Promise.all(
        nodes.map(async (n, i) => {
          const stats = await n.stats();
          const perNode = Math.max(1, shoppers.acked / nodes.length);
          return {
            ...samplers[i]!.window(),
            eventLoop: stats.eventLoop,
            ...(stats.memoryMb ? { memoryMb: stats.memoryMb } : {}),
            ...(stats.queries
              ? { queries: { perMessage: Math.round((stats.queries.calls / perNode) * 10) / 10, msPerMessage: Math.round((stats.queries.totalMs / perNode) * 10) / 10, top: stats.queries.top.slice(0, 8) } }
              : {}),
          };
        }),
      );
      const postgresUsage = postgres?.window();
      const msPerMessage = (cpuSeconds: number, messages: number) => Math.round((cpuSeconds * 1000 / Math.max(1, messages)) * 10) / 10;
      const latency = shoppers.replyLatencyMs.count > 0 ? shoppers.replyLatencyMs : shoppers.ackLatencyMs;
      const sustained = !abandoned && shoppers.acked >= 0.95 * offered * shoppers.seconds && (latency.p99 ?? Infinity) < o.p99TargetMs;
      const report: WindowReport = {
        offeredPerSecond: offered,
        shoppers,
        agentDeliveryMs: (await agents!.latency()).summary,
        nodes: usage,
        postgresCpuPercent: postgresUsage ? postgresUsage.cpuPercent : null,
        cpuMsPerMessage: {
          nodes: usage.map((u) => msPerMessage(u.cpuSeconds, shoppers.acked / nodes.length)),
          postgres: postgresUsage ? msPerMessage(postgresUsage.cpuSeconds, shoppers.acked) : null,
        },
        generatorCpuPercent,
        cpuStealPercent: steal.percent(),
        sustained,
        ...(abandoned ? { abandonedAfterS: shoppers.seconds } : {}),
      };
      log(
        `${o.name}: offered ${offered}/s → acked ${shoppers.ackedPerSecond}/s, replies ${shoppers.repliesPerSecond}/s, ` +
          `ack p99 ${shoppers.ackLatencyMs.p99} ms, reply p50/p95/p99 ${shoppers.replyLatencyMs.p50}/${shoppers.replyLatencyMs.p95}/${shoppers.replyLatencyMs.p99} ms, ` +
          `CPU ${usage.map((u) => `${u.cpuPercent}%`).join('+')} (${report.cpuMsPerMessage.nodes.join('+')} ms/msg, steal ${report.cpuStealPercent}%), RSS ${usage.map((u) => `${u.rssPeakMb} MB`).join('+')}${sustained ? '' : ' (not sustained)'}`,
      );
      return report;
    };

    const steady = await measure(o.rate, o.steadyS);
    const steps: WindowReport[] = [];
    const factors = steady.sustained ? o.capacityUp : o.capacityDown;
    const step = async (rate: number): Promise<WindowReport> => {
      // Each step starts from an empty backlog.
      fleet!.stop();
      await fleet!.settle(2_000, 60_000);
      if (o.kind === 'parley') await waitForQuietDatabase(nodes[0]!, 3_000, 180_000);
      const report = await measure(Math.max(1, Math.round(rate)), o.stepS);
      steps.push(report);
      return report;
    };
    for (const factor of factors) {
      // Going down from an overloaded rate: start just under what the node did acknowledge, then halve.
      const previous = steps.at(-1)?.offeredPerSecond ?? Math.max(1, steady.shoppers.ackedPerSecond * 0.8 * 2);
      const rate = steady.sustained ? o.rate * factor : Math.min(o.rate * factor, previous / 2);
      const report = await step(rate);
      // Upwards: stop at the first failure; downwards: stop at the first success.
      if (steady.sustained ? !report.sustained : report.sustained) break;
    }
    const windows = () => [steady, ...steps];
    // The search steps by factors of two: narrow the bracket the capacity lies in.
    for (let i = 0; i < o.capacityRefine; i++) {
      const held = Math.max(0, ...windows().filter((w) => w.sustained).map((w) => w.offeredPerSecond));
      const failed = Math.min(...windows().filter((w) => !w.sustained && w.offeredPerSecond > held).map((w) => w.offeredPerSecond));
      if (held === 0 || !Number.isFinite(failed) || failed / held < 1.2) break;
      await step((held + failed) / 2);
    }
    fleet.stop();
    await fleet.settle(3_000, 90_000);
    // Integrity is judged once everything queued has been answered and delivered.
    if (o.kind === 'parley') await waitForQuietDatabase(nodes[0]!, 3_000, 180_000);
    await sleep(2_000);
    const integrity = o.kind === 'parley' ? await verifyRun((sql, params) => nodes[0]!.query(sql, params), fleet.shoppers, agents) : null;
    if (integrity) log(`${o.name}: integrity ${JSON.stringify(integrity)}`);
    samplers.forEach((s) => s.stop());
    postgres?.stop();
    const { storeDir: _s, databaseServerUrl: _d, redisUrl: _r, workDir: _w, name, ...setup } = o;
    return { name, setup, connect: { ...connect, agentsConnected }, steady, capacity: { steps, maxSustainedPerSecond: Math.max(0, ...windows().filter((w) => w.sustained).map((w) => w.shoppers.ackedPerSecond)) }, integrity };
  } finally {
    fleet?.close();
    agents?.close();
    await Promise.all(nodes.map((n) => n.stop()));
    await database?.drop().catch(() => undefined);
  }
}

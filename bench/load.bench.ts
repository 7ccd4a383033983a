/**
 * Load benchmark: thousands of real widget sockets on 127.0.0.1 against Parley node processes,
 * with the configured responder answering (PARLEY_ASSISTANT=offline) and agents watching, compared
 * with a bare socket.io echo server driven by the same clients (the ceiling).
 *
 *   npm run bench -- load                      # full run (echo, 1 node, 2 nodes on PostgreSQL + Redis, PGlite)
 *   npm run bench -- load --quick              # small run while developing
 *   npm run bench -- load --only parley1 --sockets 2000 --rate 200 --steady 20
 *
 * Environment: PARLEY_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a fresh
 * database is created and dropped per scenario), REDIS_URL (default redis://127.0.0.1:6379).
 */
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScenario, type ScenarioOptions, type ScenarioReport } from './load/scenario.js';

export const description = 'Widget sockets at Black-Friday scale: throughput, reply latency, loss, RSS and CPU per node, vs a bare socket.io echo ceiling';

const TARGETS = { sockets: 5_000, answeredPerSecond: 500, p99Ms: 200, rssMb: 400 };

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * Share of time some task waited for the disk over the last 60 and 300 s (Linux PSI; null elsewhere):
 * PostgreSQL's commits wait for the disk, so a disk busy with other work shows in every latency.
 */
function ioPressure(): { avg60: number; avg300: number } | null {
  try {
    const some = /^some .*avg60=([\d.]+) avg300=([\d.]+)/m.exec(readFileSync('/proc/pressure/io', 'utf8'));
    return some ? { avg60: Number(some[1]), avg300: Number(some[2]) } : null;
  } catch {
    return null;
  }
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const quick = args.includes('--quick');
  const sockets = Number(arg(args, 'sockets') ?? (quick ? 500 : TARGETS.sockets));
  const rate = Number(arg(args, 'rate') ?? (quick ? 50 : TARGETS.answeredPerSecond));
  const steadyS = Number(arg(args, 'steady') ?? (quick ? 10 : 40));
  const only = (arg(args, 'only') ?? 'echo1,parley1,parley2,pglite1').split(',');
  const base = {
    agents: 20,
    rampPerSecond: 500,
    stepS: quick ? 6 : 10,
    capacityRefine: 2,
    storeDir: fileURLToPath(new URL('../knowledge', import.meta.url)),
    databaseServerUrl: process.env.PARLEY_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    workDir: join(tmpdir(), `parley-load-${process.pid}`),
    p99TargetMs: TARGETS.p99Ms,
  };
  const all: ScenarioOptions[] = [
    { ...base, name: 'echo1', kind: 'echo', nodes: 1, engine: 'none', sockets, rate, steadyS, capacityUp: [2, 4, 8, 16], capacityDown: [0.5, 0.25] },
    { ...base, name: 'parley1', kind: 'parley', nodes: 1, engine: 'postgres', sockets, rate, steadyS, capacityUp: [1.5, 2, 3, 4], capacityDown: [0.5, 0.25, 0.125, 0.0625] },
    { ...base, name: 'parley2', kind: 'parley', nodes: 2, engine: 'postgres', sockets, rate, steadyS, capacityUp: [1.5, 2, 3, 4], capacityDown: [0.5, 0.25, 0.125, 0.0625] },
    // PGlite runs queries on the event loop (one core at most): measured smaller, to show where it stands.
    { ...base, name: 'pglite1', kind: 'parley', nodes: 1, engine: 'pglite', sockets: Math.round(sockets / 5), rate: Math.round(rate / 5), steadyS: Math.round(steadyS / 2), capacityUp: [2, 4, 8], capacityDown: [0.5, 0.25, 0.125] },
  ];
  const scenarios = all.filter((s) => only.includes(s.name));

  const loadBefore = loadavg();
  const ioBefore = ioPressure();
  const reports: Record<string, ScenarioReport> = {};
  for (const scenario of scenarios) reports[scenario.name] = await runScenario(scenario, (line) => console.log(`  ${line}`));

  const echo = reports.echo1;
  const one = reports.parley1;
  const verdicts = one
    ? {
        socketsConnected: one.connect.connected >= TARGETS.sockets && Object.keys(one.connect.errors).length === 0,
        answeredPerSecond: one.steady.shoppers.repliesPerSecond >= TARGETS.answeredPerSecond * 0.98,
        replyP99: (one.steady.shoppers.replyLatencyMs.p99 ?? Infinity) < TARGETS.p99Ms,
        rss: Math.max(...one.steady.nodes.map((n) => n.rssPeakMb), ...one.capacity.steps.flatMap((s) => s.nodes.map((n) => n.rssPeakMb))) <= TARGETS.rssMb,
        nothingLostOrDuplicated: Boolean(
          one.integrity && one.integrity.lostAcknowledged + one.integrity.duplicatedInDatabase + one.integrity.duplicateDeliveries + one.integrity.undeliveredToShopper + one.integrity.undeliveredToAgents === 0,
        ),
      }
    : undefined;
  const ratio = (r: ScenarioReport | undefined) => (r && echo && echo.capacity.maxSustainedPerSecond ? Math.round((r.capacity.maxSustainedPerSecond / echo.capacity.maxSustainedPerSecond) * 100) / 100 : null);
  return {
    // Other work on this shared machine skews every number: the 1-minute load average before and after.
    machineLoad: { before: loadBefore.map((l) => Math.round(l * 100) / 100), after: loadavg().map((l) => Math.round(l * 100) / 100) },
    ioPressurePercent: { before: ioBefore, after: ioPressure() },
    targets: TARGETS,
    verdicts,
    throughputRatioToEcho: { parley1: ratio(one), parley2: ratio(reports.parley2), pglite1: ratio(reports.pglite1) },
    notes: [
      'All processes share this 2-core machine: the node(s), PostgreSQL, Redis and the load generator (one process holding every client socket).',
      'Reply latency: from a shopper sending a message to that socket receiving the next assistant/system message; ack latency: until the server acknowledged the stored message.',
      'Capacity: after the steady window the offered rate rises step by step until a step is not sustained (p99 over target, < 95 % acknowledged, or more than 3 s of messages waiting for their ack), or — when the steady rate was not sustained — falls (starting just under what was acknowledged) until one is; then two steps bisect between the highest rate that held and the lowest that did not; each step starts once the node has worked off its backlog. maxSustainedPerSecond is the highest sustained rate.',
      'The echo server emits the same packets per message as Parley (ack, message, summary and reply to the shopper room; the same to the store\'s agents) with no database and no assistant.',
      'The load targets are for PostgreSQL; PGlite runs every query on the node\'s event loop and is measured at one fifth of the load.',
    ],
    scenarios: reports,
  };
}

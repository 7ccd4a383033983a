/**
 * Restart PostgreSQL under traffic: one node on a private PostgreSQL server, shoppers writing; the
 * server stops (fast shutdown, connections cut) for a few seconds and starts again. Pass: sends during
 * the outage are refused cleanly (an error ack, not a hung socket), /readyz reports the outage, the
 * node stays up and recovers by itself, and once the database is back every message is stored once
 * with nothing acknowledged lost.
 */
import { join } from 'node:path';
import { startPrivatePostgres } from './private-services.js';
import { connectShoppers, drive, mergeFailures, percentile, settleAndCheck, sleep, startParleyNodes, watchReadiness, type Workspace } from './harness.js';

export interface RestartPostgresOptions {
  shoppers: number;
  everyMs: number;
  downMs: number;
}

const PRIVATE_PG_PORT = 55432;

export async function restartPostgresScenario(ws: Workspace, o: RestartPostgresOptions): Promise<Record<string, unknown>> {
  const server = await startPrivatePostgres(join(ws.dir, 'pg'), PRIVATE_PG_PORT);
  const nodes = await startParleyNodes(ws, 'restart-postgres', 1, { DATABASE_URL: server.url });
  const [node] = nodes as [(typeof nodes)[0]];
  try {
    const shoppers = await connectShoppers([node.url], node.storeId, o.shoppers, 'pgr');
    const readiness = watchReadiness(node.url);
    const traffic = drive(shoppers, o.everyMs);
    await sleep(6_000);
    const downAt = Date.now();
    await server.restart(o.downMs);
    const upAt = Date.now();
    await sleep(10_000);
    traffic.stop();
    const integrity = await settleAndCheck(node.query, shoppers);
    const ready = readiness.stop();
    const nodeAlive = await Promise.race([node.exited.then(() => false), sleep(100).then(() => true)]);
    const acksAfterRestart = shoppers.flatMap((s) => s.ackTimes.filter((t) => t > upAt)).sort((a, b) => a - b);
    const failures = mergeFailures(shoppers);
    const passed = nodeAlive && integrity.lostAcknowledged === 0 && integrity.duplicated === 0 && integrity.gaps === 0 && integrity.neverAcknowledged === 0 && !failures['ack timeout'];
    return {
      passed,
      setup: { nodes: 1, shoppers: o.shoppers, messageEveryMs: o.everyMs, postgresDownMs: upAt - downAt },
      nodeStayedUp: nodeAlive,
      // Refusals the shoppers saw while the database was away (an error ack, retried later).
      failedAttempts: failures,
      readiness: {
        notReadyMs: ready.notReadyMs,
        reportedOutageAfterMs: ready.firstNotReadyAt ? ready.firstNotReadyAt - downAt : null,
        readyAgainAfterRestartMs: ready.readyAgainAt ? ready.readyAgainAt - upAt : null,
        statuses: ready.statuses,
      },
      firstAckAfterRestartMs: acksAfterRestart[0] ? acksAfterRestart[0] - upAt : null,
      ackLatencyMsP99IncludingRetries: percentile(shoppers.flatMap((s) => s.ackMs), 99),
      integrity,
    };
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    await server.destroy();
  }
}

/**
 * Restart Redis under two-node traffic: shoppers on both nodes writing, an agent on node B; Redis
 * (private server) is killed and started again. Pass: messages keep being stored and acknowledged
 * (Redis carries broadcasts and limits, not data), both nodes stay up, cross-node delivery to the
 * agent works again after the restart, the agent is told to resync (`sync:required`) for what it
 * missed meanwhile, and shoppers end with no gap.
 */
import { io } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';
import { startPrivateRedis } from './private-services.js';
import { connectShoppers, drive, freshDatabase, mergeFailures, percentile, settleAndCheck, sleep, startParleyNodes, type Workspace } from './harness.js';

export interface RestartRedisOptions {
  shoppers: number;
  everyMs: number;
  downMs: number;
  postgresServerUrl: string;
}

const PRIVATE_REDIS_PORT = 56379;

export async function restartRedisScenario(ws: Workspace, o: RestartRedisOptions): Promise<Record<string, unknown>> {
  const redis = await startPrivateRedis(PRIVATE_REDIS_PORT);
  const database = await freshDatabase(o.postgresServerUrl);
  const nodes = await startParleyNodes(ws, 'restart-redis', 2, { DATABASE_URL: database.url, REDIS_URL: redis.url });
  const [a, b] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
  try {
    const agentSeen = new Map<number, number>(); // seq → when the agent on B saw it
    const agent = io(`${b.url}/agents`, { transports: ['websocket'], extraHeaders: { cookie: a.agentCookies[1]! }, forceNew: true, reconnection: false });
    agent.on('message:created', (m: Message) => agentSeen.set(m.seq, Date.now()));
    let syncRequiredAt: number | null = null;
    agent.on('sync:required', () => (syncRequiredAt ??= Date.now()));
    await new Promise<void>((resolve) => agent.once('connect', () => resolve()));

    const shoppers = await connectShoppers([a.url, b.url], a.storeId, o.shoppers, 'rdr');
    const traffic = drive(shoppers, o.everyMs);
    await sleep(6_000);
    const downAt = Date.now();
    await redis.restart(o.downMs);
    const upAt = Date.now();
    await sleep(12_000);
    traffic.stop();
    const integrity = await settleAndCheck(b.query, shoppers);
    agent.disconnect();

    // Messages of shoppers on node A (connected there first) as node B's agent saw them, by phase.
    const rows = await b.query<{ seq: number; created_at: string }>(
      `SELECT m.seq, m.created_at FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.internal = false AND c.visitor_id LIKE 'rdr-%'`,
    );
    const phase = (from: number, to: number) => {
      const inPhase = rows.filter((r) => {
        const t = new Date(r.created_at).getTime();
        return t >= from && t < to;
      });
      return { stored: inPhase.length, seenByAgentOnB: inPhase.filter((r) => agentSeen.has(r.seq)).length };
    };
    const alive = await Promise.all(nodes.map((n) => Promise.race([n.exited.then(() => false), sleep(100).then(() => true)])));
    const after = phase(upAt + 3_000, Date.now());
    const failures = mergeFailures(shoppers);
    const passed =
      alive.every(Boolean) && integrity.lostAcknowledged === 0 && integrity.duplicated === 0 && integrity.gaps === 0 && integrity.neverAcknowledged === 0 && after.stored > 0 && after.seenByAgentOnB === after.stored;
    return {
      passed,
      setup: { nodes: 2, shoppers: o.shoppers, messageEveryMs: o.everyMs, redisDownMs: upAt - downAt },
      nodesStayedUp: alive,
      failedAttempts: failures,
      // Broadcasts from node A during the outage do not reach B's agent; B tells it to resync instead.
      agentOnNodeB: { beforeOutage: phase(0, downAt), duringOutage: phase(downAt, upAt), afterRestart: after, syncRequiredAfterRestartMs: syncRequiredAt === null ? null : syncRequiredAt - upAt },
      ackLatencyMsP99IncludingRetries: percentile(shoppers.flatMap((s) => s.ackMs), 99),
      integrity,
    };
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    await redis.stop();
    await database.drop().catch(() => undefined);
  }
}

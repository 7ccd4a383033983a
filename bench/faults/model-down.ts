/**
 * The model endpoint slow or down: one node in LLM mode against a local OpenAI-compatible server that
 * first answers, then hangs, then fails every request, then recovers. Pass: every shopper message is
 * acknowledged at once and answered (the offline pipeline takes over when the model times out or
 * fails), replies during the hang arrive within the model client's two attempts of PARLEY_LLM_TIMEOUT_MS
 * plus a margin, and no socket waits.
 */
import { startFakeOpenAI } from '../../test/helpers/fake-openai-server.js';
import { connectShoppers, freshDatabase, percentile, sleep, startParleyNodes, type Workspace } from './harness.js';
import { checkShoppers } from './resilient-shopper.js';
import { shopperText } from '../load/shopper-texts.js';

export interface ModelDownOptions {
  shoppers: number;
  postgresServerUrl: string;
}

const MODEL_TIMEOUT_MS = 2_000;
/** The model client tries twice (one retry), each attempt bounded by the timeout. */
const FALLBACK_BOUND_MS = 2 * MODEL_TIMEOUT_MS + 3_000;
const ANSWER_DEADLINE_MS = 30_000;

export async function modelDownScenario(ws: Workspace, o: ModelDownOptions): Promise<Record<string, unknown>> {
  const model = await startFakeOpenAI({ respond: () => ({ content: 'Thanks for your message! Our team is happy to help with that.' }) });
  const database = await freshDatabase(o.postgresServerUrl);
  const nodes = await startParleyNodes(ws, 'model-down', 1, {
    DATABASE_URL: database.url,
    PARLEY_ASSISTANT: 'llm',
    OPENAI_BASE_URL: model.url,
    OPENAI_API_KEY: 'test-key',
    PARLEY_LLM_TIMEOUT_MS: String(MODEL_TIMEOUT_MS),
  });
  const [node] = nodes as [(typeof nodes)[0]];
  try {
    const shoppers = await connectShoppers([node.url], node.storeId, o.shoppers, 'mdl');
    const phases: Record<string, unknown> = {};
    let counter = 0;
    const phase = async (name: string, setup: () => void) => {
      setup();
      const requestsBefore = model.requests.length;
      const startedAt = new Date();
      for (const s of shoppers) s.send(shopperText(counter++));
      // Until every message of the phase is acknowledged and answered, or the deadline.
      const deadline = Date.now() + ANSWER_DEADLINE_MS;
      const readReplies = () =>
        node.query<{ latency_ms: number | null }>(
          `SELECT (SELECT extract(epoch FROM min(r.created_at) - m.created_at) * 1000 FROM messages r
                   WHERE r.conversation_id = m.conversation_id AND r.seq > m.seq AND r.author IN ('assistant', 'system')) AS latency_ms
           FROM messages m WHERE m.author = 'shopper' AND m.created_at >= $1`,
          [startedAt],
        );
      let replies = await readReplies();
      while (Date.now() < deadline && (shoppers.some((s) => s.pending.size > 0) || replies.length < shoppers.length || replies.some((r) => r.latency_ms === null))) {
        await sleep(250);
        replies = await readReplies();
      }
      const latencies = replies.map((r) => r.latency_ms).filter((v): v is number => v !== null).map(Number);
      phases[name] = {
        shopperMessages: replies.length,
        answered: latencies.length,
        replyLatencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(0, ...latencies) },
        modelRequests: model.requests.length - requestsBefore,
      };
    };
    await phase('healthy', () => model.resume());
    await phase('hanging', () => model.hang());
    await phase('failing', () => {
      model.resume();
      model.failNext(10_000);
    });
    await phase('recovered', () => model.failNext(0));
    await Promise.all(shoppers.map((s) => s.finish()));
    const integrity = await checkShoppers(node.query, shoppers);
    const acks = shoppers.flatMap((s) => s.ackMs);
    const hanging = phases.hanging as { answered: number; shopperMessages: number; replyLatencyMs: { p99: number | null } };
    const allAnswered = Object.values(phases).every((p) => (p as { answered: number; shopperMessages: number }).answered === (p as { shopperMessages: number }).shopperMessages);
    const passed =
      allAnswered && integrity.lostAcknowledged === 0 && integrity.neverAcknowledged === 0 && (percentile(acks, 99) ?? Infinity) < 1_000 && (hanging.replyLatencyMs.p99 ?? Infinity) <= FALLBACK_BOUND_MS;
    return {
      passed,
      setup: { shoppers: o.shoppers, modelTimeoutMs: MODEL_TIMEOUT_MS, fallbackBoundMs: FALLBACK_BOUND_MS },
      phases,
      ackLatencyMs: { p50: percentile(acks, 50), p99: percentile(acks, 99) },
      integrity,
    };
  } finally {
    model.resume();
    await Promise.all(nodes.map((n) => n.stop()));
    await model.close();
    await database.drop().catch(() => undefined);
  }
}

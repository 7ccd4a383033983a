/**
 * Wires insights into the app: the background jobs (proactive scan and notice delivery, feedback
 * scan and requests, and on the embedded database a periodic ANALYZE so report queries get good
 * plans — PGlite has no autovacuum). Registered from app.ts after the inbox (its mailer is used).
 */
import type { FastifyInstance } from 'fastify';
import { PermanentJobError } from '../jobs/types.js';
import { listStores, getStore } from '../repositories/stores.js';
import { deliverNotice, type DeliveryContext } from './proactive/deliver-notice.js';
import { NOTICE_QUEUE, scanStoreShipments } from './proactive/scan-shipments.js';
import { FEEDBACK_QUEUE, scanDeliveredOrders } from './feedback-requests/scan-deliveries.js';
import { sendFeedbackRequest, type FeedbackContext } from './feedback-requests/send-request.js';

export const PROACTIVE_SCAN_QUEUE = 'insights.proactive-scan';
export const FEEDBACK_SCAN_QUEUE = 'insights.feedback-scan';
const ANALYZE_QUEUE = 'insights.analyze';
const ANALYZE_EVERY_MS = 6 * 3600_000;

export function deliveryContext(app: FastifyInstance): DeliveryContext & FeedbackContext {
  return {
    db: app.db,
    conversations: app.conversations,
    mailer: app.inbox.mailer,
    email: { from: app.config.email.from, replyTo: app.config.email.replyTo },
    log: app.log.child({ module: 'insights' }),
    publicUrl: app.config.publicUrl ?? `http://localhost:${app.config.port}`,
    now: () => app.clock.now(),
  };
}

/** Runs the proactive scan for one store (or all), now. */
export async function runProactiveScan(app: FastifyInstance, storeId?: string): Promise<{ shipments: number; notices: number }> {
  const ids = storeId ? [storeId] : (await listStores(app.db)).map((s) => s.id);
  const total = { shipments: 0, notices: 0 };
  for (const id of ids) {
    const store = await getStore(app.db, id);
    if (!store) continue;
    const r = await scanStoreShipments(app.db, app.jobs, store, app.clock.now());
    total.shipments += r.shipments;
    total.notices += r.notices;
  }
  return total;
}

export async function runFeedbackScan(app: FastifyInstance, storeId?: string): Promise<{ queued: number; skipped: number }> {
  const ids = storeId ? [storeId] : (await listStores(app.db)).map((s) => s.id);
  const total = { queued: 0, skipped: 0 };
  for (const id of ids) {
    const store = await getStore(app.db, id);
    if (!store) continue;
    const r = await scanDeliveredOrders(app.db, app.jobs, store, app.clock.now());
    total.queued += r.queued;
    total.skipped += r.skipped;
  }
  return total;
}

export function registerInsights(app: FastifyInstance): void {
  const { jobs, config } = app;
  const payloadId = (payload: Record<string, unknown>, key: string): string => {
    const id = payload[key];
    if (typeof id !== 'string') throw new PermanentJobError(`payload needs ${key}`);
    return id;
  };

  jobs.define<Record<string, unknown>>(NOTICE_QUEUE, async (job) => {
    await deliverNotice(deliveryContext(app), payloadId(job.payload, 'noticeId'));
  }, { concurrency: 2, maxAttempts: 6 });
  jobs.define<Record<string, unknown>>(FEEDBACK_QUEUE, async (job) => {
    await sendFeedbackRequest(deliveryContext(app), payloadId(job.payload, 'requestId'));
  }, { concurrency: 2, maxAttempts: 6 });

  jobs.define(PROACTIVE_SCAN_QUEUE, async () => {
    const r = await runProactiveScan(app);
    if (r.notices) app.log.info(r, 'proactive scan queued notices');
  }, { concurrency: 1, maxAttempts: 3, visibilityTimeoutMs: 10 * 60_000 });
  jobs.define(FEEDBACK_SCAN_QUEUE, async () => {
    const r = await runFeedbackScan(app);
    if (r.queued || r.skipped) app.log.info(r, 'feedback scan');
  }, { concurrency: 1, maxAttempts: 3, visibilityTimeoutMs: 10 * 60_000 });
  if (config.insights.proactiveScanMinutes > 0) jobs.every(PROACTIVE_SCAN_QUEUE, config.insights.proactiveScanMinutes * 60_000, {});
  if (config.insights.feedbackScanMinutes > 0) jobs.every(FEEDBACK_SCAN_QUEUE, config.insights.feedbackScanMinutes * 60_000, {});

  if (app.db.kind === 'pglite') {
    jobs.define(ANALYZE_QUEUE, async () => {
      await app.db.exec('ANALYZE conversations; ANALYZE messages; ANALYZE assistant_turns; ANALYZE conversation_feedback; ANALYZE customers;');
    }, { concurrency: 1, maxAttempts: 2 });
    jobs.every(ANALYZE_QUEUE, ANALYZE_EVERY_MS, {});
  }
}

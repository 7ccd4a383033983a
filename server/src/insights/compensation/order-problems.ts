/**
 * Abnormal orders for agents: parcels the proactive scanner found lost or late that nobody has
 * compensated yet, and the problems one order shows right now (from its shipments' lateness).
 */
import type { Db } from '../../db/types.js';
import type { OrderRow } from '../../repositories/orders.js';
import type { StoreRow } from '../../repositories/stores.js';
import { getOrderDetail } from '../../commerce/query.js';
import type { Problem } from '../settings.js';
import { remedyOptions } from './decisions.js';
import type { RemedySuggestion } from './suggest-remedies.js';

export interface OrderProblem {
  orderId: string;
  orderName: string;
  channel: string;
  market: string | null;
  currency: string;
  total: string | null;
  problem: Problem;
  detectedAt: string;
  /** The conversation that told the shopper, if any. */
  conversationId: string | null;
  suggestions: RemedySuggestion[];
}

const LOOKBACK_DAYS = 60;

export async function listOrderProblems(db: Db, store: StoreRow, now: Date, limit = 100): Promise<OrderProblem[]> {
  const { rows } = await db.query<OrderRow & { problem: Problem; detected_at: Date; conversation_id: string | null }>(
    `SELECT DISTINCT ON (o.id, n.kind) o.*, n.kind AS problem, n.detected_at, n.conversation_id
     FROM proactive_notices n JOIN orders o ON o.id = n.order_pk
     WHERE n.store_id = $1 AND n.kind IN ('lost', 'late') AND n.detected_at > $2::timestamptz - make_interval(days => $3)
       AND NOT EXISTS (SELECT 1 FROM compensation_decisions d WHERE d.order_pk = o.id AND d.status = 'approved')
     ORDER BY o.id, n.kind, n.detected_at DESC`,
    [store.id, now, LOOKBACK_DAYS],
  );
  return rows
    .sort((a, b) => new Date(b.detected_at).getTime() - new Date(a.detected_at).getTime())
    .slice(0, limit)
    .map((o) => ({
      orderId: o.id,
      orderName: o.name,
      channel: o.channel,
      market: o.market,
      currency: o.currency,
      total: o.total_price,
      problem: o.problem,
      detectedAt: new Date(o.detected_at).toISOString(),
      conversationId: o.conversation_id,
      suggestions: remedyOptions(store, o)[o.problem],
    }));
}

/** Problems the order's parcels show at `now`: lost, or past the promised window. */
export async function detectOrderProblems(db: Db, store: StoreRow, orderId: string, now: Date): Promise<Problem[]> {
  const detail = await getOrderDetail(db, { storeId: store.id, orderId, now, audience: 'agent' });
  const found = new Set<Problem>();
  for (const s of detail?.shipments ?? []) {
    if (s.kind !== 'outbound' || !s.lateness) continue;
    if (s.lateness.state === 'lost') found.add('lost');
    else if (s.lateness.businessDaysLate > 0 && s.lateness.state !== 'on_time') found.add('late');
  }
  return [...found];
}

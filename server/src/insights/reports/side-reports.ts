/**
 * The parts of a report that are not about conversations: compensation decisions (by decision date),
 * proactive notices (by detection date) and post-delivery feedback requests (by creation date). The
 * market filter applies through the order; language, channel and intent filters do not apply.
 */
import type { Queryable } from '../../db/types.js';
import type { ReportScope } from './report-scope.js';

export interface CompensationRow {
  problem: string;
  remedy: string;
  status: 'approved' | 'rejected';
  currency: string;
  decisions: number;
  /** Sum of the estimated cost to the store (approved decisions only carry a cost). */
  cost: string;
  /** Sum of refunds and coupon values given. */
  amount: string;
}

export interface NoticeRow {
  kind: string;
  status: string;
  count: number;
}

export interface FeedbackRequestRow {
  status: string;
  reason: string | null;
  count: number;
}

export async function compensationSummary(db: Queryable, scope: ReportScope): Promise<CompensationRow[]> {
  const { rows } = await db.query<CompensationRow>(
    `SELECT d.problem, d.remedy, d.status, d.currency, count(*)::int AS decisions,
       to_char(COALESCE(sum(d.cost), 0), 'FM999999999990.00') AS cost, to_char(COALESCE(sum(d.amount), 0), 'FM999999999990.00') AS amount
     FROM compensation_decisions d JOIN orders o ON o.id = d.order_pk
     WHERE d.store_id = $1 AND d.decided_at >= $2 AND d.decided_at < $3 AND ($4::text IS NULL OR o.market = $4)
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    [scope.storeId, scope.start, scope.end, scope.filters.market ?? null],
  );
  return rows;
}

export async function noticeSummary(db: Queryable, scope: ReportScope): Promise<NoticeRow[]> {
  const { rows } = await db.query<NoticeRow>(
    `SELECT n.kind, n.status, count(*)::int AS count
     FROM proactive_notices n LEFT JOIN orders o ON o.id = n.order_pk
     WHERE n.store_id = $1 AND n.detected_at >= $2 AND n.detected_at < $3 AND ($4::text IS NULL OR o.market = $4)
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [scope.storeId, scope.start, scope.end, scope.filters.market ?? null],
  );
  return rows;
}

export async function feedbackRequestSummary(db: Queryable, scope: ReportScope): Promise<FeedbackRequestRow[]> {
  const { rows } = await db.query<FeedbackRequestRow>(
    `SELECT r.status, r.skip_reason AS reason, count(*)::int AS count
     FROM feedback_requests r JOIN orders o ON o.id = r.order_pk
     WHERE r.store_id = $1 AND r.created_at >= $2 AND r.created_at < $3 AND ($4::text IS NULL OR o.market = $4)
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [scope.storeId, scope.start, scope.end, scope.filters.market ?? null],
  );
  return rows;
}

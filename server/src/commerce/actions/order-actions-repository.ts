/** SQL for the order_actions table (migration 050). */
import type { Queryable } from '../../db/types.js';
import type { OrderActionKind, OrderActionStatus } from './types.js';

export interface OrderActionRow {
  id: string;
  store_id: string;
  order_pk: string;
  conversation_id: string | null;
  customer_id: string | null;
  kind: OrderActionKind;
  status: OrderActionStatus;
  requested_by: 'shopper' | 'assistant' | 'agent';
  requested_by_agent: string | null;
  details: Record<string, unknown>;
  policy: Record<string, unknown>;
  result: Record<string, unknown> | null;
  decided_by: string | null;
  decision_note: string | null;
  decided_at: Date | null;
  requested_at: Date;
  created_at: Date;
}

export interface NewOrderAction {
  storeId: string;
  orderPk: string;
  conversationId: string | null;
  customerId: string | null;
  kind: OrderActionKind;
  status: OrderActionStatus;
  requestedBy: OrderActionRow['requested_by'];
  requestedByAgent: string | null;
  details: Record<string, unknown>;
  policy: Record<string, unknown>;
  result?: Record<string, unknown> | null;
  decisionNote?: string | null;
  requestedAt: Date;
}

export async function insertOrderAction(q: Queryable, a: NewOrderAction): Promise<OrderActionRow> {
  const { rows } = await q.query<OrderActionRow>(
    `INSERT INTO order_actions (store_id, order_pk, conversation_id, customer_id, kind, status, requested_by, requested_by_agent,
       details, policy, result, decision_note, decided_at, requested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $6 = 'requested' THEN NULL ELSE $13::timestamptz END, $13)
     RETURNING *`,
    [
      a.storeId, a.orderPk, a.conversationId, a.customerId, a.kind, a.status, a.requestedBy, a.requestedByAgent,
      JSON.stringify(a.details), JSON.stringify(a.policy), a.result ? JSON.stringify(a.result) : null, a.decisionNote ?? null, a.requestedAt,
    ],
  );
  return rows[0]!;
}

export async function getOrderAction(q: Queryable, storeId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<OrderActionRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await q.query<OrderActionRow>(
    `SELECT * FROM order_actions WHERE store_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [storeId, id],
  );
  return rows[0];
}

export async function findPendingAction(q: Queryable, orderPk: string, kind: OrderActionKind): Promise<OrderActionRow | undefined> {
  const { rows } = await q.query<OrderActionRow>(`SELECT * FROM order_actions WHERE order_pk = $1 AND kind = $2 AND status = 'requested'`, [orderPk, kind]);
  return rows[0];
}

export async function decideOrderAction(
  q: Queryable,
  id: string,
  d: { status: Exclude<OrderActionStatus, 'requested'>; decidedBy: string | null; note: string | null; result?: Record<string, unknown> | null; decidedAt: Date },
): Promise<OrderActionRow> {
  const { rows } = await q.query<OrderActionRow>(
    `UPDATE order_actions SET status = $2, decided_by = $3, decision_note = $4, result = coalesce($5, result), decided_at = $6, updated_at = now()
     WHERE id = $1 RETURNING *`,
    [id, d.status, d.decidedBy, d.note, d.result ? JSON.stringify(d.result) : null, d.decidedAt],
  );
  return rows[0]!;
}

export interface ActionListFilter {
  status?: OrderActionStatus;
  orderPk?: string;
  conversationId?: string;
  limit: number;
}

/** Actions of a store, newest first, with the order's name for display. */
export async function listOrderActions(q: Queryable, storeId: string, f: ActionListFilter): Promise<Array<OrderActionRow & { order_name: string }>> {
  const { rows } = await q.query<OrderActionRow & { order_name: string }>(
    `SELECT a.*, o.name AS order_name FROM order_actions a JOIN orders o ON o.id = a.order_pk
     WHERE a.store_id = $1 AND ($2::text IS NULL OR a.status = $2) AND ($3::uuid IS NULL OR a.order_pk = $3)
       AND ($4::uuid IS NULL OR a.conversation_id = $4)
     ORDER BY a.requested_at DESC, a.created_at DESC LIMIT $5`,
    [storeId, f.status ?? null, f.orderPk ?? null, f.conversationId ?? null, f.limit],
  );
  return rows;
}

/** An order action as the inbox and the REST API show it. */
import type { OrderActionRow } from './order-actions-repository.js';
import type { OrderActionKind, OrderActionStatus } from './types.js';

export interface OrderActionView {
  id: string;
  kind: OrderActionKind;
  status: OrderActionStatus;
  orderId: string;
  orderName: string | null;
  conversationId: string | null;
  customerId: string | null;
  requestedBy: 'shopper' | 'assistant' | 'agent';
  requestedAt: string;
  details: Record<string, unknown>;
  /** Policy facts at request time, or the refusal code and facts. */
  policy: Record<string, unknown>;
  result: Record<string, unknown> | null;
  decidedBy: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
}

export function orderActionView(a: OrderActionRow & { order_name?: string }): OrderActionView {
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    orderId: a.order_pk,
    orderName: a.order_name ?? null,
    conversationId: a.conversation_id,
    customerId: a.customer_id,
    requestedBy: a.requested_by,
    requestedAt: new Date(a.requested_at).toISOString(),
    details: a.details,
    policy: a.policy,
    result: a.result,
    decidedBy: a.decided_by,
    decisionNote: a.decision_note,
    decidedAt: a.decided_at ? new Date(a.decided_at).toISOString() : null,
  };
}

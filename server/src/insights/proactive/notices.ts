/** Recent proactive notices of a store, for agents and the reports page. */
import type { Queryable } from '../../db/types.js';
import type { ProactiveKind } from '../settings.js';
import type { NoticeFacts } from './detect-event.js';

export interface NoticeView {
  id: string;
  kind: ProactiveKind;
  status: 'pending' | 'delivered' | 'suppressed';
  suppressedReason: string | null;
  orderId: string | null;
  orderName: string | null;
  conversationId: string | null;
  emailStatus: string | null;
  locale: string;
  facts: NoticeFacts;
  detectedAt: string;
  deliveredAt: string | null;
}

export async function listNotices(q: Queryable, storeId: string, limit: number): Promise<NoticeView[]> {
  const { rows } = await q.query<{
    id: string; kind: ProactiveKind; status: NoticeView['status']; suppressed_reason: string | null; order_pk: string | null; order_name: string | null;
    conversation_id: string | null; email_status: string | null; locale: string; facts: NoticeFacts; detected_at: Date; delivered_at: Date | null;
  }>(
    `SELECT n.*, o.name AS order_name FROM proactive_notices n LEFT JOIN orders o ON o.id = n.order_pk
     WHERE n.store_id = $1 ORDER BY n.detected_at DESC, n.created_at DESC LIMIT $2`,
    [storeId, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    suppressedReason: r.suppressed_reason,
    orderId: r.order_pk,
    orderName: r.order_name,
    conversationId: r.conversation_id,
    emailStatus: r.email_status,
    locale: r.locale,
    facts: r.facts,
    detectedAt: new Date(r.detected_at).toISOString(),
    deliveredAt: r.delivered_at ? new Date(r.delivered_at).toISOString() : null,
  }));
}

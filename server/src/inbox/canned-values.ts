/** Fills canned-response placeholders from the conversation: the customer, their latest order and parcel. */
import type { Queryable } from '../db/types.js';
import type { ConversationRow } from '../conversations/conversations-repository.js';
import type { TemplateValues } from './canned-templates.js';

export async function templateValues(q: Queryable, conversation: ConversationRow, agentName: string): Promise<TemplateValues> {
  const { rows } = await q.query<{ store_name: string; first_name: string | null; last_name: string | null; order_name: string | null; tracking_number: string | null; tracking_url: string | null }>(
    `SELECT s.name AS store_name, cu.first_name, cu.last_name, o.name AS order_name, sh.tracking_number, sh.data->>'tracking_url' AS tracking_url
     FROM stores s
     LEFT JOIN customers cu ON cu.store_id = s.id AND cu.id = $3
     LEFT JOIN LATERAL (
       SELECT id, name FROM orders WHERE store_id = s.id
         AND ((lower(name) = lower($4::text)) OR ($4::text IS NULL AND $3::uuid IS NOT NULL AND customer_id = $3))
       ORDER BY placed_at DESC LIMIT 1) o ON true
     LEFT JOIN LATERAL (
       SELECT tracking_number, data FROM shipments WHERE store_id = s.id AND order_pk = o.id AND kind = 'outbound'
       ORDER BY updated_at DESC LIMIT 1) sh ON true
     WHERE s.id = $1 AND $2::uuid IS NOT NULL`,
    [conversation.store_id, conversation.id, conversation.customer_id, typeof conversation.state?.orderName === 'string' ? conversation.state.orderName : null],
  );
  const r = rows[0];
  if (!r) return { agent_name: agentName };
  return {
    first_name: r.first_name,
    customer_name: [r.first_name, r.last_name].filter(Boolean).join(' ') || null,
    order_number: r.order_name,
    tracking_number: r.tracking_number,
    tracking_url: r.tracking_url,
    agent_name: agentName.split(/\s+/)[0] ?? agentName,
    store_name: r.store_name,
  };
}

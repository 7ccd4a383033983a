import type { Queryable } from '../db/types.js';
import type { ConversationStatus, ConversationSummary } from '../../../protocol/messages.js';

export interface ConversationState {
  language?: string;
  orderName?: string;
  productHandle?: string;
  verifiedCustomerId?: string;
  lowConfidenceTurns?: number;
  awaiting?: string;
  [key: string]: unknown;
}

export interface ConversationRow {
  id: string;
  store_id: string;
  visitor_id: string | null;
  customer_id: string | null;
  channel: string;
  status: ConversationStatus;
  handed_off_at: Date | null;
  handoff_reason: string | null;
  assignee_id: string | null;
  locale: string | null;
  intent: string | null;
  priority: string;
  labels: string[];
  contact_email: string | null;
  page: Record<string, unknown> | null;
  state: ConversationState;
  last_message_at: Date;
  created_at: Date;
}

export async function createConversation(
  q: Queryable,
  c: { storeId: string; tokenHash: string; visitorId?: string | null; customerId?: string | null; locale?: string | null; page?: unknown; channel?: string },
): Promise<ConversationRow> {
  const { rows } = await q.query<ConversationRow>(
    `INSERT INTO conversations (store_id, token_hash, visitor_id, customer_id, locale, page, channel)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [c.storeId, c.tokenHash, c.visitorId ?? null, c.customerId ?? null, c.locale ?? null, c.page ? JSON.stringify(c.page) : null, c.channel ?? 'widget'],
  );
  return rows[0]!;
}

export async function findConversationByToken(q: Queryable, storeId: string, tokenHash: string): Promise<ConversationRow | undefined> {
  const { rows } = await q.query<ConversationRow>('SELECT * FROM conversations WHERE store_id = $1 AND token_hash = $2', [storeId, tokenHash]);
  return rows[0];
}

export async function getConversation(q: Queryable, storeId: string, id: string): Promise<ConversationRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await q.query<ConversationRow>('SELECT * FROM conversations WHERE store_id = $1 AND id = $2', [storeId, id]);
  return rows[0];
}

export async function updateConversation(
  q: Queryable,
  storeId: string,
  id: string,
  patch: Partial<Pick<ConversationRow, 'status' | 'handoff_reason' | 'assignee_id' | 'locale' | 'intent' | 'priority' | 'labels' | 'contact_email' | 'customer_id' | 'state'>> & { handedOff?: boolean },
): Promise<ConversationRow | undefined> {
  const sets: string[] = [];
  const params: unknown[] = [storeId, id];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'handedOff') continue;
    set(key, key === 'state' ? JSON.stringify(value) : value);
  }
  if (patch.handedOff) sets.push('handed_off_at = COALESCE(handed_off_at, now())');
  sets.push('updated_at = now()');
  const { rows } = await q.query<ConversationRow>(`UPDATE conversations SET ${sets.join(', ')} WHERE store_id = $1 AND id = $2 RETURNING *`, params);
  return rows[0];
}

const SUMMARY = `SELECT c.*, a.name AS assignee_name,
  NULLIF(trim(coalesce(cu.first_name, '') || ' ' || coalesce(cu.last_name, '')), '') AS customer_name,
  (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.internal = false ORDER BY m.seq DESC LIMIT 1) AS last_message_preview
  FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id LEFT JOIN customers cu ON cu.id = c.customer_id`;

type SummaryRow = ConversationRow & { assignee_name: string | null; customer_name: string | null; last_message_preview: string | null };

function toSummary(r: SummaryRow): ConversationSummary {
  return {
    id: r.id,
    storeId: r.store_id,
    status: r.status,
    locale: r.locale,
    intent: r.intent,
    priority: r.priority,
    labels: r.labels,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    customerName: r.customer_name,
    contactEmail: r.contact_email,
    channel: r.channel,
    handoffReason: r.handoff_reason,
    handedOffAt: r.handed_off_at ? new Date(r.handed_off_at).toISOString() : null,
    lastMessageAt: new Date(r.last_message_at).toISOString(),
    lastMessagePreview: r.last_message_preview ? r.last_message_preview.slice(0, 140) : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function getConversationSummary(q: Queryable, storeId: string, id: string): Promise<ConversationSummary | undefined> {
  const { rows } = await q.query<SummaryRow>(`${SUMMARY} WHERE c.store_id = $1 AND c.id = $2`, [storeId, id]);
  return rows[0] ? toSummary(rows[0]) : undefined;
}

export type InboxView = 'unassigned' | 'mine' | 'open' | 'pending' | 'snoozed' | 'resolved' | 'bot' | 'all';

export async function listConversations(
  q: Queryable,
  storeId: string,
  opts: { view: InboxView; agentId: string; limit: number },
): Promise<ConversationSummary[]> {
  const params: unknown[] = [storeId, opts.limit];
  const where: Record<InboxView, string> = {
    unassigned: `c.status = 'open' AND c.assignee_id IS NULL`,
    mine: `c.status IN ('open', 'pending') AND c.assignee_id = $3`,
    open: `c.status = 'open'`,
    pending: `c.status = 'pending'`,
    snoozed: `c.status = 'snoozed'`,
    resolved: `c.status = 'resolved'`,
    bot: `c.status = 'bot'`,
    all: 'TRUE',
  };
  if (opts.view === 'mine') params.push(opts.agentId);
  const { rows } = await q.query<SummaryRow>(
    `${SUMMARY} WHERE c.store_id = $1 AND (${where[opts.view]}) ORDER BY c.last_message_at DESC LIMIT $2`,
    params,
  );
  return rows.map(toSummary);
}

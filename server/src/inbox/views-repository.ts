/**
 * The queue: conversations per view (unassigned, mine, open, pending, snoozed, resolved, with the
 * assistant, all) across the stores an agent works for, with filters, search and per-view counts.
 * Every query is scoped to an explicit list of store ids the caller has checked.
 */
import type { Queryable } from '../db/types.js';
import type { InboxFilters, InboxView, ViewCounts } from '../../../protocol/agent-events.js';
import { INBOX_VIEWS } from '../../../protocol/agent-events.js';
import type { ConversationStatus } from '../../../protocol/messages.js';

export type InboxSort = 'recent' | 'oldest' | 'priority';

export interface ItemRow {
  id: string;
  store_id: string;
  store_name: string;
  status: ConversationStatus;
  locale: string | null;
  intent: string | null;
  priority: string;
  labels: string[];
  assignee_id: string | null;
  assignee_name: string | null;
  customer_id: string | null;
  customer_name: string | null;
  customer_email: string | null;
  customer_country: string | null;
  contact_email: string | null;
  visitor_id: string | null;
  channel: string;
  handoff_reason: string | null;
  handed_off_at: Date | null;
  snoozed_until: Date | null;
  merged_into_id: string | null;
  last_message_at: Date;
  last_message_preview: string | null;
  created_at: Date;
  first_reply_at: Date | null;
  awaiting_since: Date | null;
}

const ITEM_SELECT = `SELECT c.id, c.store_id, s.name AS store_name, c.status, c.locale, c.intent, c.priority, c.labels,
  c.assignee_id, a.name AS assignee_name, c.customer_id,
  NULLIF(trim(coalesce(cu.first_name, '') || ' ' || coalesce(cu.last_name, '')), '') AS customer_name,
  cu.email AS customer_email, cu.country_code AS customer_country, c.contact_email, c.visitor_id, c.channel,
  c.handoff_reason, c.handed_off_at, c.snoozed_until, c.merged_into_id, c.last_message_at, c.created_at,
  (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.internal = false AND m.author <> 'system' ORDER BY m.seq DESC LIMIT 1) AS last_message_preview,
  (SELECT min(m.created_at) FROM messages m WHERE m.conversation_id = c.id AND m.author = 'agent' AND m.internal = false) AS first_reply_at,
  (SELECT min(m.created_at) FROM messages m WHERE m.conversation_id = c.id AND m.author = 'shopper' AND m.seq > coalesce(
     (SELECT max(r.seq) FROM messages r WHERE r.conversation_id = c.id AND r.author IN ('agent', 'assistant') AND r.internal = false), 0)) AS awaiting_since
  FROM conversations c JOIN stores s ON s.id = c.store_id
  LEFT JOIN agents a ON a.id = c.assignee_id LEFT JOIN customers cu ON cu.id = c.customer_id`;

/** The SQL condition of each view; $AGENT is the caller. */
const VIEW_CONDITION: Record<InboxView, string> = {
  unassigned: `c.status = 'open' AND c.assignee_id IS NULL`,
  mine: `c.status IN ('open', 'pending') AND c.assignee_id = $AGENT`,
  open: `c.status = 'open'`,
  pending: `c.status = 'pending'`,
  snoozed: `c.status = 'snoozed'`,
  resolved: `c.status = 'resolved'`,
  bot: `c.status = 'bot'`,
  all: 'TRUE',
};

const ORDER_BY: Record<InboxSort, string> = {
  recent: 'c.last_message_at DESC, c.id',
  oldest: 'c.last_message_at ASC, c.id',
  priority: `CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.last_message_at ASC, c.id`,
};

/** Escapes LIKE wildcards so a search for "50%" finds "50%". */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

class Where {
  readonly params: unknown[] = [];
  readonly parts: string[] = [];
  add(sqlWithPlaceholder: string, ...values: unknown[]): void {
    let sql = sqlWithPlaceholder;
    for (const value of values) {
      this.params.push(value);
      sql = sql.replace('?', `$${this.params.length}`);
    }
    this.parts.push(sql);
  }
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  toString(): string {
    return this.parts.length ? this.parts.join(' AND ') : 'TRUE';
  }
}

function filtersWhere(storeIds: readonly string[], filters: InboxFilters): Where {
  const where = new Where();
  where.add('c.store_id = ANY(?::text[])', [...storeIds]);
  if (filters.language) where.add(`split_part(lower(coalesce(c.locale, '')), '-', 1) = split_part(lower(?), '-', 1)`, filters.language);
  if (filters.channel) where.add('c.channel = ?', filters.channel);
  if (filters.intent) where.add('c.intent = ?', filters.intent);
  if (filters.priority) where.add('c.priority = ?', filters.priority);
  if (filters.label) where.add('? = ANY(c.labels)', filters.label);
  const q = filters.q?.trim();
  if (q) {
    const pattern = where.param(likePattern(q));
    where.parts.push(`(EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.text ILIKE ${pattern})
      OR c.contact_email ILIKE ${pattern} OR cu.email ILIKE ${pattern}
      OR (coalesce(cu.first_name, '') || ' ' || coalesce(cu.last_name, '')) ILIKE ${pattern})`);
  }
  return where;
}

export interface ListQuery {
  storeIds: readonly string[];
  agentId: string;
  view: InboxView;
  filters: InboxFilters;
  sort: InboxSort;
  limit: number;
  /** Rows to skip ("load more"). */
  offset?: number;
}

export async function listItems(q: Queryable, query: ListQuery): Promise<ItemRow[]> {
  if (query.storeIds.length === 0) return [];
  const where = filtersWhere(query.storeIds, query.filters);
  const condition = VIEW_CONDITION[query.view];
  // Only bind the agent when the view uses it: an unused parameter has no type PostgreSQL can infer.
  const view = condition.includes('$AGENT') ? condition.replace('$AGENT', `${where.param(query.agentId)}::uuid`) : condition;
  const limit = where.param(query.limit);
  const offset = where.param(query.offset ?? 0);
  const { rows } = await q.query<ItemRow>(
    `${ITEM_SELECT} WHERE ${where.toString()} AND (${view}) ORDER BY ${ORDER_BY[query.sort]} LIMIT ${limit} OFFSET ${offset}`,
    where.params,
  );
  return rows;
}

export async function getItemRow(q: Queryable, storeId: string, conversationId: string): Promise<ItemRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(conversationId)) return undefined;
  const { rows } = await q.query<ItemRow>(`${ITEM_SELECT} WHERE c.store_id = $1 AND c.id = $2`, [storeId, conversationId]);
  return rows[0];
}

/** How many conversations each view holds under the same filters. */
export async function countViews(q: Queryable, storeIds: readonly string[], agentId: string, filters: InboxFilters): Promise<ViewCounts> {
  const empty = Object.fromEntries(INBOX_VIEWS.map((v) => [v, 0])) as ViewCounts;
  if (storeIds.length === 0) return empty;
  const where = filtersWhere(storeIds, filters);
  const agent = where.param(agentId);
  const columns = INBOX_VIEWS.map((v) => `count(*) FILTER (WHERE ${VIEW_CONDITION[v].replace('$AGENT', `${agent}::uuid`)})::int AS "${v}"`);
  const { rows } = await q.query<ViewCounts>(
    `SELECT ${columns.join(', ')} FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id WHERE ${where.toString()}`,
    where.params,
  );
  return { ...empty, ...rows[0] };
}

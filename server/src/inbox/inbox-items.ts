/**
 * Presents queue rows as InboxItems: the conversation summary plus its first-reply SLA, computed in
 * the store's business hours against the store's target.
 */
import type { Queryable } from '../db/types.js';
import type { InboxItem } from '../../../protocol/agent-events.js';
import { getItemRow, type ItemRow } from './views-repository.js';
import { cachedStoreRow } from '../repositories/store-row-cache.js';
import { inboxRules, storeHours, type InboxRules, type StoreHours } from './inbox-settings.js';
import { slaStatus } from './sla.js';

interface StorePolicy {
  rules: InboxRules;
  hours: StoreHours;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

async function loadPolicies(q: Queryable, storeIds: string[]): Promise<Map<string, StorePolicy>> {
  const { rows } = await q.query<{ id: string; profile: Record<string, unknown>; settings: Record<string, unknown> }>(
    'SELECT id, profile, settings FROM stores WHERE id = ANY($1::text[])',
    [storeIds],
  );
  return new Map(rows.map((r) => [r.id, policyOf(r)]));
}

function policyOf(store: { profile: Record<string, unknown>; settings: Record<string, unknown> }): StorePolicy {
  return { rules: inboxRules(store.settings?.inbox), hours: storeHours(store) };
}

export function toInboxItem(r: ItemRow, policy: StorePolicy | undefined, now: Date): InboxItem {
  const handedOffAt = r.handed_off_at ? new Date(r.handed_off_at) : null;
  const sla = policy
    ? slaStatus({
        handedOffAt,
        firstReplyAt: r.first_reply_at ? new Date(r.first_reply_at) : null,
        now,
        targetMinutes: policy.rules.slaFirstReplyMinutes,
        hours: { teams: policy.hours.hours.teams, holidays: policy.hours.holidays },
      })
    : null;
  return {
    id: r.id,
    storeId: r.store_id,
    storeName: r.store_name,
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
    handedOffAt: iso(r.handed_off_at),
    lastMessageAt: new Date(r.last_message_at).toISOString(),
    lastMessagePreview: r.last_message_preview ? r.last_message_preview.slice(0, 140) : null,
    createdAt: new Date(r.created_at).toISOString(),
    snoozedUntil: r.status === 'snoozed' ? iso(r.snoozed_until) : null,
    mergedIntoId: r.merged_into_id,
    customerEmail: r.customer_email,
    customerCountry: r.customer_country,
    awaitingReplySince: iso(r.awaiting_since),
    sla,
  };
}

export async function toInboxItems(q: Queryable, rows: ItemRow[], now = new Date()): Promise<InboxItem[]> {
  const policies = await loadPolicies(q, [...new Set(rows.map((r) => r.store_id))]);
  return rows.map((r) => toInboxItem(r, policies.get(r.store_id), now));
}

export async function loadInboxItem(q: Queryable, storeId: string, conversationId: string, now = new Date()): Promise<InboxItem | undefined> {
  const row = await getItemRow(q, storeId, conversationId);
  if (!row) return undefined;
  // One conversation (pushed on every message): the store's policy comes from the per-node cache.
  const store = await cachedStoreRow(q, storeId);
  return toInboxItem(row, store && policyOf(store), now);
}

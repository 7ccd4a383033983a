/**
 * Who handles a conversation: manual assignment by any agent of the store, and automatic round-robin
 * among agents who are online, available and under their capacity, preferring those who speak the
 * shopper's language. Automatic assignment runs under a per-store advisory lock so two nodes never
 * overfill one agent.
 */
import { ParleyError } from '../errors.js';
import { getConversation, updateConversation } from '../conversations/conversations-repository.js';
import type { InboxContext } from './inbox-context.js';
import { getMember, listMembers, type MemberRow } from './members-repository.js';
import { loadInboxRules } from './inbox-settings.js';
import { connectedAgentIds } from './presence.js';
import { recordActivity } from './activity.js';

export interface Actor {
  agentId: string;
  name: string;
}

export async function assignConversation(
  ctx: InboxContext,
  input: { storeId: string; conversationId: string; assigneeId: string | null; actor: Actor },
): Promise<void> {
  const conversation = await getConversation(ctx.db, input.storeId, input.conversationId);
  if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
  let assignee: MemberRow | undefined;
  if (input.assigneeId) {
    assignee = await getMember(ctx.db, input.storeId, input.assigneeId);
    if (!assignee) throw new ParleyError('UNPROCESSABLE', 'The assignee is not an agent of this store');
  }
  if (conversation.assignee_id === (input.assigneeId ?? null)) return;
  // Assigning a conversation the assistant is still handling means a person takes it over.
  const takeOver = assignee && conversation.status === 'bot';
  await updateConversation(ctx.db, input.storeId, input.conversationId, {
    assignee_id: input.assigneeId,
    ...(takeOver ? { status: 'open' as const, handoff_reason: conversation.handoff_reason ?? 'agent_took_over', handedOff: true } : {}),
  });
  const text = !assignee
    ? `${input.actor.name} unassigned the conversation`
    : assignee.agent_id === input.actor.agentId
      ? `${input.actor.name} took the conversation`
      : `${input.actor.name} assigned the conversation to ${assignee.name}`;
  await recordActivity(ctx, input.storeId, input.conversationId, text, {
    action: assignee ? 'assigned' : 'unassigned',
    by: input.actor.agentId,
    assigneeId: assignee?.agent_id ?? null,
  });
  await ctx.conversations.publishSummary(input.storeId, input.conversationId);
}

/** Orders candidates: speakers of the shopper's language first (if asked), then whoever waited longest. */
export function pickAssignee(candidates: MemberRow[], locale: string | null, routeByLanguage: boolean): MemberRow | undefined {
  let pool = candidates;
  if (routeByLanguage && locale) {
    const base = locale.toLowerCase().split(/[-_]/)[0];
    const speakers = candidates.filter((m) => m.languages.some((l) => l.toLowerCase().split(/[-_]/)[0] === base));
    if (speakers.length > 0) pool = speakers;
  }
  return [...pool].sort((a, b) => {
    const ta = a.last_assigned_at ? new Date(a.last_assigned_at).getTime() : 0;
    const tb = b.last_assigned_at ? new Date(b.last_assigned_at).getTime() : 0;
    return ta - tb || a.load - b.load || a.name.localeCompare(b.name);
  })[0];
}

/** Gives an unassigned open conversation to the next online agent; returns who got it, if anyone. */
export async function autoAssign(ctx: InboxContext, storeId: string, conversationId: string): Promise<MemberRow | undefined> {
  const rules = await loadInboxRules(ctx.db, storeId);
  if (!rules.autoAssign) return undefined;
  const online = await connectedAgentIds(ctx.agents(), storeId);
  if (online.size === 0) return undefined;
  const chosen = await ctx.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parley:assign:${storeId}`]);
    const { rows } = await tx.query<{ status: string; assignee_id: string | null; locale: string | null; merged_into_id: string | null }>(
      'SELECT status, assignee_id, locale, merged_into_id FROM conversations WHERE store_id = $1 AND id = $2',
      [storeId, conversationId],
    );
    const conversation = rows[0];
    if (!conversation || conversation.status !== 'open' || conversation.assignee_id || conversation.merged_into_id) return undefined;
    const candidates = (await listMembers(tx, storeId)).filter((m) => online.has(m.agent_id) && m.availability === 'online' && m.load < m.capacity);
    const member = pickAssignee(candidates, conversation.locale, rules.routeByLanguage);
    if (!member) return undefined;
    const updated = await tx.query('UPDATE conversations SET assignee_id = $3, updated_at = now() WHERE store_id = $1 AND id = $2 AND assignee_id IS NULL', [
      storeId,
      conversationId,
      member.agent_id,
    ]);
    if (updated.affectedRows === 0) return undefined;
    await tx.query('UPDATE store_agents SET last_assigned_at = clock_timestamp() WHERE store_id = $1 AND agent_id = $2', [storeId, member.agent_id]);
    return member;
  });
  if (!chosen) return undefined;
  await recordActivity(ctx, storeId, conversationId, `Assigned automatically to ${chosen.name}`, { action: 'assigned', by: null, assigneeId: chosen.agent_id });
  await ctx.conversations.publishSummary(storeId, conversationId);
  return chosen;
}

/** Hands out waiting conversations, oldest hand-off first, until nobody has room left. */
export async function assignBacklog(ctx: InboxContext, storeId: string): Promise<number> {
  const rules = await loadInboxRules(ctx.db, storeId);
  if (!rules.autoAssign) return 0;
  const { rows } = await ctx.db.query<{ id: string }>(
    `SELECT id FROM conversations WHERE store_id = $1 AND status = 'open' AND assignee_id IS NULL AND merged_into_id IS NULL
     ORDER BY handed_off_at ASC NULLS LAST, last_message_at ASC LIMIT 100`,
    [storeId],
  );
  let assigned = 0;
  for (const { id } of rows) {
    if (!(await autoAssign(ctx, storeId, id))) break;
    assigned += 1;
  }
  return assigned;
}

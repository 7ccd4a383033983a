/**
 * The human workflow: open → pending (waiting on the shopper) → snoozed (until a time) → resolved.
 * A new shopper message reopens pending, snoozed and resolved conversations (ConversationService);
 * a snooze that runs out reopens it here.
 */
import { ParleyError } from '../errors.js';
import { getConversation } from '../conversations/conversations-repository.js';
import type { InboxContext } from './inbox-context.js';
import type { Actor } from './assignment.js';
import { recordActivity } from './activity.js';

export type AgentStatus = 'open' | 'pending' | 'snoozed' | 'resolved';
export const AGENT_STATUSES: readonly AgentStatus[] = ['open', 'pending', 'snoozed', 'resolved'];

const MAX_SNOOZE_DAYS = 90;

const VERB: Record<AgentStatus, string> = {
  open: 'reopened the conversation',
  pending: 'marked the conversation as waiting on the shopper',
  snoozed: 'snoozed the conversation',
  resolved: 'resolved the conversation',
};

export async function setStatus(
  ctx: InboxContext,
  input: { storeId: string; conversationId: string; status: AgentStatus; snoozedUntil?: string | null; actor: Actor },
): Promise<void> {
  const conversation = await getConversation(ctx.db, input.storeId, input.conversationId);
  if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
  let until: Date | null = null;
  if (input.status === 'snoozed') {
    until = input.snoozedUntil ? new Date(input.snoozedUntil) : null;
    const now = ctx.now().getTime();
    if (!until || Number.isNaN(until.getTime())) throw new ParleyError('VALIDATION', 'snoozing needs snoozedUntil (an ISO 8601 time)');
    if (until.getTime() <= now) throw new ParleyError('VALIDATION', 'snoozedUntil must be in the future');
    if (until.getTime() > now + MAX_SNOOZE_DAYS * 86_400_000) throw new ParleyError('VALIDATION', `a conversation can be snoozed for at most ${MAX_SNOOZE_DAYS} days`);
  }
  if (conversation.status === input.status && input.status !== 'snoozed') return;
  // Any human status takes the conversation away from the assistant.
  await ctx.db.query(
    `UPDATE conversations SET status = $3, snoozed_until = $4, updated_at = now(),
       handed_off_at = COALESCE(handed_off_at, now()), handoff_reason = COALESCE(handoff_reason, 'agent_took_over')
     WHERE store_id = $1 AND id = $2`,
    [input.storeId, input.conversationId, input.status, until],
  );
  const suffix = until ? ` until ${until.toISOString().replace(/:\d\d\.\d{3}Z$/, 'Z')}` : '';
  await recordActivity(ctx, input.storeId, input.conversationId, `${input.actor.name} ${VERB[input.status]}${suffix}`, {
    action: 'status',
    by: input.actor.agentId,
    status: input.status,
    snoozedUntil: until?.toISOString() ?? null,
  });
  await ctx.conversations.publishSummary(input.storeId, input.conversationId);
}

/** Reopens conversations whose snooze has run out; safe to run on every node at once. */
export async function wakeSnoozed(ctx: InboxContext): Promise<number> {
  const { rows } = await ctx.db.query<{ store_id: string; id: string }>(
    `UPDATE conversations SET status = 'open', snoozed_until = NULL, updated_at = now()
     WHERE status = 'snoozed' AND snoozed_until <= $1 RETURNING store_id, id`,
    [ctx.now()],
  );
  for (const row of rows) {
    await recordActivity(ctx, row.store_id, row.id, 'The snooze ended; the conversation is open again', { action: 'status', by: null, status: 'open' });
    await ctx.conversations.publishSummary(row.store_id, row.id);
  }
  return rows.length;
}

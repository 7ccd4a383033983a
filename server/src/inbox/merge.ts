/**
 * Merging two conversations of the same shopper (same customer, same browser or same e-mail). Messages
 * are immutable, so the other conversation's messages are copied into the surviving one as private
 * history (the shopper does not receive them twice) and the other is resolved with a pointer.
 */
import { ParleyError } from '../errors.js';
import { getConversation, type ConversationRow } from '../conversations/conversations-repository.js';
import type { InboxContext } from './inbox-context.js';
import type { Actor } from './assignment.js';
import { recordActivity } from './activity.js';

export function sameShopper(a: ConversationRow, b: ConversationRow): boolean {
  if (a.store_id !== b.store_id) return false;
  if (a.customer_id && a.customer_id === b.customer_id) return true;
  if (a.visitor_id && a.visitor_id === b.visitor_id) return true;
  return Boolean(a.contact_email && b.contact_email && a.contact_email.toLowerCase() === b.contact_email.toLowerCase());
}

export async function mergeConversations(
  ctx: InboxContext,
  input: { storeId: string; targetId: string; sourceId: string; actor: Actor },
): Promise<{ copied: number }> {
  if (input.targetId === input.sourceId) throw new ParleyError('VALIDATION', 'A conversation cannot be merged into itself');
  const [target, source] = await Promise.all([
    getConversation(ctx.db, input.storeId, input.targetId),
    getConversation(ctx.db, input.storeId, input.sourceId),
  ]);
  if (!target || !source) throw new ParleyError('CONVERSATION_NOT_FOUND');
  const merged = await ctx.db.query<{ merged_into_id: string | null }>('SELECT merged_into_id FROM conversations WHERE id = ANY($1::uuid[])', [[target.id, source.id]]);
  if (merged.rows.some((r) => r.merged_into_id)) throw new ParleyError('CONFLICT', 'One of these conversations was already merged');
  if (!sameShopper(target, source)) throw new ParleyError('UNPROCESSABLE', 'Only conversations of the same shopper can be merged');

  const copied = await ctx.db.transaction(async (tx) => {
    const { affectedRows } = await tx.query(
      `INSERT INTO messages (store_id, conversation_id, author, agent_id, internal, text, language, client_id, intent, sources, payload, created_at)
       SELECT store_id, $2, author, agent_id, true, text, language, 'merged:' || id::text, intent, sources,
         coalesce(payload, '{}'::jsonb) || jsonb_build_object('mergedFrom', conversation_id::text, 'originalInternal', internal), created_at
       FROM messages WHERE conversation_id = $1 ORDER BY seq
       ON CONFLICT (conversation_id, client_id) DO NOTHING`,
      [source.id, target.id],
    );
    await tx.query(
      `UPDATE conversations SET merged_into_id = $2, status = 'resolved', snoozed_until = NULL, updated_at = now() WHERE id = $1`,
      [source.id, target.id],
    );
    // The survivor keeps what it lacks: the customer link, the e-mail, labels.
    await tx.query(
      `UPDATE conversations t SET customer_id = coalesce(t.customer_id, s.customer_id), contact_email = coalesce(t.contact_email, s.contact_email),
         labels = ARRAY(SELECT DISTINCT unnest(t.labels || s.labels)), updated_at = now()
       FROM conversations s WHERE t.id = $1 AND s.id = $2`,
      [target.id, source.id],
    );
    return affectedRows;
  });
  await recordActivity(ctx, input.storeId, target.id, `${input.actor.name} merged another conversation of this shopper into this one (${copied} messages)`, {
    action: 'merged',
    by: input.actor.agentId,
    sourceId: source.id,
  });
  await recordActivity(ctx, input.storeId, source.id, `${input.actor.name} merged this conversation into another one`, {
    action: 'merged',
    by: input.actor.agentId,
    targetId: target.id,
  });
  await ctx.conversations.publishSummary(input.storeId, source.id);
  await ctx.conversations.publishSummary(input.storeId, target.id);
  return { copied };
}

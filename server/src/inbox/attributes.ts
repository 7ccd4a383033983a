/** Priority and labels: how agents triage the queue. */
import { ParleyError } from '../errors.js';
import { getConversation, updateConversation } from '../conversations/conversations-repository.js';
import type { Priority } from '../../../protocol/agent-events.js';
import type { InboxContext } from './inbox-context.js';
import type { Actor } from './assignment.js';
import { recordActivity } from './activity.js';

const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} _:/-]{0,39}$/u;

export function normalizeLabels(labels: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of labels) {
    const label = raw.trim().toLowerCase();
    if (!LABEL.test(label)) throw new ParleyError('VALIDATION', `"${raw}" is not a valid label (letters, digits, spaces, _ : / -; at most 40)`);
    out.add(label);
  }
  if (out.size > 20) throw new ParleyError('VALIDATION', 'a conversation can carry at most 20 labels');
  return [...out];
}

export async function updateAttributes(
  ctx: InboxContext,
  input: { storeId: string; conversationId: string; priority?: Priority; labels?: string[]; actor: Actor },
): Promise<void> {
  const conversation = await getConversation(ctx.db, input.storeId, input.conversationId);
  if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
  const labels = input.labels ? normalizeLabels(input.labels) : undefined;
  const priorityChanged = input.priority !== undefined && input.priority !== conversation.priority;
  const labelsChanged = labels !== undefined && labels.join('\n') !== conversation.labels.join('\n');
  if (!priorityChanged && !labelsChanged) return;
  await updateConversation(ctx.db, input.storeId, input.conversationId, {
    ...(priorityChanged ? { priority: input.priority } : {}),
    ...(labelsChanged ? { labels } : {}),
  });
  if (priorityChanged) {
    await recordActivity(ctx, input.storeId, input.conversationId, `${input.actor.name} set the priority to ${input.priority}`, {
      action: 'priority',
      by: input.actor.agentId,
      priority: input.priority,
    });
  }
  await ctx.conversations.publishSummary(input.storeId, input.conversationId);
}

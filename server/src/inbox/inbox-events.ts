/**
 * Listens to what the conversation domain announces (through the realtime hub) and does the inbox's
 * part: pushes the updated queue row (with SLA) to the store's agents, raises the priority a hand-off's
 * intent calls for, assigns new hand-offs automatically, and tags shoppers' messages with their
 * detected language. Work per conversation runs in order, off the caller's path.
 */
import type { ConversationSummary, Message } from '../../../protocol/messages.js';
import type { RealtimeHub } from '../conversations/realtime-hub.js';
import type { InboxContext } from './inbox-context.js';
import { loadInboxItem } from './inbox-items.js';
import { loadInboxRules } from './inbox-settings.js';
import { autoAssign } from './assignment.js';
import { storeRoom } from './presence.js';
import { detectMessageLanguage } from './translation.js';
import { updateConversation } from '../conversations/conversations-repository.js';

/** A hand-off this recent still gets its automatic priority (later changes are the agents' call). */
const FRESH_HANDOFF_MS = 60_000;

export class InboxEventRelay implements RealtimeHub {
  constructor(
    private readonly ctx: () => InboxContext,
    private readonly inner: RealtimeHub | undefined,
  ) {}

  messageCreated(storeId: string, message: Message): void {
    const shown = message.language || message.author !== 'shopper' ? message : { ...message, language: detectMessageLanguage(message.text, null) };
    this.inner?.messageCreated(storeId, shown);
  }

  conversationUpdated(summary: ConversationSummary): void {
    this.inner?.conversationUpdated(summary);
    const ctx = this.ctx();
    void ctx.queue
      .run(summary.id, () => this.react(ctx, summary))
      .catch((err: unknown) => ctx.log.error({ err, conversationId: summary.id }, 'inbox reaction failed'));
  }

  typing(...args: Parameters<RealtimeHub['typing']>): void {
    this.inner?.typing(...args);
  }

  stream(...args: Parameters<RealtimeHub['stream']>): void {
    this.inner?.stream(...args);
  }

  private async react(ctx: InboxContext, summary: ConversationSummary): Promise<void> {
    const handedOffAt = summary.handedOffAt ? new Date(summary.handedOffAt).getTime() : 0;
    if (summary.status === 'open' && summary.priority === 'normal' && summary.intent && ctx.now().getTime() - handedOffAt < FRESH_HANDOFF_MS) {
      const priority = (await loadInboxRules(ctx.db, summary.storeId)).priorityByIntent[summary.intent];
      if (priority && priority !== 'normal') {
        await updateConversation(ctx.db, summary.storeId, summary.id, { priority });
        await ctx.conversations.publishSummary(summary.storeId, summary.id);
        return; // the next update pushes the row
      }
    }
    if (summary.status === 'open' && !summary.assigneeId) {
      if (await autoAssign(ctx, summary.storeId, summary.id)) return; // assigning published a newer row
    }
    const item = await loadInboxItem(ctx.db, summary.storeId, summary.id, ctx.now());
    if (item) ctx.agents()?.to(storeRoom(summary.storeId)).emit('inbox:item', item);
  }
}

/**
 * The conversation's audit trail: assignments, status changes and merges appear in the transcript as
 * private system lines, so whoever opens it later sees who did what and when. They do not count as
 * conversation activity (last_message_at stays), so the queue order is not disturbed.
 */
import { toMessage } from '../conversations/messages-repository.js';
import type { InboxContext } from './inbox-context.js';

export interface ActivityPayload {
  action: 'assigned' | 'unassigned' | 'status' | 'priority' | 'labels' | 'merged' | 'email_failed';
  [key: string]: unknown;
}

export async function recordActivity(ctx: InboxContext, storeId: string, conversationId: string, text: string, payload: ActivityPayload): Promise<void> {
  const { rows } = await ctx.db.query<Parameters<typeof toMessage>[0]>(
    `INSERT INTO messages (store_id, conversation_id, author, text, internal, payload) VALUES ($1, $2, 'system', $3, true, $4)
     RETURNING id, seq, conversation_id, author, text, language, created_at, client_id, internal, sources, payload`,
    [storeId, conversationId, text, JSON.stringify({ kind: 'activity', ...payload })],
  );
  if (rows[0]) ctx.hub.messageCreated(storeId, toMessage(rows[0]));
}

/**
 * E-mail follow-up: when the shopper left an address (typically outside business hours) and is not
 * in the chat any more, an agent's reply also goes out by e-mail, threaded with earlier ones, with a
 * signed reply address so the answer comes back into the same conversation.
 */
import type { Message } from '../../../protocol/messages.js';
import type { ConversationRow } from '../conversations/conversations-repository.js';
import type { InboxContext } from '../inbox/inbox-context.js';
import { loadInboxRules } from '../inbox/inbox-settings.js';
import { recordActivity } from '../inbox/activity.js';
import { storeRoom } from '../inbox/presence.js';
import { newMessageId, parseAddress, replyAddress } from './reply-address.js';
import { followUpBody, followUpSubject } from './templates.js';

export type FollowUpOutcome = 'sent' | 'failed' | 'skipped';

/** Is the shopper's widget connected to this conversation right now (on any node)? */
async function shopperOnline(ctx: InboxContext, conversationId: string): Promise<boolean> {
  const widget = ctx.widget();
  if (!widget) return false;
  return (await widget.in(`conv:${conversationId}`).fetchSockets()).length > 0;
}

export async function sendFollowUp(ctx: InboxContext, conversation: ConversationRow, message: Message): Promise<FollowUpOutcome> {
  const to = conversation.contact_email;
  if (!ctx.mailer || !to || message.internal || message.author !== 'agent') return 'skipped';
  if (!(await loadInboxRules(ctx.db, conversation.store_id)).emailFollowUp) return 'skipped';
  if (await shopperOnline(ctx, conversation.id)) return 'skipped';
  const already = await ctx.db.query('SELECT 1 FROM email_messages WHERE message_id = $1', [message.id]);
  if (already.rows.length > 0) return 'skipped'; // a retried send of the same reply

  const { rows } = await ctx.db.query<{ name: string; webhook_secret: string }>('SELECT name, webhook_secret FROM stores WHERE id = $1', [conversation.store_id]);
  const store = rows[0];
  if (!store) return 'skipped';
  const from = ctx.config.email.from;
  const base = ctx.config.email.replyTo ?? from;
  const domain = parseAddress(base)?.domain ?? 'localhost';
  const thread = await ctx.db.query<{ rfc_message_id: string }>(
    'SELECT rfc_message_id FROM email_messages WHERE conversation_id = $1 ORDER BY created_at DESC LIMIT 10',
    [conversation.id],
  );
  const references = thread.rows.map((r) => r.rfc_message_id).reverse();
  const messageId = newMessageId(domain);
  let status: 'sent' | 'failed' = 'sent';
  let error: string | null = null;
  try {
    await ctx.mailer.send({
      from,
      to,
      replyTo: replyAddress(base, conversation.id, store.webhook_secret),
      subject: followUpSubject(conversation.locale, store.name),
      text: followUpBody({ locale: conversation.locale, agentName: message.agentName ?? null, storeName: store.name, text: message.text }),
      messageId,
      ...(references.length ? { inReplyTo: references[references.length - 1], references } : {}),
    });
  } catch (err) {
    status = 'failed';
    error = (err as Error).message.slice(0, 500);
    ctx.log.warn({ err, conversationId: conversation.id }, 'e-mail follow-up failed');
  }
  await ctx.db.query(
    `INSERT INTO email_messages (store_id, conversation_id, message_id, direction, rfc_message_id, address, status, error)
     VALUES ($1, $2, $3, 'outbound', $4, $5, $6, $7)`,
    [conversation.store_id, conversation.id, message.id, messageId, to, status, error],
  );
  ctx.agents()?.to(storeRoom(conversation.store_id)).emit('message:email', {
    storeId: conversation.store_id,
    conversationId: conversation.id,
    messageId: message.id,
    status,
    address: to,
  });
  if (status === 'failed') {
    await recordActivity(ctx, conversation.store_id, conversation.id, `The reply could not be e-mailed to ${to}: ${error}`, { action: 'email_failed', messageId: message.id });
  }
  return status;
}

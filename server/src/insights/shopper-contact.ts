/**
 * Reaching a shopper about an order without them writing first (proactive notices, feedback
 * requests): the conversation that carries it, and the e-mail copy, threaded and with a signed reply
 * address so an answer by e-mail lands in the same conversation (server/src/email handles inbound).
 */
import type { Db } from '../db/types.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import { updateConversation, type ConversationRow } from '../conversations/conversations-repository.js';
import type { Mailer } from '../email/mailer.js';
import { newMessageId, parseAddress, replyAddress } from '../email/reply-address.js';
import type { OrderRow } from '../repositories/orders.js';
import type { StoreRow } from '../repositories/stores.js';

export interface ContactContext {
  db: Db;
  conversations: ConversationService;
  mailer: Mailer | undefined;
  email: { from: string; replyTo: string | undefined };
  log: { warn(obj: object, msg: string): void };
}

export type Origin = 'proactive' | 'feedback_request';

/**
 * The conversation Parley opened about this order for this purpose, or a new one linked to the
 * customer (so it appears in their conversation list in the widget).
 */
export async function openOrderConversation(
  ctx: ContactContext,
  input: { store: StoreRow; order: OrderRow; customerId: string | null; locale: string; origin: Origin; contactEmail: string | null; status: 'bot' | 'resolved' },
): Promise<ConversationRow> {
  const { rows } = await ctx.db.query<ConversationRow>(
    `SELECT * FROM conversations WHERE store_id = $1 AND state->>'origin' = $2 AND state->>'originOrderId' = $3 AND merged_into_id IS NULL
     ORDER BY created_at LIMIT 1`,
    [input.store.id, input.origin, input.order.id],
  );
  if (rows[0]) return rows[0];
  const { conversation } = await ctx.conversations.start({ storeId: input.store.id, customerId: input.customerId, locale: input.locale });
  const updated = await updateConversation(ctx.db, input.store.id, conversation.id, {
    state: { ...conversation.state, origin: input.origin, originOrderId: input.order.id, orderName: input.order.name, language: input.locale },
    ...(input.contactEmail ? { contact_email: input.contactEmail } : {}),
    ...(input.status !== 'bot' ? { status: input.status } : {}),
  });
  return updated ?? conversation;
}

/** E-mails `body` once per message; 'skipped' without a mail server. */
export async function sendConversationEmail(
  ctx: ContactContext,
  input: { store: StoreRow; conversationId: string; messageId: string; to: string; subject: string; body: string },
): Promise<'sent' | 'failed' | 'skipped'> {
  if (!ctx.mailer) return 'skipped';
  const already = await ctx.db.query<{ status: 'sent' | 'failed' }>(
    `SELECT status FROM email_messages WHERE message_id = $1 AND direction = 'outbound' ORDER BY created_at DESC LIMIT 1`,
    [input.messageId],
  );
  if (already.rows[0]) return already.rows[0].status;
  const base = ctx.email.replyTo ?? ctx.email.from;
  const domain = parseAddress(base)?.domain ?? 'localhost';
  const rfcMessageId = newMessageId(domain);
  let status: 'sent' | 'failed' = 'sent';
  let error: string | null = null;
  try {
    await ctx.mailer.send({
      from: ctx.email.from,
      to: input.to,
      replyTo: replyAddress(base, input.conversationId, input.store.webhook_secret),
      subject: input.subject,
      text: input.body,
      messageId: rfcMessageId,
    });
  } catch (err) {
    status = 'failed';
    error = (err as Error).message.slice(0, 500);
    ctx.log.warn({ err, conversationId: input.conversationId }, 'insights e-mail failed');
  }
  await ctx.db.query(
    `INSERT INTO email_messages (store_id, conversation_id, message_id, direction, rfc_message_id, address, status, error)
     VALUES ($1, $2, $3, 'outbound', $4, $5, $6, $7)`,
    [input.store.id, input.conversationId, input.messageId, rfcMessageId, input.to, status, error],
  );
  return status;
}

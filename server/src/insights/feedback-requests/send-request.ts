/**
 * Sends one feedback request: a neutral question in the shopper's language — no incentive, no hint at
 * the answer wanted — as a resolved conversation (the widget offers its rating control there) and,
 * for own-store orders, by e-mail with a signed rating link. Ratings land in conversation_feedback
 * and so in the CSAT reports.
 */
import { insertMessage } from '../../conversations/messages-repository.js';
import { getOrder } from '../../repositories/orders.js';
import { getStore } from '../../repositories/stores.js';
import { getCustomer } from '../../repositories/customers.js';
import { contactRules } from '../channel-rules.js';
import { tr } from '../i18n.js';
import { insightsSettingsOf } from '../settings.js';
import { openOrderConversation, sendConversationEmail, type ContactContext } from '../shopper-contact.js';
import { ratingLink } from './rating-link.js';

export interface FeedbackContext extends ContactContext {
  /** Base URL of this Parley for links in e-mails. */
  publicUrl: string;
  now(): Date;
}

export async function sendFeedbackRequest(ctx: FeedbackContext, requestId: string): Promise<'sent' | 'skipped' | 'already_done'> {
  const { db } = ctx;
  const request = (await db.query<{ id: string; store_id: string; order_pk: string; status: string; locale: string }>(
    'SELECT id, store_id, order_pk, status, locale FROM feedback_requests WHERE id = $1',
    [requestId],
  )).rows[0];
  if (!request || request.status !== 'pending') return 'already_done';
  const store = await getStore(db, request.store_id);
  const order = store ? await getOrder(db, store.id, request.order_pk) : undefined;
  const skip = async (reason: string) => {
    await db.query(`UPDATE feedback_requests SET status = 'skipped', skip_reason = $2 WHERE id = $1`, [request.id, reason]);
    return 'skipped' as const;
  };
  if (!store || !order) return skip('order_gone');
  const settings = insightsSettingsOf(store).feedback;
  if (!settings.enabled) return skip('disabled_by_store');
  const rules = contactRules(order);
  if (!rules.feedbackRequest) return skip(rules.reason ?? 'channel_rules');
  const customer = order.customer_id ? await getCustomer(db, store.id, order.customer_id) : undefined;
  const emailTo = settings.email ? customer?.email ?? order.email : null;
  if (!customer && !emailTo) return skip('no_contact');

  const locale = request.locale;
  const conversation = await openOrderConversation(ctx, { store, order, customerId: customer?.id ?? null, locale, origin: 'feedback_request', contactEmail: emailTo, status: 'resolved' });
  const { message, created } = await insertMessage(db, {
    storeId: store.id,
    conversationId: conversation.id,
    author: 'assistant',
    text: tr(locale, 'feedback.message', { order: order.name }),
    language: locale,
    clientId: `feedback:${request.id}`,
    payload: { kind: 'feedback_request', orderName: order.name, requestId: request.id },
  });
  if (created) ctx.conversations.hub.messageCreated(store.id, message);
  const emailStatus = emailTo
    ? await sendConversationEmail(ctx, {
        store,
        conversationId: conversation.id,
        messageId: message.id,
        to: emailTo,
        subject: tr(locale, 'feedback.email_subject', { order: order.name }),
        body: tr(locale, 'feedback.email_body', { order: order.name, store: store.name, link: ratingLink(ctx.publicUrl, store.webhook_secret, request.id) }),
      })
    : 'skipped';
  await db.query(`UPDATE feedback_requests SET status = 'sent', conversation_id = $2, email_status = $3, sent_at = $4 WHERE id = $1`, [
    request.id, conversation.id, emailStatus, ctx.now(),
  ]);
  await ctx.conversations.publishSummary(store.id, conversation.id);
  return 'sent';
}

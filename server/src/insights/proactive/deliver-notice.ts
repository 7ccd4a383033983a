/**
 * Delivers one proactive notice: in the shopper's language, as a message in a conversation of theirs
 * (the widget shows it on their next visit; agents see it in the transcript with a private note), and
 * by e-mail where the sales channel and the store allow it. Safe to retry: the message has a fixed
 * client id, the e-mail is sent once per message, and the conversation is found again by order.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/types.js';
import type { ConversationService } from '../../conversations/conversation-service.js';
import { insertMessage } from '../../conversations/messages-repository.js';
import type { Mailer } from '../../email/mailer.js';
import { getOrder } from '../../repositories/orders.js';
import { getStore, type StoreRow } from '../../repositories/stores.js';
import { getCustomer } from '../../repositories/customers.js';
import { shippingPolicyOf } from '../../commerce/orders/order-loader.js';
import { lostAfterDaysFor } from '../../commerce/tracking/lateness.js';
import { contactRules } from '../channel-rules.js';
import { insightsSettingsOf, type ProactiveKind } from '../settings.js';
import { composeNotice } from './compose-notice.js';
import type { NoticeFacts } from './detect-event.js';
import { openOrderConversation, sendConversationEmail } from '../shopper-contact.js';

export interface DeliveryContext {
  db: Db;
  conversations: ConversationService;
  mailer: Mailer | undefined;
  email: { from: string; replyTo: string | undefined };
  log: FastifyBaseLogger;
  now(): Date;
}

interface NoticeRow {
  id: string;
  store_id: string;
  order_pk: string | null;
  kind: ProactiveKind;
  facts: NoticeFacts;
  locale: string;
  status: 'pending' | 'delivered' | 'suppressed';
}

export type DeliveryOutcome = 'delivered' | 'suppressed' | 'already_done';

/** The market's tax mode for a destination (store.json `markets`). */
function taxModeFor(store: StoreRow, market: string | null, country: string | null): string | null {
  const markets = Array.isArray(store.profile.markets) ? (store.profile.markets as Array<Record<string, unknown>>) : [];
  const found = markets.find((m) => (market && m.code === market) || (country && String(m.country_code).toUpperCase() === country.toUpperCase()));
  return typeof found?.tax_mode === 'string' ? found.tax_mode : null;
}

async function suppress(db: Db, id: string, reason: string): Promise<DeliveryOutcome> {
  await db.query(`UPDATE proactive_notices SET status = 'suppressed', suppressed_reason = $2 WHERE id = $1`, [id, reason]);
  return 'suppressed';
}

export async function deliverNotice(ctx: DeliveryContext, noticeId: string): Promise<DeliveryOutcome> {
  const { db } = ctx;
  const notice = (await db.query<NoticeRow>('SELECT id, store_id, order_pk, kind, facts, locale, status FROM proactive_notices WHERE id = $1', [noticeId])).rows[0];
  if (!notice || notice.status !== 'pending') return 'already_done';
  const store = await getStore(db, notice.store_id);
  const order = notice.order_pk ? await getOrder(db, notice.store_id, notice.order_pk) : undefined;
  if (!store || !order) return suppress(db, notice.id, 'order_gone');
  const settings = insightsSettingsOf(store);
  if (!settings.proactive.enabled || !settings.proactive.events[notice.kind]) return suppress(db, notice.id, 'disabled_by_store');

  const customer = order.customer_id ? await getCustomer(db, store.id, order.customer_id) : undefined;
  const rules = contactRules(order);
  const emailTo = rules.email && settings.proactive.email ? customer?.email ?? order.email : null;
  // The widget can show it only to a known customer (who sees their conversations when signed in).
  if (!customer && !emailTo) return suppress(db, notice.id, rules.reason ?? 'no_contact');

  const policy = shippingPolicyOf(store.profile);
  const method = typeof (order.data as Record<string, unknown>).shipping_method === 'string' ? String((order.data as Record<string, unknown>).shipping_method) : 'standard';
  const text = composeNotice({
    kind: notice.kind,
    facts: notice.facts,
    locale: notice.locale,
    orderName: order.name,
    storeName: store.name,
    taxMode: taxModeFor(store, order.market, notice.facts.destinationCountry),
    lostRemedies: settings.compensation.remedies.lost,
    lostAfterDays: notice.facts.lostAfterDays ?? (policy ? lostAfterDaysFor(policy.lost_parcel, method) : 20),
  });

  const conversation = await openOrderConversation(ctx, { store, order, customerId: customer?.id ?? null, locale: text.locale, origin: 'proactive', contactEmail: emailTo, status: 'bot' });
  const { message, created } = await insertMessage(db, {
    storeId: store.id,
    conversationId: conversation.id,
    author: 'assistant',
    text: text.text,
    language: text.locale,
    clientId: `proactive:${notice.id}`,
    payload: {
      kind: 'tracking',
      carrier: notice.facts.carrier,
      number: notice.facts.trackingNumber,
      url: notice.facts.trackingUrl,
      status: notice.facts.status,
      expectedDelivery: notice.facts.expectedBy,
      proactive: { event: notice.kind, orderName: order.name, noticeId: notice.id },
    },
  });
  if (created) {
    ctx.conversations.hub.messageCreated(store.id, message);
    const note = await insertMessage(db, {
      storeId: store.id,
      conversationId: conversation.id,
      author: 'system',
      internal: true,
      clientId: `proactive-note:${notice.id}`,
      text: `Proactive notice sent (${notice.kind.replace('_', ' ')}) for ${order.name}, parcel ${notice.facts.trackingNumber}${emailTo ? '; also e-mailed' : ''}.`,
      payload: { kind: 'proactive_notice', event: notice.kind, noticeId: notice.id, orderId: order.id },
    });
    if (note.created) ctx.conversations.hub.messageCreated(store.id, note.message);
  }
  const emailStatus = emailTo
    ? await sendConversationEmail(ctx, { store, conversationId: conversation.id, messageId: message.id, to: emailTo, subject: text.emailSubject, body: text.emailBody })
    : 'skipped';
  await db.query(
    `UPDATE proactive_notices SET status = 'delivered', conversation_id = $2, message_id = $3, email_status = $4, delivered_at = $5 WHERE id = $1`,
    [notice.id, conversation.id, message.id, emailStatus, ctx.now()],
  );
  await ctx.conversations.publishSummary(store.id, conversation.id);
  return 'delivered';
}

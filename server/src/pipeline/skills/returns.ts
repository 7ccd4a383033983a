/**
 * Returns and exchanges: for a named order, whether and until when it can be returned (final-sale items
 * excluded), or — when the shopper asks for it — a return request under the store's policy. Questions
 * about the policy in general are answered from the help center.
 */
import { t } from '../../i18n/i18n.js';
import { formatList } from '../../i18n/format.js';
import { orderActionPolicy, requestOrderAction } from '../../commerce/actions/index.js';
import { listShopperOrders, getShopperOrder, type OrderDetail } from '../../commerce/query.js';
import { accessFromState } from '../../commerce/access/verified-access.js';
import { describeReturn } from '../compose/return-status.js';
import { returnDeadline, returnShipping } from '../compose/return-policy.js';
import { findMentionedProduct, loadCatalog } from '../catalog/product-mentions.js';
import { foldText } from '../language/index.js';
import { describeActionOutcome } from '../compose/action-outcome.js';
import { calendarDate, readerDate } from '../compose/dates.js';
import type { Skill, SkillResult, TurnContext } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { resolveShopperOrder } from './shopper-order.js';
import type { OpenCase } from './open-case.js';

const WANTS = /\b(i want|i'?d like|i would like|i need|start a return|return it|send (it|them) back|quiero|quisiera|necesito|me gustaria|mochte|moechte|will .*zuruck|ich will|je veux|je voudrais|je souhaite|vorrei|voglio|quero|gostaria|ik wil|graag)\b|したい|お願いします|我想|我要|请帮我/;

// "Did you get it back?", "sent it back last week": the shopper asks where an existing return stands.
const RETURN_STATUS = /already (sent|returned|posted)|sent (it|them) back|did you (get|receive)|have you received|ya (lo|la|los|las) (devolvi|envie)|schon zuruck|zuruckgeschickt|deja renvoye|renvoye|gia (restituit|rispedit)|ja devolvi|al teruggestuurd|送り返し|返送しました|届いていますか|已经寄回|寄回了|收到了吗/;
const POSSESSIVE = /\b(my|mine|mi|mis|mein|meine|meinen|mon|ma|mes|il mio|la mia|i miei|le mie|meu|minha|meus|minhas|mijn)\b|私の|我的|我买的|我的订单/;
// "How long do I have to return…", "until when", "how many days": the store's return window.
const ASKS_WINDOW = /how long|how many days|how much time|until when|by when|return window|time limit|deadline|cuanto tiempo|cuantos dias|plazo|hasta cuando|wie lange|wie viele tage|wieviel zeit|frist|bis wann|combien de (temps|jours)|delai|jusqu.?a quand|quanto tempo|quanti giorni|entro quando|fino a quando|quantos dias|prazo|ate quando|hoe lang|hoeveel dagen|tot wanneer|termijn|何日|いつまで|期限|期間|多久|几天|多少天|多长时间|截止/;
// "Can a gift still be returned after Christmas?": the holiday extension is the answer.
const HOLIDAYS = /christmas|xmas|holidays|navidad|reyes|weihnacht|noel|natale|natal|kerst|クリスマス|圣诞/;
const REFUND = /refund|money back|reembols|devolucion del dinero|erstatt|ruckerstatt|geld zuruck|rembours|rimbors|terugbetal|geld terug|返金|払い戻|退款|退钱|환불/;

export const returnsSkill: Skill = async (ctx) => {
  const resolution = await resolveShopperOrder(ctx, { listWhenUnspecified: false });
  if (resolution.kind === 'reply') return { ...resolution.result, statePatch: { ...resolution.result.statePatch, awaitingSkill: 'returns' } };
  const folded = foldText(ctx.text).toLowerCase();
  // A general policy question ("how long do I have to return an item?") gets the policy; "my coat",
  // "my refund" or a named product makes it about the shopper's own order.
  const personal = REFUND.test(folded) || RETURN_STATUS.test(folded) || POSSESSIVE.test(folded) || Boolean(findMentionedProduct(await loadCatalog(ctx.db, ctx.store.id), ctx.text));
  const order = resolution.kind === 'order' ? resolution.order : personal ? await signedInOrderFor(ctx, REFUND.test(folded)) : undefined;
  const aboutHolidays = HOLIDAYS.test(folded);
  if (!order) return (ASKS_WINDOW.test(folded) || aboutHolidays) && !REFUND.test(folded) ? answerReturnWindow(ctx, aboutHolidays) : answerFromKnowledge(ctx);
  const statePatch = resolution.kind === 'order' ? resolution.statePatch : { orderId: order.id, orderName: order.name };
  const latestReturn = [...order.returns].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
  const asksStatus = REFUND.test(folded) || RETURN_STATUS.test(folded);
  if (latestReturn && asksStatus && !WANTS.test(folded)) return answerCaseStatus(ctx, { order, record: latestReturn }, statePatch);
  if (WANTS.test(folded)) return startReturn(ctx, order, statePatch);
  const replies = [{ text: eligibility(ctx, order) }];
  // "If I return the jeans, are the duties refunded?": the order's window, and the policy that answers.
  if (asksStatus && !latestReturn) {
    const policy = await answerFromKnowledge(ctx);
    if (policy.answered) replies.push(...policy.replies);
  }
  return { replies, answered: true, statePatch: { ...statePatch, awaitingSkill: undefined } };
};

/** Where a return, exchange or claim stands; for a refund still to come, how long refunds take. */
export async function answerCaseStatus(ctx: TurnContext, open: OpenCase, statePatch?: SkillResult['statePatch']): Promise<SkillResult> {
  const { order, record } = open;
  const reader = { locale: ctx.u.locale, timeZone: ctx.shopperTimeZone };
  const lines = [describeReturn(order, record, reader, ctx.now)];
  if (record.status === 'rejected') lines.push(eligibility(ctx, order));
  const replies = [{ text: lines.join(' ') }];
  if ((record.refund || record.refundStatus) && record.refundStatus !== 'issued' && record.status !== 'rejected') {
    const timing = await answerFromKnowledge(ctx, `how long does a refund take ${record.refundMethod ?? ''}`);
    if (timing.answered) replies.push(...timing.replies);
  }
  return { replies, answered: true, statePatch: statePatch ?? { orderId: order.id, orderName: order.name, awaitingSkill: undefined } };
}

/**
 * The general return window from the store's policy (policies.returns.window_days, counted from
 * delivery), with the holiday extension while it applies. The help article is still searched: when
 * its extract already states the window it is the answer; otherwise it is cited under the policy.
 */
async function answerReturnWindow(ctx: TurnContext, aboutHolidays: boolean): Promise<SkillResult> {
  const knowledge = await answerFromKnowledge(ctx);
  const returns = (ctx.store.policies.returns ?? {}) as Record<string, unknown>;
  const days = typeof returns.window_days === 'number' ? returns.window_days : undefined;
  const fromDelivery = returns.window_starts === undefined || returns.window_starts === 'delivery';
  if (!days || !fromDelivery) return knowledge;
  const reader = { locale: ctx.u.locale, timeZone: ctx.shopperTimeZone };
  const extension = (returns.holiday_extension ?? {}) as Record<string, unknown>;
  const holidayLine = typeof extension.delivered_from === 'string' && typeof extension.delivered_to === 'string' && typeof extension.return_by === 'string'
    && ctx.now.getTime() <= Date.parse(`${extension.return_by}T23:59:59Z`)
    ? t(ctx.u.locale, 'returns.window_holiday', {
      from: calendarDate(extension.delivered_from, reader), to: calendarDate(extension.delivered_to, reader), until: calendarDate(extension.return_by, reader),
    })
    : undefined;
  if (knowledge.answered && new RegExp(`(^|\\D)${days}(\\D|$)`).test(knowledge.replies.map((r) => r.text).join(' '))) {
    // The article states the window; a question about the holidays also gets the extension.
    if (!holidayLine || !aboutHolidays) return knowledge;
    return { ...knowledge, replies: [...knowledge.replies, { text: holidayLine }] };
  }
  const lines = [t(ctx.u.locale, 'returns.window_general', { count: days })];
  if (holidayLine) lines.push(holidayLine);
  const sources = knowledge.replies.flatMap((r) => r.sources ?? []);
  return { replies: [{ text: lines.join(' '), ...(sources.length ? { sources } : {}) }], answered: true, answerability: knowledge.answerability };
}

/**
 * A signed-in shopper asking about "my return" or "the coat" without an order number: the order with
 * that product, else (for refund questions) the one with the latest return, else their latest delivery.
 */
async function signedInOrderFor(ctx: TurnContext, aboutRefund: boolean): Promise<OrderDetail | undefined> {
  const access = accessFromState(ctx.state);
  if (!access.customerId && access.orderIds.length === 0) return undefined;
  const orders = await listShopperOrders(ctx.db, { storeId: ctx.store.id, access, limit: 20 });
  const details: OrderDetail[] = [];
  for (const o of orders.slice(0, 8)) {
    const found = await getShopperOrder(ctx.db, { storeId: ctx.store.id, access, now: ctx.now, orderId: o.id });
    if (found.ok) details.push(found.order);
  }
  const catalog = await loadCatalog(ctx.db, ctx.store.id);
  const product = findMentionedProduct(catalog, ctx.text)?.product;
  // "the crewneck": the men's or the women's version, whichever this shopper bought.
  const family = product ? catalog.products.filter((p) => baseTitle(p.title) === baseTitle(product.title)) : [];
  const withProduct = details.find((d) => d.lineItems.some((li) => family.some((p) => li.productId === p.id || li.productId === p.externalId)));
  if (withProduct) return withProduct;
  if (aboutRefund) {
    const withReturn = details.find((d) => d.returns.length > 0);
    if (withReturn) return withReturn;
  }
  return details.find((d) => d.stage === 'delivered') ?? (details.length === 1 ? details[0] : undefined);
}

async function startReturn(ctx: TurnContext, order: OrderDetail, statePatch: SkillResult['statePatch']): Promise<SkillResult> {
  const items = order.lineItems.filter((li) => !li.finalSale).map((li) => ({ lineItemId: li.id, quantity: li.quantity }));
  const request = items.length ? items : order.lineItems.map((li) => ({ lineItemId: li.id, quantity: li.quantity }));
  const { outcome } = await requestOrderAction(ctx.db, {
    storeId: ctx.store.id,
    actor: { type: 'assistant', conversation: { ...ctx.conversation, state: { ...ctx.state, ...statePatch } } },
    orderId: order.id, kind: 'return', now: ctx.now, items: request, reason: ctx.text.slice(0, 500),
  });
  const described = describeActionOutcome(outcome, order, { locale: ctx.u.locale, timeZone: ctx.shopperTimeZone });
  return { replies: [{ text: described.text }], answered: true, statePatch: { ...statePatch, awaitingSkill: undefined } };
}

function eligibility(ctx: TurnContext, order: OrderDetail): string {
  const locale = ctx.u.locale;
  const reader = { locale, timeZone: ctx.shopperTimeZone };
  const policy = orderActionPolicy(ctx.store.row);
  const finalSale = order.lineItems.filter((li) => li.finalSale).map((li) => li.title);
  const delivered = order.shipments.filter((s) => s.kind === 'outbound' && s.deliveredAt).map((s) => new Date(s.deliveredAt!).getTime());
  const start = policy.returnWindowStarts === 'order' ? new Date(order.placedAt).getTime() : delivered.length ? Math.max(...delivered) : undefined;
  const lines: string[] = [];
  if (order.channel !== 'shopify' && order.marketplace) {
    return t(locale, 'action.marketplace', { order: order.name, marketplace: order.marketplace.split(/[.-]/)[0]!.replace(/^./, (c) => c.toUpperCase()) });
  }
  if (start === undefined) {
    lines.push(t(locale, 'action.return_not_delivered', { order: order.name }));
  } else {
    const deadline = returnDeadline(start, policy.returnWindowDays, ctx.store.policies, ctx.store.timeZone);
    lines.push(
      deadline.getTime() >= ctx.now.getTime()
        ? t(locale, 'action.return_eligible', { order: order.name, date: readerDate(deadline, reader) })
        : t(locale, 'action.return_outside_window', { order: order.name, date: readerDate(deadline, reader), count: policy.returnWindowDays }),
    );
    if (deadline.getTime() >= ctx.now.getTime()) lines.push(t(locale, 'action.return_how'));
  }
  if (finalSale.length) lines.push(t(locale, 'action.return_final_sale_items', { items: formatList(finalSale, locale) }));
  const shipping = returnShipping({ market: order.market, warehouse: order.warehouse, channel: order.channel }, ctx.store.row.profile);
  if (shipping?.free) lines.push(t(locale, shipping.carrier ? 'returns.label_free_carrier' : 'returns.label_free', { carrier: shipping.carrier ?? '' }));
  else if (shipping) lines.push(t(locale, shipping.city ? 'returns.label_paid_city' : 'returns.label_paid', { city: shipping.city ?? '' }));
  return lines.join(' ');
}

const baseTitle = (title: string) => title.replace(/\s+[—–-]\s+(women'?s|men'?s|unisex)$/i, '').trim().toLowerCase();

/**
 * Payment questions. A verified shopper with an order still waiting for payment (konbini, bank
 * transfer, pay-by-link) who asks when or by when gets that order's own due date; everything else about
 * paying is a help-center question.
 */
import { t } from '../../i18n/i18n.js';
import { accessFromState } from '../../commerce/access/verified-access.js';
import { getShopperOrder, listShopperOrders } from '../../commerce/query.js';
import { expectedAnswerTypes } from '../../knowledge/search/answer-type.js';
import { foldForSearch } from '../../knowledge/text/normalize.js';
import { readerDateTime } from '../compose/dates.js';
import { readerOf, type Skill } from '../turn.js';

export function paymentSkill(helpCenter: Skill): Skill {
  return async (ctx) => {
    const access = accessFromState(ctx.state);
    const asksWhen = expectedAnswerTypes(foldForSearch(ctx.text)).includes('duration');
    if (!asksWhen || (!access.customerId && access.orderIds.length === 0)) return helpCenter(ctx);
    const unpaid = (await listShopperOrders(ctx.db, { storeId: ctx.store.id, access, limit: 20 })).find((o) => o.stage === 'awaiting_payment');
    if (!unpaid) return helpCenter(ctx);
    const found = await getShopperOrder(ctx.db, { storeId: ctx.store.id, access, now: ctx.now, orderId: unpaid.id });
    if (!found.ok || !found.order.paymentDueAt) return helpCenter(ctx);
    const order = found.order;
    const text = t(ctx.u.locale, 'order.status.awaiting_payment', { order: order.name, due: ` (${readerDateTime(order.paymentDueAt!, readerOf(ctx))})` });
    return { replies: [{ text }], answered: true, statePatch: { orderId: order.id, orderName: order.name } };
  };
}

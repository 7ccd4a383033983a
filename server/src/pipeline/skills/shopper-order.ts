/**
 * Finds the order a shopper is asking about and proves they may see it, as a short dialogue: the
 * order number comes from this message, a tracking number they paste, or the order under discussion;
 * a signed-in shopper sees only their own orders; a guest proves an order with its email or postcode
 * (asked for once, then remembered). Another customer's order and a missing one look the same.
 */
import { t } from '../../i18n/i18n.js';
import { accessFromState, grantOrderAccess } from '../../commerce/access/verified-access.js';
import { verifyGuestOrder } from '../../commerce/access/guest-verification.js';
import { getShopperOrder, listShopperOrders, type OrderDetail, type OrderSummary } from '../../commerce/query.js';
import type { ConversationState } from '../../conversations/conversations-repository.js';
import type { SkillResult, TurnContext } from '../turn.js';

export type OrderResolution =
  | { kind: 'order'; order: OrderDetail; statePatch: Partial<ConversationState> }
  /** We asked the shopper something (email, which order) or refused: send this and stop. */
  | { kind: 'reply'; result: SkillResult }
  /** No order in play (a general question): the caller answers from the help center. */
  | { kind: 'none' };

const EXAMPLE_ORDER = '#1234';

/** The order number this turn refers to, if any: typed now, via a tracking number, or pending. */
async function referencedOrderNumber(ctx: TurnContext): Promise<string | undefined> {
  const typed = ctx.u.entities.orderNumbers[0]?.value;
  if (typed) return typed;
  for (const candidate of ctx.u.entities.trackingCandidates) {
    const { rows } = await ctx.db.query<{ name: string }>(
      `SELECT o.name FROM shipments s JOIN orders o ON o.id = s.order_pk
       WHERE s.store_id = $1 AND (upper(s.tracking_number) = $2 OR upper(s.data->'last_mile'->>'tracking_number') = $2) LIMIT 1`,
      [ctx.store.id, candidate.value],
    );
    if (rows[0]) return rows[0].name;
  }
  const bare = await bareOrderNumber(ctx);
  if (bare) return bare;
  return typeof ctx.state.pendingOrderNumber === 'string' ? ctx.state.pendingOrderNumber : undefined;
}

/**
 * "2040", "it's 2033": a plain number is an order number when the store has an order by that name.
 * Whether it belongs to this shopper is decided later, with the same answer either way.
 */
async function bareOrderNumber(ctx: TurnContext): Promise<string | undefined> {
  const claimed = new Set([...ctx.u.entities.trackingCandidates.map((c) => c.value), ...ctx.u.entities.postcodes.map((p) => p.value)]);
  const numbers = [...ctx.text.matchAll(/(?<![\d.,:/-])#?(\d{3,10})(?![\d.,:/-])/g)].map((m) => m[1]!).filter((n) => !claimed.has(n));
  if (numbers.length === 0) return undefined;
  const names = numbers.flatMap((n) => [n, `#${n}`]);
  const { rows } = await ctx.db.query<{ name: string }>('SELECT name FROM orders WHERE store_id = $1 AND name = ANY($2) LIMIT 1', [ctx.store.id, names]);
  return rows[0]?.name;
}

export async function resolveShopperOrder(ctx: TurnContext, options: { listWhenUnspecified: boolean; preferLatest?: boolean }): Promise<OrderResolution> {
  const locale = ctx.u.locale;
  const access = accessFromState(ctx.state);
  const orderNumber = await referencedOrderNumber(ctx);

  if (!orderNumber && !access.customerId && ctx.u.entities.emails.length > 0) {
    return {
      kind: 'reply',
      result: { replies: [{ text: t(locale, 'order.ask_order_number', { example: EXAMPLE_ORDER }) }], answered: true, statePatch: { awaiting: 'order_number', pendingEmail: ctx.u.entities.emails[0] } },
    };
  }
  if (!orderNumber) {
    const current = typeof ctx.state.orderId === 'string' && ctx.u.entities.orderNumbers.length === 0 ? ctx.state.orderId : undefined;
    if (current) {
      const found = await getShopperOrder(ctx.db, { storeId: ctx.store.id, access, now: ctx.now, orderId: current });
      if (found.ok) return { kind: 'order', order: found.order, statePatch: {} };
    }
    if (!options.listWhenUnspecified || (!access.customerId && access.orderIds.length === 0)) return { kind: 'none' };
    const orders = await listShopperOrders(ctx.db, { storeId: ctx.store.id, access, limit: 5 });
    if (orders.length === 0) return { kind: 'reply', result: { replies: [{ text: t(locale, 'order.none') }], answered: true } };
    const open = orders.filter((o) => o.stage !== 'delivered' && o.stage !== 'cancelled');
    // Orders come newest first: "my last order" is the first one.
    const pick = options.preferLatest ? orders[0] : open.length === 1 ? open[0] : orders.length === 1 ? orders[0] : undefined;
    if (pick) return loadVisible(ctx, pick.name, access);
    return {
      kind: 'reply',
      result: { replies: [{ text: t(locale, 'order.choose', { orders: orderList(orders) }) }], answered: true, statePatch: { awaiting: 'order_number' } },
    };
  }

  const visible = await loadVisible(ctx, orderNumber, access);
  if (visible.kind === 'order') return visible;

  // Not visible. Signed-in shoppers only ever see their own orders: say it is not on their account.
  if (access.customerId) {
    return { kind: 'reply', result: { replies: [{ text: t(locale, 'order.not_found', { order: orderNumber }) }], answered: true, statePatch: { pendingOrderNumber: undefined } } };
  }
  const email = ctx.u.entities.emails[0] ?? (typeof ctx.state.pendingEmail === 'string' ? ctx.state.pendingEmail : undefined);
  const postcode = ctx.u.entities.postcodes[0]?.value;
  if (!email && !postcode) {
    return {
      kind: 'reply',
      result: { replies: [{ text: t(locale, 'order.ask_email', { order: orderNumber }) }], answered: true, statePatch: { awaiting: 'order_email', pendingOrderNumber: orderNumber } },
    };
  }
  const verdict = await verifyGuestOrder(ctx.db, {
    storeId: ctx.store.id, conversationId: ctx.conversation.id, orderNumber, email: email ?? null, postcode: postcode ?? null, clientIp: null, now: ctx.now,
  });
  if (verdict.ok) {
    await grantOrderAccess(ctx.db, ctx.store.id, ctx.conversation.id, verdict.orderId);
    const granted = { ...access, orderIds: [...access.orderIds, verdict.orderId] };
    const found = await getShopperOrder(ctx.db, { storeId: ctx.store.id, access: granted, now: ctx.now, orderId: verdict.orderId });
    if (found.ok) {
      return {
        kind: 'order',
        order: found.order,
        statePatch: { verifiedOrderIds: granted.orderIds, orderId: found.order.id, orderName: found.order.name, awaiting: undefined, pendingOrderNumber: undefined, pendingEmail: undefined },
      };
    }
  }
  if (!verdict.ok && verdict.code === 'rate_limited') {
    return { kind: 'reply', result: { replies: [{ text: t(locale, 'order.verification_locked') }], answered: false, needsHuman: 'needs_action' } };
  }
  return {
    kind: 'reply',
    result: { replies: [{ text: t(locale, 'order.verification_failed') }], answered: true, statePatch: { awaiting: 'order_email', pendingOrderNumber: orderNumber } },
  };
}

async function loadVisible(ctx: TurnContext, orderNumber: string, access: ReturnType<typeof accessFromState>): Promise<OrderResolution> {
  const found = await getShopperOrder(ctx.db, { storeId: ctx.store.id, access, now: ctx.now, orderNumber });
  if (!found.ok) return { kind: 'none' };
  return { kind: 'order', order: found.order, statePatch: { orderId: found.order.id, orderName: found.order.name, awaiting: undefined, pendingOrderNumber: undefined } };
}

function orderList(orders: OrderSummary[]): string {
  return orders.map((o) => o.name).join(', ');
}

export { EXAMPLE_ORDER };

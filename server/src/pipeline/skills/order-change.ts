/**
 * Cancel an order or change its delivery address, inside the store's change window and before the
 * warehouse starts packing. A policy question without an order is answered from the help center.
 */
import { t } from '../../i18n/i18n.js';
import { requestOrderAction, type AddressInput } from '../../commerce/actions/index.js';
import { foldText } from '../language/index.js';
import { describeActionOutcome } from '../compose/action-outcome.js';
import { yesOrNo } from '../compose/yes-no.js';
import type { Skill, SkillResult, TurnContext } from '../turn.js';
import type { OrderDetail } from '../../commerce/query.js';
import { orderActionPolicy } from '../../commerce/actions/index.js';
import { formatTime } from '../../i18n/format.js';
import { changeWindow } from '../compose/change-window.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { resolveShopperOrder } from './shopper-order.js';

const ADDRESS = /address|direcci|adresse|indirizz|endereco|adres|住所|地址|주소|عنوان|shipping to|ship to|send it to/;
const CANCEL = /cancel|annul|storn|anular|cancelar|annuler|annullare|annuleren|キャンセル|取消|撤销|취소|إلغاء/;

export const orderChangeSkill: Skill = async (ctx) => {
  const locale = ctx.u.locale;
  if (ctx.state.awaiting === 'new_address') return changeAddressWith(ctx);
  if (ctx.state.awaiting === 'confirm_cancel') return confirmCancel(ctx);
  // A signed-in shopper's "my order" is their open order; a guest's general question goes to the help center.
  const resolution = await resolveShopperOrder(ctx, { listWhenUnspecified: Boolean(ctx.state.verifiedCustomerId) });
  if (resolution.kind === 'reply') return { ...resolution.result, statePatch: { ...resolution.result.statePatch, awaitingSkill: 'order_change' } };
  if (resolution.kind === 'none') return answerFromKnowledge(ctx);
  const order = resolution.order;
  const folded = foldText(ctx.text).toLowerCase();
  // Marketplace orders are changed in the marketplace, under its rules.
  if (order.channel !== 'shopify' && order.marketplace) {
    return { replies: [{ text: t(locale, 'action.marketplace', { order: order.name, marketplace: marketplaceName(order.marketplace) }) }], answered: true, statePatch: resolution.statePatch };
  }
  if (!CANCEL.test(folded) && !ADDRESS.test(folded)) return modificationAnswer(ctx, order, resolution.statePatch);
  const wantsAddress = ADDRESS.test(folded);
  if (wantsAddress) {
    return { replies: [{ text: t(locale, 'action.address_need', { order: order.name }) }], answered: true, statePatch: { ...resolution.statePatch, awaiting: 'new_address', awaitingSkill: 'order_change' } };
  }
  // Cancelling cannot be undone: confirm first — but only when it is still possible.
  const policy = orderActionPolicy(ctx.store.row);
  const window = changeWindow(order, policy, ctx.now);
  if (!window.open) {
    return { replies: [{ text: `${t(locale, window.reason, { order: order.name, count: policy.changeWindowHours })} ${t(locale, 'action.offer_human')}` }], answered: true, statePatch: resolution.statePatch };
  }
  return {
    replies: [{ text: t(locale, 'action.confirm_cancel', { order: order.name }), payload: { quickReplies: [t(locale, 'action.yes'), t(locale, 'action.no')] } }],
    answered: true,
    statePatch: { ...resolution.statePatch, awaiting: 'confirm_cancel', awaitingSkill: 'order_change' },
  };
};

async function confirmCancel(ctx: TurnContext): Promise<SkillResult> {
  const answer = yesOrNo(ctx.text);
  const resolution = await resolveShopperOrder(ctx, { listWhenUnspecified: false });
  if (answer === undefined || resolution.kind !== 'order') {
    return { replies: [{ text: t(ctx.u.locale, 'fallback.clarify') }], answered: false, statePatch: { awaiting: undefined, awaitingSkill: undefined } };
  }
  if (answer === 'no') return { replies: [{ text: t(ctx.u.locale, 'action.kept', { order: resolution.order.name }) }], answered: true, statePatch: { awaiting: undefined, awaitingSkill: undefined } };
  return act(ctx, resolution.order, 'cancel', undefined, resolution.statePatch);
}

const MARKETPLACES: Record<string, string> = { 'amazon.com': 'Amazon', 'amazon.de': 'Amazon', 'amazon.co.jp': 'Amazon', 'tiktok-shop-us': 'TikTok Shop', 'tiktok-shop-uk': 'TikTok Shop' };
const marketplaceName = (m: string) => MARKETPLACES[m] ?? (m.startsWith('ebay') ? 'eBay' : m.startsWith('amazon') ? 'Amazon' : m.startsWith('tiktok') ? 'TikTok Shop' : m);

/**
 * Size, colour or items: only a person can change those. Inside the change window, say until when
 * it is possible and offer to pass the request on; after it, say why not.
 */
function modificationAnswer(ctx: TurnContext, order: OrderDetail, statePatch: SkillResult['statePatch']): SkillResult {
  const locale = ctx.u.locale;
  const policy = orderActionPolicy(ctx.store.row);
  const window = changeWindow(order, policy, ctx.now);
  if (window.open) {
    return {
      replies: [{ text: t(locale, 'action.modify_until', { order: order.name, time: formatTime(window.deadline, { locale, timeZone: ctx.shopperTimeZone }), count: policy.changeWindowHours }) }],
      answered: true,
      statePatch,
    };
  }
  return { replies: [{ text: `${t(locale, window.reason, { order: order.name, count: policy.changeWindowHours })} ${t(locale, 'action.offer_human')}` }], answered: true, statePatch };
}

async function act(ctx: TurnContext, order: OrderDetail, kind: 'cancel' | 'change_address', address: AddressInput | undefined, statePatch: SkillResult['statePatch']): Promise<SkillResult> {
  const { outcome } = await requestOrderAction(ctx.db, { storeId: ctx.store.id, actor: { type: 'assistant', conversation: { ...ctx.conversation, state: { ...ctx.state, ...statePatch } } }, orderId: order.id, kind, now: ctx.now, ...(address ? { address } : {}) });
  const described = describeActionOutcome(outcome, order, { locale: ctx.u.locale, timeZone: ctx.shopperTimeZone });
  return { replies: [{ text: described.text }], answered: true, statePatch: { ...statePatch, awaiting: undefined, awaitingSkill: undefined } };
}

async function changeAddressWith(ctx: TurnContext): Promise<SkillResult> {
  const resolution = await resolveShopperOrder(ctx, { listWhenUnspecified: false });
  if (resolution.kind !== 'order') return { replies: [{ text: t(ctx.u.locale, 'fallback.clarify') }], answered: false, statePatch: { awaiting: undefined } };
  const address = parseAddress(ctx.text, resolution.order.shippingAddress?.countryCode ?? null);
  if (!address) return { replies: [{ text: t(ctx.u.locale, 'action.address_format') }], answered: true };
  return act(ctx, resolution.order, 'change_address', address, resolution.statePatch);
}

/**
 * A delivery address typed in one message: "Street 1, 12345 City" or lines. The country stays the
 * order's (changing the country is refused by policy anyway); agents see the full text in the note.
 */
export function parseAddress(text: string, countryCode: string | null): AddressInput | undefined {
  if (!countryCode) return undefined;
  const parts = text.split(/\n|,|;/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const zipPart = parts.find((p, i) => i > 0 && /\b[A-Z0-9]{2,5}[ -]?[A-Z0-9]{0,4}\b/i.test(p) && /\d/.test(p)) ?? parts[parts.length - 1]!;
  const zip = /\b\d{3,5}(?:[ -]\d{3,4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i.exec(zipPart)?.[0] ?? null;
  const city = zipPart.replace(zip ?? '', '').trim() || parts[parts.length - 1]!;
  return { address1: parts[0]!, address2: parts.length > 3 ? parts.slice(1, -1).join(', ') : null, city, zip, countryCode };
}

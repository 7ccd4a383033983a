/** Tracking and order status: look the order up (verifying the shopper), else explain how tracking works. */
import { t } from '../../i18n/i18n.js';
import type { Skill } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { describeOrderStatus } from './order-status.js';
import { resolveShopperOrder } from './shopper-order.js';

export const trackingSkill: Skill = async (ctx) => {
  const resolution = await resolveShopperOrder(ctx, { listWhenUnspecified: true });
  if (resolution.kind === 'reply') return { ...resolution.result, statePatch: { ...resolution.result.statePatch, awaitingSkill: 'tracking' } };
  if (resolution.kind === 'order') {
    const answer = describeOrderStatus(resolution.order, { locale: ctx.u.locale, timeZone: ctx.shopperTimeZone });
    return { replies: answer.replies, answered: true, statePatch: resolution.statePatch, needsHuman: answer.needsHuman ? 'needs_action' : null };
  }
  // No order in play: a general question ("how do I track my parcel?"), plus an offer to look it up.
  const general = await answerFromKnowledge(ctx);
  return { ...general, replies: [...general.replies, { text: t(ctx.u.locale, 'knowledge.offer_lookup') }] };
};

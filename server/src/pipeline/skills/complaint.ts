/**
 * Complaints (damaged, wrong, missing, not received): say sorry, state what the store's policy asks for
 * (photos, the deadline), and bring in a person — these need judgement.
 */
import { readerOf, storeFactsOf, type Skill } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { describeOrderStatus } from './order-status.js';
import { resolveShopperOrder } from './shopper-order.js';

export const complaintSkill: Skill = async (ctx) => {
  const resolution = await resolveShopperOrder(ctx, { listWhenUnspecified: false });
  const policy = await answerFromKnowledge(ctx);
  const replies = [...(policy.answered ? policy.replies : [])];
  let statePatch = {};
  if (resolution.kind === 'order') {
    replies.unshift(...describeOrderStatus(resolution.order, readerOf(ctx), storeFactsOf(ctx)).replies);
    statePatch = resolution.statePatch;
  }
  return { replies, answered: true, statePatch, needsHuman: 'complaint' };
};

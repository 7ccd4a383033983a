/**
 * Complaints: say what the store's policy says (photos, deadlines), and when a specific order went
 * wrong — or the help center has no answer — bring in a person, since those need judgement. A general
 * quality question ("is pilling normal?") is answered without one.
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
  const needsPerson = resolution.kind === 'order' || !policy.answered;
  return { replies: replies.length ? replies : policy.replies, answered: policy.answered || resolution.kind === 'order', statePatch, needsHuman: needsPerson ? 'complaint' : null };
};

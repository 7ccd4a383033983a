/**
 * Complaints: say what the store's policy says (photos, deadlines), and when a specific order went
 * wrong — or the help center has no answer — bring in a person, since those need judgement. A general
 * quality question ("is pilling normal?") is answered without one.
 */
import { readerOf, storeFactsOf, type Skill } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { describeOrderStatus } from './order-status.js';
import { resolveShopperOrder } from './shopper-order.js';
import { foldText } from '../language/index.js';

// "It says delivered but I never got it": the help for parcels marked delivered that did not arrive.
const NOT_RECEIVED = /never (got|received|arrived)|didn.?t (get|receive|arrive)|not (received|arrived)|haven.?t (got|received)|no (lo|la|los|las) (he )?recibido|nunca (llego|recibi)|nicht (erhalten|angekommen|bekommen)|nie angekommen|jamais (recu|arrive)|pas recu|mai (arrivato|ricevuto)|non (l.?ho|ho) ricevuto|nunca (chegou|recebi)|niet ontvangen|nooit (aangekomen|ontvangen)|届いていません|受け取っていません|没有收到|没收到/;
const DELIVERED_NOT_RECEIVED_QUERY = 'parcel marked delivered but not received: check neighbours, wait, carrier investigation';

export const complaintSkill: Skill = async (ctx) => {
  const resolution = await resolveShopperOrder(ctx, { listWhenUnspecified: false });
  const deliveredNotReceived = resolution.kind === 'order' && NOT_RECEIVED.test(foldText(ctx.text).toLowerCase())
    && resolution.order.shipments.some((s) => s.kind === 'outbound' && s.status === 'delivered');
  const policy = await answerFromKnowledge(ctx, deliveredNotReceived ? DELIVERED_NOT_RECEIVED_QUERY : ctx.text);
  const replies = [...(policy.answered ? policy.replies : [])];
  let statePatch = {};
  if (resolution.kind === 'order') {
    replies.unshift(...describeOrderStatus(resolution.order, readerOf(ctx), storeFactsOf(ctx)).replies);
    statePatch = resolution.statePatch;
  }
  const needsPerson = resolution.kind === 'order' || !policy.answered;
  return { replies: replies.length ? replies : policy.replies, answered: policy.answered || resolution.kind === 'order', statePatch, needsHuman: needsPerson ? 'complaint' : null };
};

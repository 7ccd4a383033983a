/** Which skill answers which intent; a question we asked last turn takes precedence over the intent. */
import type { Skill, TurnContext } from '../turn.js';
import { greetingSkill } from './greeting.js';
import { fallbackSkill } from './fallback.js';
import { trackingSkill } from './tracking.js';
import { orderChangeSkill } from './order-change.js';
import { returnsSkill } from './returns.js';
import { presaleSkill } from './presale.js';
import { sizeSkill } from './size.js';
import { complaintSkill } from './complaint.js';
import { answerFromKnowledge } from './knowledge-answer.js';

const knowledgeSkill: Skill = (ctx) => answerFromKnowledge(ctx);

const BY_INTENT: Record<string, Skill> = {
  greeting: greetingSkill,
  tracking: trackingSkill,
  order_change: orderChangeSkill,
  returns: returnsSkill,
  presale: presaleSkill,
  size: sizeSkill,
  complaint: complaintSkill,
  shipping: knowledgeSkill,
  payment: knowledgeSkill,
  privacy: knowledgeSkill,
  other: knowledgeSkill,
};

/** Does this message answer what we asked (an email, an order number, an address, yes/no)? */
function answersPendingQuestion(ctx: TurnContext): boolean {
  const e = ctx.u.entities;
  switch (ctx.state.awaiting) {
    case 'order_email':
      return e.emails.length > 0 || e.postcodes.length > 0 || e.orderNumbers.length > 0;
    case 'order_number':
      return e.orderNumbers.length > 0;
    case 'new_address':
    case 'confirm_cancel':
      return ctx.u.intent !== 'human' && ctx.u.intent !== 'greeting';
    case 'size_gender':
      return true;
    default:
      return false;
  }
}

const BY_PENDING: Record<string, Skill> = { tracking: trackingSkill, order_change: orderChangeSkill, returns: returnsSkill, complaint: complaintSkill };

export function chooseSkill(ctx: TurnContext): Skill {
  if (answersPendingQuestion(ctx)) {
    if (ctx.state.awaiting === 'size_gender') return sizeSkill;
    const pending = typeof ctx.state.awaitingSkill === 'string' ? BY_PENDING[ctx.state.awaitingSkill] : undefined;
    if (pending) return pending;
  }
  return BY_INTENT[ctx.u.intent] ?? fallbackSkill;
}

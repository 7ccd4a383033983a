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

export interface ChosenSkill {
  name: string;
  run: Skill;
  /** True when the message answers a question we asked (handled by the skill that asked it). */
  pending: boolean;
}

export function chooseSkill(ctx: TurnContext): ChosenSkill {
  if (answersPendingQuestion(ctx)) {
    if (ctx.state.awaiting === 'size_gender') return { name: 'size', run: sizeSkill, pending: true };
    const name = typeof ctx.state.awaitingSkill === 'string' ? ctx.state.awaitingSkill : undefined;
    const pending = name ? BY_PENDING[name] : undefined;
    if (name && pending) return { name, run: pending, pending: true };
  }
  const skill = BY_INTENT[ctx.u.intent];
  return skill ? { name: ctx.u.intent, run: skill, pending: false } : { name: 'fallback', run: fallbackSkill, pending: false };
}

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
import { contactSkill } from './contact.js';
import { shippingSkill } from './shipping.js';
import { paymentSkill } from './payment.js';
import { askedAttributes } from '../catalog/product-attributes.js';
import { findMentionedProduct, loadCatalog } from '../catalog/product-mentions.js';
import { findOpenCase } from './open-case.js';
import { answerCaseStatus } from './returns.js';

/**
 * Help-center questions — unless they name a product and ask one of its facts ("how much are the
 * Strand sandals?" is classified as shipping by its price words): those are catalogue questions.
 */
const knowledgeSkill: Skill = async (ctx) => {
  if (askedAttributes(ctx.text).length > 0 && findMentionedProduct(await loadCatalog(ctx.db, ctx.store.id), ctx.text)) return presaleSkill(ctx);
  return answerFromKnowledge(ctx);
};

const BY_INTENT: Record<string, Skill> = {
  greeting: greetingSkill,
  tracking: trackingSkill,
  order_change: orderChangeSkill,
  returns: returnsSkill,
  presale: presaleSkill,
  size: sizeSkill,
  complaint: complaintSkill,
  shipping: shippingSkill(knowledgeSkill),
  payment: paymentSkill(knowledgeSkill),
  privacy: knowledgeSkill,
  other: knowledgeSkill,
  // "human" without asking for a person now: how to reach the team, when it is open.
  human: contactSkill,
};

/**
 * A message that is little more than an order number or an email ("2040", "anna@example.com",
 * "it's #2033") continues an order conversation, whatever the classifier thinks of it.
 */
function isOrderDetailsOnly(ctx: TurnContext): boolean {
  const e = ctx.u.entities;
  if (e.emails.length === 0 && e.orderNumbers.length === 0 && !/^\s*#?\d{3,10}\s*[.!?]?\s*$/.test(ctx.text)) return false;
  const rest = ctx.text
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/#?\d[\d-]{2,}/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (rest.length === 0) return true;
  // "sorry, it's anna@…", "order 2040 pls": a few words around the detail; but "cancel 2040" is a request.
  return rest.length <= 3 && !['order_change', 'returns', 'human', 'privacy'].includes(ctx.u.intent);
}

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
  /** True when the message is just order details (a number, an email) continuing an order conversation. */
  continuesOrder?: boolean;
}

export function chooseSkill(ctx: TurnContext): ChosenSkill {
  if (answersPendingQuestion(ctx)) {
    if (ctx.state.awaiting === 'size_gender') return { name: 'size', run: sizeSkill, pending: true };
    const name = typeof ctx.state.awaitingSkill === 'string' ? ctx.state.awaitingSkill : undefined;
    const pending = name ? BY_PENDING[name] : undefined;
    if (name && pending) return { name, run: pending, pending: true };
  }
  if (isOrderDetailsOnly(ctx)) return { name: 'tracking', run: trackingSkill, pending: false, continuesOrder: true };
  // "How big is the duffle?" asks the product's dimensions; "我穿7.5，要买多大？" gives a size: fit advice.
  if (ctx.u.intent === 'size' && ctx.u.entities.sizes.length === 0 && askedAttributes(ctx.text).some((a) => a === 'dimensions' || a === 'weight' || a === 'materials')) {
    return { name: 'presale', run: presaleSkill, pending: false };
  }
  const skill = BY_INTENT[ctx.u.intent];
  return skill ? { name: ctx.u.intent, run: skill, pending: false } : { name: 'fallback', run: fallbackSkill, pending: false };
}

// A case under way is asked about in words of any of these ("my jeans in size 29", "the tote" + "label").
const CASE_INTENTS: ReadonlySet<string> = new Set(['returns', 'complaint', 'tracking', 'size', 'presale', 'shipping', 'payment', 'order_change', 'other']);

/**
 * The skill for a verified shopper asking where their return, exchange or claim stands, whatever
 * the message was classified as; the intent it stands for (claims are complaints) comes with it.
 */
export async function chooseOpenCaseSkill(ctx: TurnContext): Promise<(ChosenSkill & { intent: 'returns' | 'complaint' }) | undefined> {
  if (!CASE_INTENTS.has(ctx.u.intent)) return undefined;
  const open = await findOpenCase(ctx);
  if (!open) return undefined;
  return { name: 'open_case', run: (c) => answerCaseStatus(c, open), pending: false, intent: open.record.type === 'claim' ? 'complaint' : 'returns' };
}

/**
 * The LLM's tools: the same skills the offline assistant uses, wrapped so the model can call them.
 * The customer always comes from the verified conversation (TurnContext), never from tool arguments:
 * a model talked into asking for "order #1035" only ever sees orders this shopper may see.
 */
import { tool, type StructuredToolInterface } from '@langchain/core/tools';
import { z } from 'zod';
import type { Source } from '../../../../protocol/messages.js';
import { extractEntities } from '../entities/index.js';
import type { SkillResult, TurnContext } from '../turn.js';
import { trackingSkill } from '../skills/tracking.js';
import { presaleSkill } from '../skills/presale.js';
import { sizeSkill } from '../skills/size.js';
import { returnsSkill } from '../skills/returns.js';
import { orderChangeSkill } from '../skills/order-change.js';
import { answerFromKnowledge } from '../skills/knowledge-answer.js';
import type { ConversationState } from '../../conversations/conversations-repository.js';

/** What the tools did this turn: evidence for the grounding check, sources to cite, state to keep. */
export class ToolRecorder {
  readonly evidence: string[] = [];
  readonly sources: Source[] = [];
  statePatch: Partial<ConversationState> = {};
  humanRequested = false;
  needsHuman = false;
  calls = 0;

  record(result: SkillResult): string {
    this.calls++;
    const text = result.replies.map((r) => r.text).join('\n');
    this.evidence.push(text, JSON.stringify(result.replies.map((r) => r.payload ?? null)));
    for (const r of result.replies) for (const s of r.sources ?? []) if (!this.sources.some((x) => x.articleId === s.articleId)) this.sources.push(s);
    this.statePatch = { ...this.statePatch, ...result.statePatch };
    if (result.needsHuman) this.needsHuman = true;
    return JSON.stringify({ answered: result.answered, text, sources: result.replies.flatMap((r) => r.sources?.map((s) => ({ id: s.articleId, title: s.title, language: s.locale })) ?? []) });
  }
}

/** Runs a skill as if the shopper had written `text` (keeping everything the conversation proved). */
function asShopperSaid(ctx: TurnContext, text: string, recorder: ToolRecorder): TurnContext {
  return { ...ctx, text, state: { ...ctx.state, ...recorder.statePatch }, u: { ...ctx.u, entities: extractEntities(text) } };
}

export function buildTools(ctx: TurnContext, recorder: ToolRecorder): StructuredToolInterface[] {
  const run = (skill: (c: TurnContext) => Promise<SkillResult>) => async (text: string) => recorder.record(await skill(asShopperSaid(ctx, text, recorder)));
  return [
    tool(async ({ query }) => run((c) => answerFromKnowledge(c, query))(query), {
      name: 'search_help_center',
      description: "Search the store's help center (shipping, returns, payment, sizes, policies). Returns the relevant passage and its article.",
      schema: z.object({ query: z.string().min(2).max(300).describe('What to look up, in any language') }),
    }),
    // Proof of a guest's order (email, postcode) is read from the shopper's own message, never from
    // the model: what the model sees of it is redacted anyway.
    tool(async ({ order_number }) => {
      const proof = [...ctx.u.entities.emails, ...ctx.u.entities.postcodes.map((p) => p.value)];
      return run(trackingSkill)([order_number, ...proof].filter(Boolean).join(' ') || 'my order');
    }, {
      name: 'order_status',
      description: "Status and tracking of the shopper's order. Without an order number it lists the signed-in shopper's recent orders. A guest must write the order's email (or postcode) in the chat; the tool checks it.",
      schema: z.object({ order_number: z.string().max(40).optional() }),
    }),
    tool(async ({ question }) => run(presaleSkill)(question), {
      name: 'product_info',
      description: 'Facts about a product: price in the shopper market, stock per size, materials, care, weight, waterproof rating, fill power, warranty, final sale.',
      schema: z.object({ question: z.string().min(2).max(300).describe('The question including the product name') }),
    }),
    tool(async ({ question }) => run(sizeSkill)(question), {
      name: 'size_advice',
      description: "Size recommendation or size conversion from the store's size charts. Include the product or garment type, gender, measurements with units, or the size worn in another brand.",
      schema: z.object({ question: z.string().min(2).max(300) }),
    }),
    tool(async ({ order_number }) => run(returnsSkill)(`${order_number} I want to return it`), {
      name: 'start_return',
      description: 'Start a return for an order the shopper may see. Only call after the shopper clearly asked to return it.',
      schema: z.object({ order_number: z.string().max(40) }),
    }),
    tool(async ({ order_number }) => run(orderChangeSkill)(`cancel order ${order_number}`), {
      name: 'check_cancellation',
      description: 'Check whether an order can still be cancelled and ask the shopper to confirm; the cancellation itself happens after their yes.',
      schema: z.object({ order_number: z.string().max(40) }),
    }),
    tool(
      async ({ reason }) => {
        recorder.humanRequested = true;
        recorder.evidence.push(reason);
        return JSON.stringify({ ok: true, note: 'A person will take over; tell the shopper briefly.' });
      },
      {
        name: 'request_human',
        description: 'Hand the conversation to a human agent (the shopper asked for a person, is upset, or the question needs a decision).',
        schema: z.object({ reason: z.string().max(200) }),
      },
    ),
  ];
}

/**
 * The assistant's Responder: understand the message, hand off first when a person is needed, else run
 * the skill for the intent, then hand off if the answer was weak twice or needs a person. Replies are
 * written in the shopper's language; state (language, order under discussion, what we asked for)
 * carries over to the next turn.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Responder, ShopperTurn } from '../conversations/conversation-service.js';
import { updateConversation, type ConversationRow, type ConversationState } from '../conversations/conversations-repository.js';
import { getCustomer, type CustomerRow } from '../repositories/customers.js';
import type { Clock } from '../lib/clock.js';
import { t } from '../i18n/i18n.js';
import { loadStoreContext, type StoreContext } from './store-context.js';
import { understand, type Understanding } from './understand.js';
import { decideAfterAnswer, decideBeforeAnswer, type HandoffDecision } from './handoff/decide-handoff.js';
import { composeHandoffMessage } from './handoff/handoff-message.js';
import { handoffSummary } from './handoff/handoff-summary.js';
import { chooseOpenCaseSkill, chooseSkill } from './skills/index.js';
import { complaintSkill } from './skills/complaint.js';
import type { KnowledgePort } from './ports.js';
import type { ReplyPart, SkillResult, TurnContext } from './turn.js';
import { logTurn } from './turn-log.js';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { LlmComposer } from './llm/llm-composer.js';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

const isIntentName = (name: string): name is Understanding['intent'] =>
  ['presale', 'size', 'tracking', 'shipping', 'returns', 'order_change', 'payment', 'complaint', 'privacy', 'human', 'greeting', 'other'].includes(name);

export class AssistantResponder implements Responder {
  constructor(
    private readonly deps: { knowledge: KnowledgePort; clock: Clock; log: FastifyBaseLogger; llm?: LlmComposer | undefined },
  ) {}

  async respond({ conversation, message, service }: ShopperTurn): Promise<void> {
    const db = service.db;
    const store = await loadStoreContext(db, conversation.store_id);
    if (!store) return;
    const started = performance.now();
    const state: ConversationState = { ...conversation.state };
    const customer = conversation.customer_id ? await getCustomer(db, conversation.store_id, conversation.customer_id) : undefined;
    const u = understand(message.text, { previousLocale: state.language, widgetLocale: conversation.locale, storeDefault: store.defaultLocale });
    const now = this.deps.clock.now();

    if (conversation.status !== 'bot') {
      await this.whileWithHumans(conversation, state, u, message.text, service);
      return;
    }

    service.hub.typing(conversation.store_id, conversation.id, { author: 'assistant' }, true);
    try {
      const ctx: TurnContext = {
        db, store, conversation, state, customer, text: message.text, u, now,
        shopperTimeZone: typeof state.timeZone === 'string' ? state.timeZone : customer?.timezone ?? store.timeZone,
        knowledge: this.deps.knowledge,
      };
      const isVip = isVipCustomer(customer, store);
      let chosen = chooseSkill(ctx);
      const openCase = chosen.pending || u.injection ? undefined : await chooseOpenCaseSkill(ctx);
      if (openCase) {
        chosen = openCase;
        u.intent = openCase.intent;
      }
      const before = decideBeforeAnswer(store.handoff, store.humanOnlyTopics, {
        humanRequest: u.humanRequest, frustration: u.frustration, abuse: u.abusive, isVip,
        // A damaged item with a claim under way has had its judgement: the shopper asks how it goes on.
        sensitiveTopics: openCase ? u.sensitiveTopics.filter((topic) => topic !== 'damaged_item') : u.sensitiveTopics,
      });
      let result: SkillResult | undefined;
      let skill = 'handoff';
      let mode: 'offline' | 'llm' = 'offline';
      const streamId = randomUUID();
      // A damaged or faulty item needs a person's judgement, but the policy (photos, deadlines, what
      // counts as a defect) can be said at once, before the hand-off message.
      if (before?.reason === 'sensitive' && before.topic === 'damaged_item') {
        skill = 'complaint';
        const policy = await complaintSkill(ctx);
        result = { replies: policy.answered ? policy.replies : [], answered: true, ...(policy.statePatch ? { statePatch: policy.statePatch } : {}) };
      } else if (before) result = { replies: [], answered: true };
      else if (u.injection) {
        skill = 'safety';
        result = { replies: [{ text: t(u.locale, 'safety.refuse') }], answered: false };
      } else {
        skill = chosen.name;
        // "anna@example.com" answering our question is part of that skill's conversation (tracking…).
        if ((chosen.pending || chosen.continuesOrder) && isIntentName(chosen.name)) u.intent = chosen.name;
        // A question we asked last turn (an email, yes/no, an address) is settled by the skill that
        // asked it; everything else goes to the model first when one is configured.
        if (this.deps.llm && !chosen.pending) {
          result = await this.deps.llm.compose(ctx, streamId);
          if (result) mode = 'llm';
        }
        result ??= await chosen.run(ctx);
      }

      const lowConfidenceStreak = result.answered ? 0 : (Number(state.lowConfidenceTurns) || 0) + 1;
      const after = before ?? decideAfterAnswer(store.handoff, {
        lowConfidenceStreak, skillNeedsHuman: result.needsHuman ?? null, isVip, frustration: u.frustration,
        // Asking how a claim is going is not a new complaint (VIP hand-off "on friction").
        intent: openCase ? 'case_status' : u.intent,
      });
      const nextState: ConversationState = { ...state, ...result.statePatch, language: u.locale, lowConfidenceTurns: lowConfidenceStreak };
      const replies: ReplyPart[] = [...result.replies];
      let handoffExpected: Date | null = null;
      if (after) {
        const handoff = composeHandoffMessage({
          decision: after, locale: u.locale, now, shopperTimeZone: ctx.shopperTimeZone, teams: store.teams, holidays: store.holidays,
          hasEmail: Boolean(customer?.email || conversation.contact_email),
        });
        handoffExpected = handoff.expectedAt;
        replies.push({ text: handoff.text });
        if (!handoff.openNow && !customer?.email && !conversation.contact_email) nextState.awaiting = 'handoff_email';
      }
      const updated = await updateConversation(db, conversation.store_id, conversation.id, { state: nextState, intent: u.intent });
      const current = updated ?? conversation;
      for (const [i, reply] of replies.entries()) {
        // With a model configured, the first reply replaces the draft the widget streamed (if any).
        const payload = this.deps.llm && i === 0 ? { ...reply.payload, streamId, mode } : reply.payload ?? null;
        await service.reply(current, { author: 'assistant', text: reply.text, language: u.locale, intent: u.intent, sources: reply.sources ?? null, payload });
      }
      if (after) await this.handOff(current, after, u, nextState, message.text, customer, handoffExpected, service);
      await logTurn(db, {
        storeId: conversation.store_id, conversationId: conversation.id, messageId: message.id, mode, locale: u.locale,
        intent: u.intent, intentConfidence: u.intentConfidence, skill, answered: result.answered && !after, answerability: result.answerability ?? null,
        sources: [...new Set(replies.flatMap((r) => r.sources?.map((src) => src.articleId) ?? []))],
        handoffReason: after ? (after.topic ? `${after.reason}:${after.topic}` : after.reason) : null,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      });
    } finally {
      service.hub.typing(conversation.store_id, conversation.id, { author: 'assistant' }, false);
    }
  }

  private async handOff(
    conversation: ConversationRow, decision: HandoffDecision, u: Understanding, state: ConversationState, question: string,
    customer: CustomerRow | undefined, expectedAt: Date | null, service: ShopperTurn['service'],
  ): Promise<void> {
    const reason = decision.topic ? `${decision.reason}:${decision.topic}` : decision.reason;
    const handedOff = await service.handoff(conversation, reason);
    const customerLabel = customer ? [customer.first_name, customer.last_name].filter(Boolean).join(' ') || customer.external_id : null;
    await service.note(handedOff, handoffSummary({ decision, u, state, question, customerLabel, expectedAt }));
  }

  /** The conversation is with people: only hand back to the bot on request, or keep an email for the reply. */
  private async whileWithHumans(conversation: ConversationRow, state: ConversationState, u: Understanding, text: string, service: ShopperTurn['service']): Promise<void> {
    if (u.botRequest && conversation.status !== 'resolved') {
      const updated = await updateConversation(service.db, conversation.store_id, conversation.id, { status: 'bot', state: { ...state, lowConfidenceTurns: 0, awaiting: undefined } });
      await service.publishSummary(conversation.store_id, conversation.id);
      await service.reply(updated ?? conversation, { author: 'assistant', text: t(u.locale, 'handoff.bot_back'), language: u.locale });
      return;
    }
    const email = state.awaiting === 'handoff_email' ? EMAIL.exec(text)?.[0] : undefined;
    if (email) {
      const updated = await updateConversation(service.db, conversation.store_id, conversation.id, { contact_email: email, state: { ...state, awaiting: undefined } });
      await service.reply(updated ?? conversation, { author: 'assistant', text: t(u.locale, 'handoff.email_saved', { email }), language: u.locale });
    }
  }
}

function isVipCustomer(customer: CustomerRow | undefined, store: StoreContext): boolean {
  return Boolean(customer && customer.tags.some((tag) => store.handoff.vipTags.includes(tag)));
}

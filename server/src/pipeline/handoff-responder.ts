/**
 * Routes every shopper message to the human inbox and tells the shopper so, once per hand-off.
 * Used when the assistant is switched off (PARLEY_ASSISTANT=handoff) and as the assistant's own
 * hand-off step.
 */
import type { Responder, ShopperTurn } from '../conversations/conversation-service.js';
import { t } from '../i18n/i18n.js';

export class HandoffResponder implements Responder {
  async respond({ conversation, service }: ShopperTurn): Promise<void> {
    if (conversation.status !== 'bot') return; // already with humans: they answer
    const locale = conversation.locale ?? 'en';
    await service.handoff(conversation, 'assistant_disabled');
    await service.reply(conversation, { author: 'system', text: t(locale, 'handoff.queued'), language: locale });
  }
}

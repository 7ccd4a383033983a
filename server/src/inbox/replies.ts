/**
 * An agent writes in a conversation: a reply to the shopper or a private note. Replies are translated
 * into the shopper's language when a translator exists and the agent asks for it, and follow the
 * shopper by e-mail when they have left; notes notify the agents they @mention.
 */
import { ParleyError } from '../errors.js';
import type { Message } from '../../../protocol/messages.js';
import { getConversation } from '../conversations/conversations-repository.js';
import type { InboxContext } from './inbox-context.js';
import { recordMentions } from './mentions.js';
import { loadInboxRules } from './inbox-settings.js';
import { detectMessageLanguage, sameLanguage } from './translation.js';
import { sendFollowUp } from '../email/follow-up.js';

export interface ReplyInput {
  storeId: string;
  conversationId: string;
  agent: { agentId: string; name: string; languages: string[] };
  clientId: string;
  text: string;
  internal?: boolean;
  /** Translate the agent's text into the shopper's language (LLM mode). */
  translate?: boolean;
}

/** The language the shopper writes in: their latest message's (recorded or detected), else the conversation's. */
async function shopperLanguage(ctx: InboxContext, conversationId: string, fallback: string | null): Promise<string | null> {
  const { rows } = await ctx.db.query<{ text: string; language: string | null }>(
    `SELECT text, language FROM messages WHERE conversation_id = $1 AND author = 'shopper' ORDER BY seq DESC LIMIT 1`,
    [conversationId],
  );
  const last = rows[0];
  return last ? (last.language ?? detectMessageLanguage(last.text, fallback) ?? fallback) : fallback;
}

export async function sendReply(ctx: InboxContext, input: ReplyInput): Promise<Message> {
  const conversation = await getConversation(ctx.db, input.storeId, input.conversationId);
  if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
  const internal = input.internal === true;
  const merged = await ctx.db.query<{ merged_into_id: string | null }>('SELECT merged_into_id FROM conversations WHERE id = $1', [conversation.id]);
  if (!internal && merged.rows[0]?.merged_into_id) {
    throw new ParleyError('CONFLICT', 'This conversation was merged into another one; reply there', { mergedIntoId: merged.rows[0].merged_into_id });
  }

  const agentLanguage = input.agent.languages[0] ?? 'en';
  let text = input.text;
  let language: string | null = detectMessageLanguage(text, internal ? agentLanguage : conversation.locale);
  let payload: Record<string, unknown> | null = null;
  const target = internal || !input.translate || !ctx.translator ? null : await shopperLanguage(ctx, conversation.id, conversation.locale);
  if (ctx.translator && target && !sameLanguage(language ?? agentLanguage, target)) {
    const from = language ?? agentLanguage;
    const { glossary } = await loadInboxRules(ctx.db, input.storeId);
    const translated = await ctx.translator.translate({ text, from, to: target, glossary }).catch((err: unknown) => {
      ctx.log.warn({ err }, 'reply translation failed');
      throw new ParleyError('UNAVAILABLE', 'The translation service did not answer; send without translation or retry');
    });
    payload = { original: { text, language: from } };
    text = translated;
    language = target;
  }

  const message = await ctx.conversations.sendAgentMessage({
    storeId: input.storeId,
    conversationId: conversation.id,
    agentId: input.agent.agentId,
    clientId: input.clientId,
    text,
    internal,
    language,
    payload,
  });
  if (internal) {
    await recordMentions(ctx, input.storeId, message, input.agent.agentId);
  } else {
    // E-mail after the reply is stored and acknowledged; failures show up in the transcript.
    void ctx.queue.run(`email:${conversation.id}`, async () => {
      const fresh = await getConversation(ctx.db, input.storeId, conversation.id);
      if (fresh) await sendFollowUp(ctx, fresh, message);
    }).catch((err: unknown) => ctx.log.error({ err }, 'e-mail follow-up crashed'));
  }
  return message;
}

/**
 * One conversation as an agent opens it: the queue row, the full transcript (assistant turns, private
 * notes and activity included) with each message's language, stored translations into the agent's
 * language and e-mail deliveries, and the hand-off summary.
 */
import type { ConversationRow } from '../conversations/conversations-repository.js';
import { listMessages } from '../conversations/messages-repository.js';
import { ParleyError } from '../errors.js';
import type { ConversationDetail, EmailDelivery, InboxMessage } from '../../../protocol/agent-events.js';
import type { InboxContext } from './inbox-context.js';
import { loadInboxItem } from './inbox-items.js';
import { extractiveSummary } from './copilot.js';
import { detectMessageLanguage } from './translation.js';

export async function loadConversationDetail(
  ctx: InboxContext,
  conversation: ConversationRow,
  agent: { languages: string[] },
): Promise<ConversationDetail> {
  const item = await loadInboxItem(ctx.db, conversation.store_id, conversation.id, ctx.now());
  if (!item) throw new ParleyError('CONVERSATION_NOT_FOUND');
  const messages = await listMessages(ctx.db, conversation.id, { includeInternal: true, limit: 2000 });
  // Copies from a merged conversation keep their original time: show everything in time order.
  messages.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.seq - b.seq);
  const ids = messages.map((m) => m.id);
  const readerLanguage = agent.languages[0] ?? 'en';
  const [translations, emails] = await Promise.all([
    ctx.db.query<{ message_id: string; text: string }>('SELECT message_id, text FROM message_translations WHERE message_id = ANY($1::uuid[]) AND language = $2', [
      ids,
      readerLanguage,
    ]),
    ctx.db.query<{ message_id: string; status: EmailDelivery['status']; address: string }>(
      'SELECT message_id, status, address FROM email_messages WHERE message_id = ANY($1::uuid[])',
      [ids],
    ),
  ]);
  const translated = new Map(translations.rows.map((r) => [r.message_id, r.text]));
  const emailed = new Map(emails.rows.map((r) => [r.message_id, { status: r.status, address: r.address }]));
  let previous: string | null = conversation.locale;
  const shown: InboxMessage[] = messages.map((m) => {
    const out: InboxMessage = { ...m };
    if (!m.language && m.author === 'shopper') {
      out.language = detectMessageLanguage(m.text, previous);
      out.languageDetected = true;
    }
    if (m.author === 'shopper' && out.language) previous = out.language;
    const translation = translated.get(m.id);
    if (translation) out.translation = { language: readerLanguage, text: translation };
    out.email = emailed.get(m.id) ?? null;
    return out;
  });
  // The assistant leaves its hand-off summary as a private system note; older conversations may keep it in state.
  const assistantNote = [...messages].reverse().find((m) => m.author === 'system' && m.internal && m.payload?.kind !== 'activity');
  const stateSummary = assistantNote?.text ?? (typeof conversation.state?.handoffSummary === 'string' ? conversation.state.handoffSummary : null);
  return {
    conversation: item,
    messages: shown,
    handoffSummary: stateSummary ?? (conversation.handed_off_at ? extractiveSummary(conversation, messages) : null),
    features: { translation: Boolean(ctx.translator), copilotModel: ctx.copilot.usesModel, email: Boolean(ctx.mailer) },
  };
}

/** The open conversation: header with actions, the transcript and the reply box. */
import { useStore } from '../../state/store.js';
import { ConversationHeader } from './ConversationHeader.js';
import { Transcript } from './Transcript.js';
import { Composer } from './Composer.js';
import type { InboxMessage } from '../../../../protocol/agent-events.js';

/** The language the shopper actually writes in: their latest message's, recorded or detected. */
function shopperLanguage(messages: InboxMessage[]): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.author === 'shopper' && !m.internal && m.language) return m.language;
  }
  return null;
}

export function ConversationPane() {
  const detail = useStore((s) => s.detail);
  const error = useStore((s) => s.detailError);
  if (error) return <main class="conversation"><div class="pane-message form-error">{error}</div></main>;
  if (!detail) return <main class="conversation"><div class="pane-message muted">Loading conversation…</div></main>;
  return (
    <main class="conversation" aria-label="Conversation" data-conversation-id={detail.conversation.id}>
      <ConversationHeader item={detail.conversation} />
      <Transcript detail={detail} />
      <Composer item={detail.conversation} features={detail.features} shopperLanguage={shopperLanguage(detail.messages) ?? detail.conversation.locale} />
    </main>
  );
}

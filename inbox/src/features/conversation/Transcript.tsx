/** The full conversation: shopper, assistant and agent turns, private notes and the activity trail. */
import { useEffect, useRef } from 'preact/hooks';
import type { ConversationDetail } from '../../../../protocol/agent-events.js';
import { MessageView } from './MessageView.js';
import { useStore } from '../../state/store.js';
import { translate } from '../../state/actions.js';

/** Messages already sent for translation in this tab (each is translated once, then stored). */
const requested = new Set<string>();
const sameBase = (a: string, b: string) => a.split('-')[0] === b.split('-')[0];

export function Transcript(props: { detail: ConversationDetail }) {
  const detail = props.detail;
  const end = useRef<HTMLDivElement>(null);
  const count = detail.messages.length;
  const myLanguage = useStore((s) => s.me?.agent.languages[0] ?? 'en');

  // LLM mode: the agent reads the shopper in their own language; the original stays one click away.
  useEffect(() => {
    if (!detail.features.translation) return;
    const pending = detail.messages.filter((m) => m.author === 'shopper' && m.language && !sameBase(m.language, myLanguage) && !m.translation && !requested.has(m.id));
    void (async () => {
      for (const m of pending.slice(-20)) {
        requested.add(m.id);
        await translate(detail.conversation.storeId, detail.conversation.id, m.id);
      }
    })();
  }, [count, detail.conversation.id]);
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [count, detail.conversation.id]);
  return (
    <div class="transcript" role="log" aria-label="Transcript">
      {detail.handoffSummary && (
        <div class="handoff-card" data-testid="handoff-summary">
          <div class="handoff-title">Hand-off summary</div>
          <div class="handoff-text">{detail.handoffSummary}</div>
        </div>
      )}
      {detail.messages.map((m) => (
        <MessageView key={m.id} message={m} conversation={detail.conversation} translation={detail.features.translation} />
      ))}
      <div ref={end} />
    </div>
  );
}

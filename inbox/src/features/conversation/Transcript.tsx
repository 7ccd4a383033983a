/** The full conversation: shopper, assistant and agent turns, private notes and the activity trail. */
import { useEffect, useRef } from 'preact/hooks';
import type { ConversationDetail } from '../../../../protocol/agent-events.js';
import { MessageView } from './MessageView.js';

export function Transcript(props: { detail: ConversationDetail }) {
  const detail = props.detail;
  const end = useRef<HTMLDivElement>(null);
  const count = detail.messages.length;
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

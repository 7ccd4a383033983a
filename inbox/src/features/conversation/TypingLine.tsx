/** "Ben is typing…" / "The shopper is typing…" for the open conversation. */
import { useStore } from '../../state/store.js';
import { useNow } from '../../lib/use-now.js';

export function TypingLine(props: { conversationId: string }) {
  const conversationId = props.conversationId;
  const now = useNow(1000);
  const myId = useStore((s) => s.me?.agent.id);
  const typing = useStore((s) => s.typing[conversationId]);
  const typers = typing?.agents ?? {};
  const agents = Object.keys(typers)
    .filter((id) => id !== myId && typers[id]!.until > now)
    .map((id) => typers[id]!.name);
  const shopper = (typing?.shopperUntil ?? 0) > now;
  if (!agents.length && !shopper) return <div class="typing-line" />;
  const who = [...(shopper ? ['The shopper'] : []), ...agents];
  return (
    <div class="typing-line" data-testid="typing-indicator">
      <span class="typing-dots" aria-hidden="true">
        <i />
        <i />
        <i />
      </span>
      {who.join(' and ')} {who.length > 1 ? 'are' : 'is'} typing…
    </div>
  );
}

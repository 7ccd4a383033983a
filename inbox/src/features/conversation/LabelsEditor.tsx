/** Labels as removable chips plus an input; Enter adds. */
import { useVar } from '../../lib/use-var.js';
import type { InboxItem } from '../../../../protocol/agent-events.js';
import { updateConversation } from '../../state/actions.js';

export function LabelsEditor(props: { item: InboxItem }) {
  const item = props.item;
  const text = useVar('');
  const save = (labels: string[]) => void updateConversation(item.storeId, item.id, { labels }).catch(() => undefined);
  return (
    <div class="labels">
      {item.labels.map((l) => (
        <span key={l} class="chip">
          {l}
          <button aria-label={`Remove label ${l}`} onClick={() => save(item.labels.filter((x) => x !== l))}>
            ×
          </button>
        </span>
      ))}
      <input
        class="label-input"
        placeholder="+ label"
        aria-label="Add label"
        value={text.value}
        onInput={(e) => text.set(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.value.trim()) {
            save([...item.labels, text.value.trim()]);
            text.set('');
          }
        }}
      />
    </div>
  );
}

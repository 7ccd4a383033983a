/** One row of the queue: who, what they said last, language, priority, SLA, assignee and who is looking. */
import type { InboxItem } from '../../../../protocol/agent-events.js';
import { useStore } from '../../state/store.js';
import { openConversation } from '../../state/actions.js';
import { ago, initials } from '../../lib/format.js';
import { useNow } from '../../lib/use-now.js';
import { SlaBadge } from './SlaBadge.js';
import { Icon } from '../../lib/icons.js';

export const displayName = (item: Pick<InboxItem, 'customerName' | 'contactEmail' | 'customerEmail'>): string =>
  item.customerName ?? item.contactEmail ?? item.customerEmail ?? 'Visitor';

export function QueueItem(props: { item: InboxItem; selected: boolean }) {
  const item = props.item;
  const selected = props.selected;
  useNow(30_000);
  const multiStore = useStore((s) => (s.me?.stores.length ?? 0) > 1);
  const viewers = useStore((s) => s.viewers[item.id] ?? []);
  const myId = useStore((s) => s.me?.agent.id);
  const shopperTyping = useStore((s) => (s.typing[item.id]?.shopperUntil ?? 0) > Date.now());
  const others = viewers.filter((v) => v.agentId !== myId);
  const waiting = item.awaitingReplySince && item.status === 'open';

  return (
    <li
      role="option"
      aria-selected={selected}
      class={`queue-item ${selected ? 'selected' : ''} ${waiting ? 'waiting' : ''}`}
      data-conversation-id={item.id}
      onClick={() => void openConversation(item.storeId, item.id)}
    >
      <div class="qi-avatar" aria-hidden="true">
        {initials(displayName(item))}
        {item.customerCountry && <span class="qi-country">{item.customerCountry}</span>}
      </div>
      <div class="qi-main">
        <div class="qi-top">
          <span class="qi-name">{displayName(item)}</span>
          <span class="qi-time">{ago(item.lastMessageAt)}</span>
        </div>
        <div class="qi-preview">{shopperTyping ? <em>typing…</em> : (item.lastMessagePreview ?? '—')}</div>
        <div class="qi-meta">
          {item.locale && <span class="pill pill-lang">{item.locale.toUpperCase()}</span>}
          {item.channel === 'email' && <span class="pill">e-mail</span>}
          {item.priority !== 'normal' && <span class={`pill pill-${item.priority}`}>{item.priority}</span>}
          {item.intent && <span class="pill pill-soft">{item.intent.replace('_', ' ')}</span>}
          {multiStore && <span class="pill pill-soft">{item.storeName}</span>}
          {item.status === 'snoozed' && item.snoozedUntil && <span class="pill pill-soft"><Icon name="moon" size={11} /> {new Date(item.snoozedUntil).toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' })}</span>}
          {item.sla && item.status === 'open' && <SlaBadge sla={item.sla} />}
          <span class="qi-spacer" />
          {others.length > 0 && (
            <span class="qi-viewers" title={`${others.map((v) => v.name).join(', ')} viewing`}>
              <Icon name="eye" size={12} /> {others.length}
            </span>
          )}
          {item.assigneeName ? (
            <span class="qi-assignee" title={`Assigned to ${item.assigneeName}`}>
              {initials(item.assigneeName)}
            </span>
          ) : (
            item.status === 'open' && <span class="pill pill-outline">unassigned</span>
          )}
        </div>
      </div>
    </li>
  );
}

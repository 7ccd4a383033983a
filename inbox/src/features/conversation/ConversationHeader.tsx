/**
 * Who the shopper is and what can be done: status (pending, snooze, resolve) on the first row;
 * assignee, priority, labels and merge on the second.
 */
import type { InboxItem, Priority } from '../../../../protocol/agent-events.js';
import { PRIORITIES } from '../../../../protocol/agent-events.js';
import { useStore } from '../../state/store.js';
import { assign, closeConversation, setStatus, updateConversation } from '../../state/actions.js';
import { initials, languageName } from '../../lib/format.js';
import { Icon } from '../../lib/icons.js';
import { useVar } from '../../lib/use-var.js';
import { displayName } from '../queue/QueueItem.js';
import { SnoozeMenu } from './SnoozeMenu.js';
import { LabelsEditor } from './LabelsEditor.js';
import { MergeDialog } from './MergeDialog.js';

export function ConversationHeader(props: { item: InboxItem }) {
  const item = props.item;
  const me = useStore((s) => s.me)!;
  const members = useStore((s) => s.members[item.storeId] ?? []);
  const online = useStore((s) => s.online[item.storeId] ?? []);
  const viewers = useStore((s) => s.viewers[item.id] ?? []);
  const merging = useVar(false);
  const others = viewers.filter((v) => v.agentId !== me.agent.id);
  const run = (p: Promise<unknown>) => void p.catch(() => undefined);

  return (
    <header class="conv-header">
      <div class="conv-row">
        <button class="icon-btn back" aria-label="Close conversation" onClick={closeConversation}>
          <Icon name="back" />
        </button>
        <div class="conv-title">
          <h2>{displayName(item)}</h2>
          <div class="conv-sub">
            <span class={`status status-${item.status}`}>{item.status === 'bot' ? 'with assistant' : item.status}</span>
            {item.locale && <span>{languageName(item.locale)}</span>}
            <span>{item.channel === 'widget' ? 'Chat' : item.channel}</span>
            {me.stores.length > 1 && <span>{item.storeName}</span>}
            {item.mergedIntoId && <span class="pill pill-soft">merged</span>}
          </div>
        </div>
        {others.length > 0 && (
          <div class="viewers" data-testid="viewers">
            {others.map((v) => (
              <span key={v.agentId} class="avatar avatar-small avatar-viewer" title={`${v.name} is viewing`}>
                {initials(v.name)}
              </span>
            ))}
            <span class="viewers-text" title={`${others.map((v) => v.name).join(', ')} viewing`}>
              <Icon name="eye" size={12} /> <span class="viewers-label">{others.map((v) => v.name).join(', ')}</span>
              <span class="sr-only">{others.map((v) => v.name).join(', ')} viewing</span>
            </span>
          </div>
        )}
        <div class="btn-group">
          {item.status !== 'pending' && item.status !== 'resolved' && (
            <button class="btn" onClick={() => run(setStatus(item.storeId, item.id, 'pending'))} title="Waiting on the shopper (p)">
              Pending
            </button>
          )}
          <SnoozeMenu item={item} />
          {item.status === 'resolved' ? (
            <button class="btn" onClick={() => run(setStatus(item.storeId, item.id, 'open'))}>
              Reopen
            </button>
          ) : (
            <button class="btn btn-success" data-testid="resolve" onClick={() => run(setStatus(item.storeId, item.id, 'resolved'))} title="Resolve (e)">
              <Icon name="check" /> Resolve
            </button>
          )}
        </div>
      </div>
      <div class="conv-row conv-row-tools">
        <select aria-label="Assignee" data-testid="assignee" class="assignee-select" value={item.assigneeId ?? ''} onChange={(e) => run(assign(item.storeId, item.id, e.currentTarget.value || null))}>
          <option value="">Unassigned</option>
          {members.map((m) => (
            <option key={m.agentId} value={m.agentId}>
              {m.agentId === me.agent.id ? `${m.name} (me)` : m.name}
              {online.includes(m.agentId) ? ' · online' : ''}
            </option>
          ))}
        </select>
        {item.assigneeId !== me.agent.id && (
          <button class="btn btn-small" data-testid="assign-me" onClick={() => run(assign(item.storeId, item.id, me.agent.id))} title="Assign to me (a)">
            Assign to me
          </button>
        )}
        <select aria-label="Priority" class={`priority-select prio-${item.priority}`} value={item.priority} onChange={(e) => run(updateConversation(item.storeId, item.id, { priority: e.currentTarget.value as Priority }))}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {p} priority
            </option>
          ))}
        </select>
        <LabelsEditor item={item} />
        <button class="icon-btn" title="Merge with another conversation of this shopper" aria-label="Merge" onClick={() => merging.set(true)}>
          <Icon name="merge" />
        </button>
      </div>
      {merging.value && <MergeDialog item={item} onClose={() => merging.set(false)} />}
    </header>
  );
}

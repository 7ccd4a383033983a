/** Merge another conversation of the same shopper into this one (listed from the customer's history). */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import type { CustomerContext, InboxItem } from '../../../../protocol/agent-events.js';
import { api } from '../../lib/api.js';
import { merge } from '../../state/actions.js';
import { ago } from '../../lib/format.js';

export function MergeDialog(props: { item: InboxItem; onClose: () => void }) {
  const item = props.item;
  const onClose = props.onClose;
  const candidates = useVar<CustomerContext['previousConversations'] | null>(null);
  useEffect(() => {
    api.get<CustomerContext>(`/api/stores/${item.storeId}/conversations/${item.id}/context`).then(
      (c) => candidates.set(c.previousConversations),
      () => candidates.set([]),
    );
  }, [item.id]);
  return (
    <div class="dialog-backdrop" onClick={onClose}>
      <div class="dialog" role="dialog" aria-label="Merge conversations" onClick={(e) => e.stopPropagation()}>
        <h3>Merge into this conversation</h3>
        <p class="muted">The other conversation's messages are copied here as history and it is resolved.</p>
        {candidates.value === null && <p>Loading…</p>}
        {candidates.value?.length === 0 && <p>This shopper has no other conversation.</p>}
        <ul class="plain-list">
          {candidates.value?.map((c) => (
            <li key={c.id} class="merge-row">
              <div>
                <div>{c.preview ?? '—'}</div>
                <div class="muted small">
                  {c.status} · {ago(c.lastMessageAt)} ago
                </div>
              </div>
              <button class="btn btn-small" onClick={() => void merge(item.storeId, item.id, c.id).then(onClose, () => undefined)}>
                Merge
              </button>
            </li>
          ))}
        </ul>
        <div class="dialog-actions">
          <button class="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

import { setState, useStore } from '../../state/store.js';
import { openConversation } from '../../state/actions.js';

export function Toasts() {
  const toasts = useStore((s) => s.toasts);
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} class={`toast toast-${t.kind}`}>
          <span>{t.text}</span>
          {t.conversation && (
            <button class="btn btn-link" onClick={() => void openConversation(t.conversation!.storeId, t.conversation!.id)}>
              Open
            </button>
          )}
          <button class="toast-close" aria-label="Dismiss" onClick={() => setState((s) => ({ toasts: s.toasts.filter((x) => x.id !== t.id) }))}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** Keyboard shortcuts for a shift without the mouse (see ShortcutsDialog for the list). */
import { useEffect } from 'preact/hooks';
import { getState, setState } from '../../state/store.js';
import { assign, closeConversation, openConversation, setStatus, setView } from '../../state/actions.js';
import { VIEW_ORDER } from '../../lib/queue-rules.js';

export const SHORTCUTS: Array<[string, string]> = [
  ['1 – 7', 'Switch view (unassigned, mine, all open, pending, snoozed, resolved, assistant)'],
  ['j / k', 'Next / previous conversation'],
  ['r', 'Reply'],
  ['n', 'Private note'],
  ['a', 'Assign to me'],
  ['p', 'Mark pending (waiting on the shopper)'],
  ['s', 'Snooze…'],
  ['e', 'Resolve'],
  ['/', 'Search (in the reply box: canned responses)'],
  ['@', 'Mention a colleague (in a note)'],
  ['Ctrl / ⌘ + Enter', 'Send'],
  ['Esc', 'Leave the reply box / close'],
  ['?', 'This list'],
];

const typingTarget = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

function move(step: number): void {
  const items = getState().items;
  const selected = getState().selected;
  if (items.length === 0) return;
  const index = selected ? items.findIndex((i) => i.id === selected.id) : -1;
  const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
  if (next) void openConversation(next.storeId, next.id);
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = getState();
      if (!s.me || s.page !== 'inbox' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        if (s.showShortcuts || s.showProfile) setState({ showShortcuts: false, showProfile: false });
        else if (!typingTarget(e.target) && s.selected) closeConversation();
        return;
      }
      if (typingTarget(e.target)) return;
      const sel = s.selected;
      const view = /^[1-7]$/.test(e.key) ? VIEW_ORDER[Number(e.key) - 1] : undefined;
      if (view) return setView(view);
      const run = (p: Promise<unknown>) => void p.catch(() => undefined);
      switch (e.key) {
        case 'j':
          return move(1);
        case 'k':
          return move(-1);
        case '?':
          return setState({ showShortcuts: !s.showShortcuts });
        case '/':
          e.preventDefault();
          document.getElementById('queue-search')?.focus();
          return;
      }
      if (!sel) return;
      switch (e.key) {
        case 'r':
        case 'n':
          e.preventDefault();
          window.dispatchEvent(new CustomEvent('parley:compose', { detail: e.key === 'r' ? 'reply' : 'note' }));
          return;
        case 'a':
          return run(assign(sel.storeId, sel.id, s.me.agent.id));
        case 'e':
          return run(setStatus(sel.storeId, sel.id, 'resolved'));
        case 'p':
          return run(setStatus(sel.storeId, sel.id, 'pending'));
        case 's':
          document.querySelector<HTMLButtonElement>('[data-testid="snooze"]')?.click();
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

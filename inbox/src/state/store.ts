/** One small observable store for the whole inbox, read with useStore(selector). */
import { useEffect, useRef } from 'preact/hooks';
import { useVar } from '../lib/use-var.js';
import type {
  AgentRef,
  ConversationDetail,
  InboxFilters,
  InboxItem,
  InboxView,
  MentionNotice,
  StoreMember,
  ViewCounts,
} from '../../../protocol/agent-events.js';
import type { InsightsPage } from '../features/reports/insights-pages.js';

export interface Me {
  agent: { id: string; name: string; email: string; languages: string[]; timezone: string; availability: 'online' | 'away' };
  stores: Array<{ storeId: string; storeName: string; role: 'agent' | 'admin' }>;
}

export type Sort = 'recent' | 'oldest' | 'priority';
export type Page = 'inbox' | 'admin' | 'invite' | 'login' | InsightsPage;

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error' | 'mention';
  conversation?: { storeId: string; id: string };
}

export interface TypingState {
  agents: Record<string, { name: string; until: number }>;
  shopperUntil: number;
}

export interface State {
  booting: boolean;
  me: Me | null;
  page: Page;
  view: InboxView;
  filters: InboxFilters;
  sort: Sort;
  items: InboxItem[];
  listLoading: boolean;
  /** The server may hold more rows than the page loaded so far. */
  hasMore: boolean;
  counts: ViewCounts | null;
  selected: { storeId: string; id: string } | null;
  detail: ConversationDetail | null;
  detailError: string | null;
  members: Record<string, StoreMember[]>;
  online: Record<string, string[]>;
  viewers: Record<string, AgentRef[]>;
  typing: Record<string, TypingState>;
  mentions: MentionNotice[];
  toasts: Toast[];
  connected: boolean;
  showShortcuts: boolean;
  showProfile: boolean;
  /** Text another panel wants in the reply box (copilot "Insert"); the nonce makes repeats count. */
  composerInsert: { text: string; nonce: number } | null;
}

const initial: State = {
  booting: true,
  me: null,
  page: 'inbox',
  view: 'unassigned',
  filters: {},
  sort: 'recent',
  items: [],
  listLoading: false,
  hasMore: false,
  counts: null,
  selected: null,
  detail: null,
  detailError: null,
  members: {},
  online: {},
  viewers: {},
  typing: {},
  mentions: [],
  toasts: [],
  connected: false,
  showShortcuts: false,
  showProfile: false,
  composerInsert: null,
};

let state = initial;
const listeners = new Set<() => void>();

export const getState = (): State => state;

export function setState(patch: Partial<State> | ((s: State) => Partial<State>)): void {
  const next = typeof patch === 'function' ? patch(state) : patch;
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function useStore<T>(selector: (s: State) => T): T {
  const value = useVar(() => selector(state));
  const latest = useRef(selector);
  latest.current = selector;
  useEffect(() => {
    const check = () => value.set(() => latest.current(state));
    listeners.add(check);
    check();
    return () => {
      listeners.delete(check);
    };
  }, []);
  return value.value;
}

let toastId = 0;
export function toast(text: string, kind: Toast['kind'] = 'info', conversation?: Toast['conversation']): void {
  const id = ++toastId;
  setState((s) => ({ toasts: [...s.toasts, { id, text, kind, ...(conversation ? { conversation } : {}) }].slice(-4) }));
  setTimeout(() => setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), kind === 'error' ? 8000 : 5000);
}

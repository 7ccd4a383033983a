/** The queue's membership and order rules on the client, so pushed rows land in (or leave) the open view. */
import type { InboxFilters, InboxItem, InboxView } from '../../../protocol/agent-events.js';
import type { Sort } from '../state/store.js';

export function matchesView(item: InboxItem, view: InboxView, agentId: string): boolean {
  switch (view) {
    case 'unassigned':
      return item.status === 'open' && !item.assigneeId;
    case 'mine':
      return (item.status === 'open' || item.status === 'pending') && item.assigneeId === agentId;
    case 'all':
      return true;
    default:
      return item.status === view;
  }
}

const base = (tag: string | null | undefined) => (tag ?? '').toLowerCase().split('-')[0];

/** Filters the client can check itself; a text search (q) needs the server. */
export function matchesFilters(item: InboxItem, filters: InboxFilters): boolean {
  if (filters.storeId && item.storeId !== filters.storeId) return false;
  if (filters.language && base(item.locale) !== base(filters.language)) return false;
  if (filters.channel && item.channel !== filters.channel) return false;
  if (filters.intent && item.intent !== filters.intent) return false;
  if (filters.priority && item.priority !== filters.priority) return false;
  if (filters.label && !item.labels.includes(filters.label)) return false;
  return true;
}

const PRIORITY_RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

export function sortItems(items: InboxItem[], sort: Sort): InboxItem[] {
  const time = (i: InboxItem) => new Date(i.lastMessageAt).getTime();
  return [...items].sort((a, b) => {
    if (sort === 'priority') return (PRIORITY_RANK[a.priority] ?? 2) - (PRIORITY_RANK[b.priority] ?? 2) || time(a) - time(b);
    return sort === 'oldest' ? time(a) - time(b) : time(b) - time(a);
  });
}

export const VIEW_LABELS: Record<InboxView, string> = {
  unassigned: 'Unassigned',
  mine: 'Mine',
  open: 'All open',
  pending: 'Pending',
  snoozed: 'Snoozed',
  resolved: 'Resolved',
  bot: 'With assistant',
  all: 'All',
};

export const VIEW_ORDER: InboxView[] = ['unassigned', 'mine', 'open', 'pending', 'snoozed', 'resolved', 'bot'];

/** The conversation list of the current view, with search, filters and sort. Rows update live. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import { PRIORITIES, type Priority } from '../../../../protocol/agent-events.js';
import { setState, useStore, type Sort } from '../../state/store.js';
import { loadMore, refreshQueue, setFilters } from '../../state/actions.js';
import { VIEW_LABELS } from '../../lib/queue-rules.js';
import { languageName } from '../../lib/format.js';
import { QueueItem } from './QueueItem.js';

const LANGUAGES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl', 'ja', 'zh-CN', 'ko', 'ar'];
const INTENTS = ['tracking', 'shipping', 'returns', 'order_change', 'payment', 'size', 'presale', 'complaint', 'privacy', 'human', 'other'];

export function QueuePane() {
  const view = useStore((s) => s.view);
  const items = useStore((s) => s.items);
  const loading = useStore((s) => s.listLoading);
  const filters = useStore((s) => s.filters);
  const sort = useStore((s) => s.sort);
  const selectedId = useStore((s) => s.selected?.id);
  const hasMore = useStore((s) => s.hasMore);
  const search = useVar(filters.q ?? '');

  // Search as the agent types, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filters.q ?? '') !== search.value) setFilters({ q: search.value || undefined });
    }, 300);
    return () => clearTimeout(timer);
  }, [search.value]);

  const select = (key: 'language' | 'channel' | 'intent' | 'priority', value: string) => setFilters({ [key]: value || undefined });

  return (
    <section class="queue" aria-label="Conversations">
      <header class="queue-header">
        <h2>{VIEW_LABELS[view]}</h2>
        <select
          class="select-small"
          aria-label="Sort"
          value={sort}
          onChange={(e) => {
            setState({ sort: e.currentTarget.value as Sort });
            void refreshQueue();
          }}
        >
          <option value="recent">Newest</option>
          <option value="oldest">Waiting longest</option>
          <option value="priority">Priority</option>
        </select>
      </header>
      <div class="queue-search">
        <input
          id="queue-search"
          type="search"
          placeholder="Search messages, names, e-mails…  ( / )"
          value={search.value}
          onInput={(e) => search.set(e.currentTarget.value)}
          aria-label="Search conversations"
        />
      </div>
      <div class="queue-filters">
        <select aria-label="Language" value={filters.language ?? ''} onChange={(e) => select('language', e.currentTarget.value)}>
          <option value="">Any language</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
        <select aria-label="Channel" value={filters.channel ?? ''} onChange={(e) => select('channel', e.currentTarget.value)}>
          <option value="">Any channel</option>
          <option value="widget">Chat</option>
          <option value="email">E-mail</option>
        </select>
        <select aria-label="Intent" value={filters.intent ?? ''} onChange={(e) => select('intent', e.currentTarget.value)}>
          <option value="">Any topic</option>
          {INTENTS.map((i) => (
            <option key={i} value={i}>
              {i.replace('_', ' ')}
            </option>
          ))}
        </select>
        <select aria-label="Priority" value={filters.priority ?? ''} onChange={(e) => select('priority', e.currentTarget.value as Priority)}>
          <option value="">Any priority</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <ul class="queue-list" role="listbox" aria-label="Conversation list">
        {items.map((item) => (
          <QueueItem key={item.id} item={item} selected={item.id === selectedId} />
        ))}
        {!loading && items.length === 0 && <li class="queue-empty">Nothing here. Nice work.</li>}
        {hasMore && (
          <li class="queue-more">
            <button class="btn btn-small" onClick={() => void loadMore()}>
              Load more
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}

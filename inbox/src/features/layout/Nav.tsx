/** Left rail: views with live counts, store filter, mentions, admin, availability and the agent. */
import { useEffect } from 'preact/hooks';
import { INBOX_VIEWS } from '../../../../protocol/agent-events.js';
import { setState, useStore } from '../../state/store.js';
import { logout, setFilters, setView, updateProfile, reportError } from '../../state/actions.js';
import { navigate } from '../../state/router.js';
import { VIEW_LABELS, VIEW_ORDER } from '../../lib/queue-rules.js';
import { initials } from '../../lib/format.js';
import { InsightsNav } from '../reports/insights-pages.js';

export function Nav() {
  const me = useStore((s) => s.me)!;
  const view = useStore((s) => s.view);
  const counts = useStore((s) => s.counts);
  const page = useStore((s) => s.page);
  const storeFilter = useStore((s) => s.filters.storeId);
  const mentions = useStore((s) => s.mentions);
  const connected = useStore((s) => s.connected);
  const isAdmin = me.stores.some((s) => s.role === 'admin');
  const away = me.agent.availability === 'away';
  // The tab title shows what waits, so a background tab still tells the agent.
  const waiting = counts ? counts.unassigned + counts.mine : 0;
  useEffect(() => {
    document.title = waiting > 0 ? `(${waiting}) Parley inbox` : 'Parley inbox';
  }, [waiting]);

  return (
    <nav class="nav" aria-label="Inbox views">
      <div class="brand">
        <span class="brand-mark">P</span> Parley
        <span class={`conn ${connected ? 'conn-on' : 'conn-off'}`} title={connected ? 'Live' : 'Reconnecting…'} />
      </div>
      <ul class="nav-views">
        {VIEW_ORDER.filter((v) => INBOX_VIEWS.includes(v)).map((v, i) => (
          <li key={v}>
            <button
              class={`nav-item ${page === 'inbox' && view === v ? 'active' : ''}`}
              data-view={v}
              onClick={() => {
                if (page !== 'inbox') navigate('/inbox');
                setView(v);
              }}
            >
              <span>{VIEW_LABELS[v]}</span>
              <span class="nav-count" data-count={v}>
                {counts ? counts[v] : ''}
              </span>
              <kbd class="nav-key">{i + 1}</kbd>
            </button>
          </li>
        ))}
      </ul>
      {me.stores.length > 1 && (
        <div class="nav-section">
          <div class="nav-heading">Stores</div>
          <button class={`nav-item ${!storeFilter ? 'active-soft' : ''}`} onClick={() => setFilters({ storeId: undefined })}>
            All stores
          </button>
          {me.stores.map((s) => (
            <button key={s.storeId} class={`nav-item ${storeFilter === s.storeId ? 'active-soft' : ''}`} onClick={() => setFilters({ storeId: s.storeId })}>
              {s.storeName}
            </button>
          ))}
        </div>
      )}
      {mentions.length > 0 && (
        <div class="nav-section">
          <div class="nav-heading">Mentions</div>
          {mentions.slice(0, 5).map((m) => (
            <button key={m.id} class="nav-item nav-mention" onClick={() => navigate(`/inbox/c/${m.storeId}/${m.conversationId}`)}>
              <strong>@{m.byName}</strong> {m.excerpt}
            </button>
          ))}
        </div>
      )}
      <div class="nav-bottom">
        <InsightsNav />
        {isAdmin && (
          <button class={`nav-item ${page === 'admin' ? 'active' : ''}`} onClick={() => navigate('/inbox/admin')}>
            Settings & team
          </button>
        )}
        <button class="nav-item" onClick={() => setState({ showShortcuts: true })}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
        <button
          class={`availability ${away ? 'away' : 'online'}`}
          onClick={() => updateProfile({ availability: away ? 'online' : 'away' }).catch(reportError)}
          title="Online agents receive conversations automatically"
        >
          <span class="dot" /> {away ? 'Away' : 'Online'}
        </button>
        <div class="me">
          <button class="avatar" onClick={() => setState({ showProfile: true })} title="Profile">
            {initials(me.agent.name)}
          </button>
          <div class="me-text">
            <div class="me-name">{me.agent.name}</div>
            <button class="btn-link small" onClick={() => void logout()}>
              Sign out
            </button>
          </div>
        </div>
      </div>
    </nav>
  );
}

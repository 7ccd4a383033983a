/** The signed-in layout: navigation, queue, conversation and context panes — or the admin page. */
import { useStore } from '../../state/store.js';
import { Nav } from './Nav.js';
import { QueuePane } from '../queue/QueuePane.js';
import { ConversationPane } from '../conversation/ConversationPane.js';
import { ContextPane } from '../sidebar/ContextPane.js';
import { AdminPage } from '../admin/AdminPage.js';
import { ShortcutsDialog } from './ShortcutsDialog.js';
import { ProfileDialog } from '../settings/ProfileDialog.js';
import { InsightsView, isInsightsPage } from '../reports/insights-pages.js';
import { Icon } from '../../lib/icons.js';

export function Shell() {
  const page = useStore((s) => s.page);
  const hasConversation = useStore((s) => s.selected !== null);
  const showShortcuts = useStore((s) => s.showShortcuts);
  const showProfile = useStore((s) => s.showProfile);
  return (
    <div class="app">
      <Nav />
      {page === 'admin' ? (
        <AdminPage />
      ) : isInsightsPage(page) ? (
        <InsightsView page={page} />
      ) : (
        <>
          <QueuePane />
          {hasConversation ? (
            <>
              <ConversationPane />
              <ContextPane />
            </>
          ) : (
            <div class="empty-state">
              <div class="empty-illustration" aria-hidden="true"><Icon name="mail" size={48} /></div>
              <h2>Pick a conversation</h2>
              <p class="muted">
                Use <kbd>j</kbd> / <kbd>k</kbd> to move through the queue and <kbd>Enter</kbd> to open. Press <kbd>?</kbd> for all shortcuts.
              </p>
            </div>
          )}
        </>
      )}
      {showShortcuts && <ShortcutsDialog />}
      {showProfile && <ProfileDialog />}
    </div>
  );
}

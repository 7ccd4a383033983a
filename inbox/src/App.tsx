/** Top level: sign-in, invitation, the three-pane inbox, or the admin page. */
import { useEffect } from 'preact/hooks';
import { useStore } from './state/store.js';
import { boot, clearSelection, openConversation } from './state/actions.js';
import { conversationInPath, startRouter } from './state/router.js';
import { LoginPage } from './features/login/LoginPage.js';
import { InvitePage } from './features/login/InvitePage.js';
import { Shell } from './features/layout/Shell.js';
import { Toasts } from './features/layout/Toasts.js';
import { useShortcuts } from './features/layout/shortcuts.js';

export function App() {
  const booting = useStore((s) => s.booting);
  const page = useStore((s) => s.page);
  const signedIn = useStore((s) => s.me !== null);

  useEffect(() => {
    void boot().then(() =>
      startRouter((path) => {
        const target = conversationInPath(path);
        if (target) void openConversation(target.storeId, target.id, false);
        else if (path === '/inbox') clearSelection();
      }),
    );
  }, []);
  useShortcuts();

  if (booting) return <div class="splash">Loading…</div>;
  return (
    <>
      {page === 'invite' ? <InvitePage /> : !signedIn ? <LoginPage /> : <Shell />}
      <Toasts />
    </>
  );
}

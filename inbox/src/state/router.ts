/** Paths of the inbox: /inbox, /inbox/c/<store>/<conversation>, /inbox/admin, /inbox/invite#token=… */
import { getState, setState } from './store.js';
import { insightsPageFor } from '../features/reports/insights-pages.js';

type Listener = (path: string) => void;
let onRoute: Listener = () => undefined;

export function navigate(path: string): void {
  if (location.pathname !== path) history.pushState(null, '', path);
  route();
}

export function startRouter(listener: Listener): void {
  onRoute = listener;
  window.addEventListener('popstate', () => route());
  route();
}

function route(): void {
  const path = location.pathname;
  if (path.startsWith('/inbox/invite')) setState({ page: 'invite' });
  else if (path.startsWith('/inbox/admin')) setState({ page: getState().me ? 'admin' : 'login' });
  else if (insightsPageFor(path)) setState({ page: getState().me ? insightsPageFor(path)! : 'login' });
  else setState({ page: getState().me ? 'inbox' : 'login' });
  onRoute(path);
}

/** The conversation named in the path, if any. */
export function conversationInPath(path = location.pathname): { storeId: string; id: string } | undefined {
  const match = /^\/inbox\/c\/([a-z0-9-]+)\/([0-9a-f-]{36})$/.exec(path);
  return match ? { storeId: match[1]!, id: match[2]! } : undefined;
}

/**
 * The insights pages of the inbox and the hook the shell uses: paths, navigation entries and the view.
 * Reports and knowledge gaps are for admins; order problems for every agent.
 */
import { useStore } from '../../state/store.js';
import { navigate } from '../../state/router.js';
import { ReportsPage } from './ReportsPage.js';
import { OrderProblemsPage } from './OrderProblemsPage.js';
import { GapsPage } from '../gaps/GapsPage.js';
import './insights.css';

export type InsightsPage = 'reports' | 'gaps' | 'problems';

const PAGES: Array<{ page: InsightsPage; path: string; label: string; adminOnly: boolean }> = [
  { page: 'reports', path: '/inbox/reports', label: 'Reports', adminOnly: true },
  { page: 'gaps', path: '/inbox/gaps', label: 'Knowledge gaps', adminOnly: true },
  { page: 'problems', path: '/inbox/order-problems', label: 'Order problems', adminOnly: false },
];

/** The insights page a path shows, if any. */
export function insightsPageFor(path: string): InsightsPage | undefined {
  return PAGES.find((p) => path === p.path || path.startsWith(`${p.path}/`))?.page;
}

export function isInsightsPage(page: string): page is InsightsPage {
  return PAGES.some((p) => p.page === page);
}

export function InsightsView(props: { page: InsightsPage }) {
  if (props.page === 'reports') return <ReportsPage />;
  if (props.page === 'gaps') return <GapsPage />;
  return <OrderProblemsPage />;
}

/** Navigation entries, for the left rail. */
export function InsightsNav() {
  const page = useStore((s) => s.page);
  const isAdmin = useStore((s) => (s.me?.stores ?? []).some((x) => x.role === 'admin'));
  return (
    <>
      {PAGES.filter((p) => isAdmin || !p.adminOnly).map((p) => (
        <button key={p.page} class={`nav-item ${page === p.page ? 'active' : ''}`} data-nav={p.page} onClick={() => navigate(p.path)}>
          {p.label}
        </button>
      ))}
    </>
  );
}

/** Store settings for admins: team and invitations, business hours and holidays, rules, canned responses. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import { useStore } from '../../state/store.js';
import { api } from '../../lib/api.js';
import { reportError } from '../../state/actions.js';
import type { StoreSettings } from './settings-types.js';
import { TeamTab } from './TeamTab.js';
import { HoursTab } from './HoursTab.js';
import { RulesTab } from './RulesTab.js';
import { CannedTab } from './CannedTab.js';

type Tab = 'team' | 'hours' | 'rules' | 'canned';
const TABS: Array<[Tab, string]> = [
  ['team', 'Team'],
  ['hours', 'Business hours'],
  ['rules', 'Hand-off rules'],
  ['canned', 'Canned responses'],
];

export function AdminPage() {
  const stores = useStore((s) => s.me?.stores.filter((x) => x.role === 'admin') ?? []);
  const storeId = useVar(stores[0]?.storeId ?? '');
  const tab = useVar<Tab>('team');
  const settings = useVar<StoreSettings | null>(null);

  useEffect(() => {
    if (!storeId.value) return;
    settings.set(null);
    api.get<StoreSettings>(`/api/stores/${storeId.value}/admin/settings`).then(settings.set, reportError);
  }, [storeId.value]);

  const save = async (patch: Partial<Pick<StoreSettings, 'inbox' | 'handoff' | 'supportHours' | 'holidays'>>) => {
    const next = await api.put<StoreSettings>(`/api/stores/${storeId.value}/admin/settings`, patch);
    settings.set(next);
  };

  if (!storeId.value) return <main class="admin"><p class="pane-message">You are not an admin of any store.</p></main>;
  return (
    <main class="admin" aria-label="Settings">
      <header class="admin-header">
        <h2>Settings</h2>
        {stores.length > 1 && (
          <select aria-label="Store" value={storeId.value} onChange={(e) => storeId.set(e.currentTarget.value)}>
            {stores.map((s) => (
              <option key={s.storeId} value={s.storeId}>
                {s.storeName}
              </option>
            ))}
          </select>
        )}
        {stores.length === 1 && <span class="muted">{stores[0]!.storeName}</span>}
      </header>
      <div class="tabs tabs-wide" role="tablist">
        {TABS.map((entry) => (
          <button key={entry[0]} role="tab" aria-selected={tab.value === entry[0]} class={tab.value === entry[0] ? 'active' : ''} onClick={() => tab.set(entry[0])}>
            {entry[1]}
          </button>
        ))}
      </div>
      <div class="admin-body">
        {!settings.value ? (
          <p class="muted">Loading…</p>
        ) : tab.value === 'team' ? (
          <TeamTab storeId={storeId.value} teams={settings.value.supportHours.teams} />
        ) : tab.value === 'hours' ? (
          <HoursTab settings={settings.value} save={save} />
        ) : tab.value === 'rules' ? (
          <RulesTab settings={settings.value} save={save} />
        ) : (
          <CannedTab storeId={storeId.value} locales={settings.value.locales} intents={settings.value.intents} />
        )}
      </div>
    </main>
  );
}

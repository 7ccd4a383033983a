/**
 * What the assistant knows about the store for one turn: its profile as imported (support hours,
 * holidays, policies) and its settings (hand-off rules, tone), parsed once per store and cached until
 * the store row changes.
 */
import type { Queryable } from '../db/types.js';
import { getStore, type StoreRow } from '../repositories/stores.js';
import { parseHolidays, parseSupportHours, type Holiday, type SupportTeam } from '../support-hours/index.js';
import { handoffRules, type HandoffRules } from './handoff/handoff-rules.js';

export interface StoreContext {
  id: string;
  name: string;
  defaultLocale: string;
  locales: string[];
  timeZone: string;
  teams: SupportTeam[];
  holidays: Holiday[];
  humanOnlyTopics: string[];
  policies: Record<string, unknown>;
  supportEmail: string | undefined;
  handoff: HandoffRules;
  row: StoreRow;
}

const cache = new Map<string, { updatedAt: number; checkedAt: number; context: StoreContext }>();
/** A store's settings change rarely: re-check its updated_at at most this often, not on every message. */
const RECHECK_MS = 5_000;

export async function loadStoreContext(q: Queryable, storeId: string): Promise<StoreContext | undefined> {
  const fresh = cache.get(storeId);
  if (fresh && Date.now() - fresh.checkedAt < RECHECK_MS) return fresh.context;
  const stamp = await q.query<{ updated_at: Date }>('SELECT updated_at FROM stores WHERE id = $1', [storeId]);
  const updatedAt = stamp.rows[0] ? new Date(stamp.rows[0].updated_at).getTime() : undefined;
  if (updatedAt === undefined) return undefined;
  const cached = cache.get(storeId);
  if (cached && cached.updatedAt === updatedAt) {
    cached.checkedAt = Date.now();
    return cached.context;
  }
  const row = await getStore(q, storeId);
  if (!row) return undefined;
  const context = buildStoreContext(row);
  cache.set(storeId, { updatedAt, checkedAt: Date.now(), context });
  return context;
}

export function buildStoreContext(row: StoreRow): StoreContext {
  const profile = row.profile as Record<string, unknown>;
  const hours = parseSupportHours(profile.support_hours ?? { teams: [] });
  const holidays = parseHolidays(profile.holidays ?? []);
  return {
    id: row.id,
    name: row.name,
    defaultLocale: row.default_locale,
    locales: row.locales,
    timeZone: row.timezone,
    teams: hours.ok ? hours.value.teams : [],
    holidays: holidays.ok ? holidays.value : [],
    humanOnlyTopics: hours.ok ? hours.value.human_only_topics : [],
    policies: (profile.policies ?? {}) as Record<string, unknown>,
    supportEmail: typeof profile.support_email === 'string' ? profile.support_email : undefined,
    handoff: handoffRules(row.settings.handoff),
    row,
  };
}

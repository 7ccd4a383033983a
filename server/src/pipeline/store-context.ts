/**
 * What the assistant knows about the store for one turn: its profile as imported (support hours,
 * holidays, policies) and its settings (hand-off rules, tone), parsed once per store and cached until
 * the store row changes.
 */
import type { Queryable } from '../db/types.js';
import type { StoreRow } from '../repositories/stores.js';
import { cachedStoreRow } from '../repositories/store-row-cache.js';
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

// Parsed once per cached row: a changed store is a new row object.
const contexts = new WeakMap<StoreRow, StoreContext>();

export async function loadStoreContext(q: Queryable, storeId: string): Promise<StoreContext | undefined> {
  const row = await cachedStoreRow(q, storeId);
  if (!row) return undefined;
  let context = contexts.get(row);
  if (!context) contexts.set(row, (context = buildStoreContext(row)));
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

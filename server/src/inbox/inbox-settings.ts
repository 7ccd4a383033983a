/**
 * What happens after a hand-off, per store (stores.settings.inbox): automatic assignment, language
 * routing, the first-reply SLA target, priorities by intent, e-mail follow-up and the brand glossary.
 * Business hours and holidays stay in the store profile, where the assistant reads them too.
 */
import type { Queryable } from '../db/types.js';
import { ParleyError } from '../errors.js';
import { getStore, type StoreRow } from '../repositories/stores.js';
import { parseHolidays, parseSupportHours, type Holiday, type SupportHours } from '../support-hours/index.js';
import { PRIORITIES, type Priority } from '../../../protocol/agent-events.js';
import { forgetStoreRow } from '../repositories/store-row-cache.js';

export interface InboxRules {
  /** Give new hand-offs to online agents in turn, within their capacity. */
  autoAssign: boolean;
  /** Prefer agents who speak the shopper's language. */
  routeByLanguage: boolean;
  /** Target for the first human reply, in business minutes. */
  slaFirstReplyMinutes: number;
  /** Priority a hand-off gets from its intent, e.g. {complaint: 'high'}. */
  priorityByIntent: Record<string, Priority>;
  /** Send agent replies by e-mail when the shopper left an address and is not online. */
  emailFollowUp: boolean;
  /** Brand and product names machine translation must leave alone. */
  glossary: string[];
}

export const DEFAULT_INBOX_RULES: InboxRules = {
  autoAssign: false,
  routeByLanguage: true,
  slaFirstReplyMinutes: 60,
  priorityByIntent: { complaint: 'high', privacy: 'high' },
  emailFollowUp: true,
  glossary: [],
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads stored rules; anything missing or malformed falls back to the default. */
export function inboxRules(raw: unknown): InboxRules {
  const r = isRecord(raw) ? raw : {};
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const priorities: Record<string, Priority> = {};
  if (isRecord(r.priorityByIntent)) {
    for (const [intent, p] of Object.entries(r.priorityByIntent)) if (PRIORITIES.includes(p as Priority)) priorities[intent] = p as Priority;
  }
  const minutes = r.slaFirstReplyMinutes;
  return {
    autoAssign: bool(r.autoAssign, DEFAULT_INBOX_RULES.autoAssign),
    routeByLanguage: bool(r.routeByLanguage, DEFAULT_INBOX_RULES.routeByLanguage),
    slaFirstReplyMinutes: typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 10_080 ? minutes : DEFAULT_INBOX_RULES.slaFirstReplyMinutes,
    priorityByIntent: isRecord(r.priorityByIntent) ? priorities : { ...DEFAULT_INBOX_RULES.priorityByIntent },
    emailFollowUp: bool(r.emailFollowUp, DEFAULT_INBOX_RULES.emailFollowUp),
    glossary: Array.isArray(r.glossary) ? r.glossary.filter((g): g is string => typeof g === 'string' && g.trim().length > 0).map((g) => g.trim()) : [],
  };
}

/** Validates an admin's edit strictly (unlike inboxRules, which is lenient on read). */
export function validateInboxRules(input: unknown): InboxRules {
  if (!isRecord(input)) throw new ParleyError('VALIDATION', 'inbox rules must be an object');
  const rules = inboxRules(input);
  if (input.slaFirstReplyMinutes !== undefined && rules.slaFirstReplyMinutes !== input.slaFirstReplyMinutes) {
    throw new ParleyError('VALIDATION', 'slaFirstReplyMinutes must be a whole number of minutes between 1 and 10080');
  }
  if (isRecord(input.priorityByIntent) && Object.keys(rules.priorityByIntent).length !== Object.keys(input.priorityByIntent).length) {
    throw new ParleyError('VALIDATION', `priorityByIntent values must be one of ${PRIORITIES.join(', ')}`);
  }
  if (rules.glossary.length > 500) throw new ParleyError('VALIDATION', 'the glossary is limited to 500 terms');
  return rules;
}

export interface StoreHours {
  hours: SupportHours;
  holidays: Holiday[];
}

/** The store's business hours as imported or last edited by an admin; none configured = always open. */
export function storeHours(store: Pick<StoreRow, 'profile'>): StoreHours {
  const profile = store.profile ?? {};
  const hours = parseSupportHours(profile.support_hours ?? { teams: [] });
  const holidays = parseHolidays(profile.holidays ?? []);
  return {
    hours: hours.ok ? hours.value : { assistant: { description: '', always_on: true }, teams: [], human_only_topics: [] },
    holidays: holidays.ok ? holidays.value : [],
  };
}

export async function loadInboxRules(q: Queryable, storeId: string): Promise<InboxRules> {
  const { rows } = await q.query<{ inbox: unknown }>(`SELECT settings->'inbox' AS inbox FROM stores WHERE id = $1`, [storeId]);
  return inboxRules(rows[0]?.inbox);
}

export async function requireStore(q: Queryable, storeId: string): Promise<StoreRow> {
  const store = await getStore(q, storeId);
  if (!store) throw new ParleyError('STORE_NOT_FOUND');
  return store;
}

/** Replaces one key of stores.settings, leaving the others (widget look, hand-off rules…) untouched. */
export async function saveSettingsKey(q: Queryable, storeId: string, key: 'inbox' | 'handoff', value: unknown): Promise<void> {
  await q.query(`UPDATE stores SET settings = settings || jsonb_build_object($2::text, $3::jsonb), updated_at = now() WHERE id = $1`, [
    storeId,
    key,
    JSON.stringify(value),
  ]);
  forgetStoreRow(storeId);
}

/**
 * Saves edited business hours and holidays into the store profile (where the assistant and the
 * widget read them). A later re-import of the store directory replaces them again.
 */
export async function saveStoreHours(q: Queryable, storeId: string, input: { supportHours?: unknown; holidays?: unknown }): Promise<void> {
  const patch: Record<string, unknown> = {};
  if (input.supportHours !== undefined) {
    const parsed = parseSupportHours(input.supportHours);
    if (!parsed.ok) throw new ParleyError('VALIDATION', `${parsed.problem.path}: ${parsed.problem.message}`);
    patch.support_hours = parsed.value;
  }
  if (input.holidays !== undefined) {
    const parsed = parseHolidays(input.holidays);
    if (!parsed.ok) throw new ParleyError('VALIDATION', `${parsed.problem.path}: ${parsed.problem.message}`);
    patch.holidays = parsed.value;
  }
  if (Object.keys(patch).length === 0) return;
  await q.query(`UPDATE stores SET profile = profile || $2::jsonb, updated_at = now() WHERE id = $1`, [storeId, JSON.stringify(patch)]);
  forgetStoreRow(storeId);
}

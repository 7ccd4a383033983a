/**
 * A store's report for a date range and filters: every metric of docs/insights.md, computed by SQL
 * over the real tables (durations in business hours in TypeScript, from the instants SQL returns).
 */
import type { Db, Queryable } from '../../db/types.js';
import type { StoreRow } from '../../repositories/stores.js';
import { storeHours } from '../../inbox/inbox-settings.js';
import { queryOverview, type CsatGroupRow, type HeatCell } from './overview-query.js';
import { responseTimes, type ResponseTimes } from './response-times.js';
import { daysOf, resolveScope, type ReportFilters, type ReportQuery } from './report-scope.js';
import { compensationSummary, feedbackRequestSummary, noticeSummary, type CompensationRow, type FeedbackRequestRow, type NoticeRow } from './side-reports.js';
import { databaseTimeZones } from './time-zones.js';
import { rate } from './stats.js';

export interface CsatStats {
  key: string;
  /** Display name (agents); the key otherwise. */
  label: string;
  ratings: number;
  satisfied: number;
  /** satisfied / ratings. */
  score: number | null;
  /** Mean of 1–5 ratings (null when none were on the five-point scale). */
  average: number | null;
}

export interface ReportOverview {
  range: { from: string; to: string; timeZone: string; generatedAt: string };
  filters: ReportFilters;
  totals: {
    conversations: number;
    handedOff: number;
    handoffRate: number | null;
    assistantInvolved: number;
    automatedResolved: number;
    /** Assistant conversations whose outcome is known (pending ones excluded). */
    automatedEvaluated: number;
    automatedResolutionRate: number | null;
    automation: Record<'resolved' | 'reopened' | 'unanswered' | 'human' | 'pending', number>;
  };
  daily: Array<{ day: string; conversations: number; handedOff: number; automatedResolved: number; automatedEvaluated: number; automatedResolutionRate: number | null }>;
  handoffReasons: Array<{ reason: string; count: number; share: number | null }>;
  intents: Array<{ intent: string; conversations: number; handedOff: number; handoffRate: number | null; automatedResolutionRate: number | null }>;
  times: ResponseTimes;
  csat: { overall: CsatStats | null; byLanguage: CsatStats[]; byMarket: CsatStats[]; byIntent: CsatStats[]; byAgent: CsatStats[] };
  /** Conversations started, [weekday 0 = Monday … 6 = Sunday][hour 0–23], in the store's zone and in each shopper's. */
  heatmap: { store: number[][]; shopper: number[][] };
  compensation: CompensationRow[];
  proactive: NoticeRow[];
  feedbackRequests: FeedbackRequestRow[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function csatStats(row: CsatGroupRow, label: string): CsatStats {
  return {
    key: row.key ?? 'unassigned',
    label,
    ratings: row.ratings,
    satisfied: row.satisfied,
    score: rate(row.satisfied, row.ratings),
    average: row.fiveCount > 0 ? round2(row.fiveSum / row.fiveCount) : null,
  };
}

function heatGrid(cells: readonly HeatCell[], zone: HeatCell['zone']): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const c of cells) if (c.zone === zone) grid[c.weekday - 1]![c.hour] = c.count;
  return grid;
}

async function agentNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM agents WHERE id = ANY($1::uuid[])', [ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function buildReport(db: Db, store: StoreRow, query: ReportQuery, now: Date): Promise<ReportOverview> {
  const scope = resolveScope(store, query, now);
  const rows = await queryOverview(db, scope, await databaseTimeZones(db));
  const { hours, holidays } = storeHours(store);
  const times = responseTimes(rows.human, { teams: hours.teams, holidays });

  const agentIds = new Set<string>();
  for (const r of rows.csat) if (r.dimension === 'agent' && r.key) agentIds.add(r.key);
  for (const d of [times.firstResponse, times.resolution]) for (const a of d.byAgent) if (a.key !== 'unassigned') agentIds.add(a.key);
  const names = await agentNames(db, [...agentIds]);
  for (const d of [times.firstResponse, times.resolution]) {
    for (const a of d.byAgent) a.label = a.key === 'unassigned' ? 'Unassigned' : names.get(a.key) ?? a.key;
    d.byAgent.sort((a, b) => b.count - a.count || (a.label ?? '').localeCompare(b.label ?? ''));
  }

  const csatOf = (dimension: CsatGroupRow['dimension']) =>
    rows.csat
      .filter((r) => r.dimension === dimension)
      .map((r) => csatStats(r, dimension === 'agent' ? (r.key ? names.get(r.key) ?? r.key : 'Unassigned') : r.key ?? 'unknown'))
      .sort((a, b) => b.ratings - a.ratings || a.key.localeCompare(b.key));
  const overall = rows.csat.find((r) => r.dimension === 'all');

  const daily = new Map(rows.daily.map((d) => [d.day, d]));
  const t = rows.totals;
  const evaluated = t.automation.resolved + t.automation.reopened + t.automation.unanswered + t.automation.human;
  const [compensation, proactive, feedbackRequests] = await Promise.all([compensationSummary(db, scope), noticeSummary(db, scope), feedbackRequestSummary(db, scope)]);

  return {
    range: { from: scope.from, to: scope.to, timeZone: scope.timeZone, generatedAt: now.toISOString() },
    filters: scope.filters,
    totals: {
      conversations: t.conversations,
      handedOff: t.handedOff,
      handoffRate: rate(t.handedOff, t.conversations),
      assistantInvolved: t.assistantInvolved,
      automatedResolved: t.automation.resolved,
      automatedEvaluated: evaluated,
      automatedResolutionRate: rate(t.automation.resolved, evaluated),
      automation: t.automation,
    },
    daily: daysOf(scope).map((day) => {
      const d = daily.get(day) ?? { day, conversations: 0, handedOff: 0, automatedResolved: 0, automatedEvaluated: 0 };
      return { ...d, automatedResolutionRate: rate(d.automatedResolved, d.automatedEvaluated) };
    }),
    handoffReasons: rows.handoffReasons.map((r) => ({ ...r, share: rate(r.count, t.handedOff) })),
    intents: rows.intents.map((i) => ({
      intent: i.intent,
      conversations: i.conversations,
      handedOff: i.handedOff,
      handoffRate: rate(i.handedOff, i.conversations),
      automatedResolutionRate: rate(i.automatedResolved, i.automatedEvaluated),
    })),
    times,
    csat: {
      overall: overall ? csatStats(overall, 'All') : null,
      byLanguage: csatOf('language'),
      byMarket: csatOf('market'),
      byIntent: csatOf('intent'),
      byAgent: csatOf('agent'),
    },
    heatmap: { store: heatGrid(rows.heat, 'store'), shopper: heatGrid(rows.heat, 'shopper') },
    compensation,
    proactive,
    feedbackRequests,
  };
}

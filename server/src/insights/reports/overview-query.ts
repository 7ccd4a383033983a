/**
 * One statement computes every conversation aggregate of a report from the classified cohort (see
 * conversation-facts.ts), so the cohort is built once: totals, the daily series, hand-off reasons,
 * intents, CSAT by dimension, the volume heatmap, and the per-conversation instants the
 * business-hours durations are computed from.
 */
import type { Db } from '../../db/types.js';
import { CLASSIFIED_CONVERSATIONS, classifiedParams } from './conversation-facts.js';
import type { ReportScope } from './report-scope.js';

export interface CohortTotals {
  conversations: number;
  handedOff: number;
  assistantInvolved: number;
  automation: Record<'resolved' | 'reopened' | 'unanswered' | 'human' | 'pending', number>;
}

export interface DailyRow {
  day: string;
  conversations: number;
  handedOff: number;
  automatedResolved: number;
  automatedEvaluated: number;
}

export interface IntentRow {
  intent: string;
  conversations: number;
  handedOff: number;
  automatedResolved: number;
  automatedEvaluated: number;
}

export interface CsatGroupRow {
  dimension: 'all' | 'language' | 'market' | 'intent' | 'agent';
  key: string | null;
  ratings: number;
  satisfied: number;
  fiveCount: number;
  fiveSum: number;
}

/** [handed off at, first agent reply, first resolved] as epoch ms, then language, market, intent, assignee. */
export type HumanRow = [number, number | null, number | null, string, string, string, string | null];

export interface HeatCell {
  zone: 'store' | 'shopper';
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  count: number;
}

export interface OverviewRows {
  totals: CohortTotals;
  daily: DailyRow[];
  handoffReasons: Array<{ reason: string; count: number }>;
  intents: IntentRow[];
  csat: CsatGroupRow[];
  heat: HeatCell[];
  human: HumanRow[];
}

export const OVERVIEW_SQL = `${CLASSIFIED_CONVERSATIONS}
SELECT
  (SELECT json_build_object(
     'conversations', count(*),
     'handedOff', count(*) FILTER (WHERE handed_off),
     'assistantInvolved', count(*) FILTER (WHERE turns > 0),
     'automation', json_build_object(
       'resolved', count(*) FILTER (WHERE automation = 'resolved'),
       'reopened', count(*) FILTER (WHERE automation = 'reopened'),
       'unanswered', count(*) FILTER (WHERE automation = 'unanswered'),
       'human', count(*) FILTER (WHERE automation = 'human'),
       'pending', count(*) FILTER (WHERE automation = 'pending')))
   FROM classified) AS totals,
  (SELECT COALESCE(json_agg(d ORDER BY d.day), '[]') FROM (
     SELECT day, count(*)::int AS conversations, count(*) FILTER (WHERE handed_off)::int AS "handedOff",
       count(*) FILTER (WHERE automation = 'resolved')::int AS "automatedResolved",
       count(*) FILTER (WHERE automation IN ('resolved', 'reopened', 'unanswered', 'human'))::int AS "automatedEvaluated"
     FROM classified GROUP BY day) d) AS daily,
  (SELECT COALESCE(json_agg(r ORDER BY r.count DESC, r.reason), '[]') FROM (
     SELECT COALESCE(NULLIF(handoff_reason, ''), turn_handoff_reason, 'unknown') AS reason, count(*)::int AS count
     FROM classified WHERE handed_off GROUP BY 1) r) AS handoff_reasons,
  (SELECT COALESCE(json_agg(i ORDER BY i.conversations DESC, i.intent), '[]') FROM (
     SELECT intent, count(*)::int AS conversations, count(*) FILTER (WHERE handed_off)::int AS "handedOff",
       count(*) FILTER (WHERE automation = 'resolved')::int AS "automatedResolved",
       count(*) FILTER (WHERE automation IN ('resolved', 'reopened', 'unanswered', 'human'))::int AS "automatedEvaluated"
     FROM classified GROUP BY intent) i) AS intents,
  (SELECT COALESCE(json_agg(g), '[]') FROM (
     SELECT
       CASE WHEN GROUPING(language) = 0 THEN 'language' WHEN GROUPING(market) = 0 THEN 'market'
            WHEN GROUPING(intent) = 0 THEN 'intent' WHEN GROUPING(rated_agent_id) = 0 THEN 'agent' ELSE 'all' END AS dimension,
       CASE WHEN GROUPING(language) = 0 THEN language WHEN GROUPING(market) = 0 THEN market
            WHEN GROUPING(intent) = 0 THEN intent WHEN GROUPING(rated_agent_id) = 0 THEN rated_agent_id::text END AS key,
       count(*)::int AS ratings,
       count(*) FILTER (WHERE (scale = 'thumbs' AND rating = 1) OR (scale = 'five' AND rating >= 4))::int AS satisfied,
       count(*) FILTER (WHERE scale = 'five')::int AS "fiveCount",
       COALESCE(sum(rating) FILTER (WHERE scale = 'five'), 0)::int AS "fiveSum"
     FROM filtered WHERE rating IS NOT NULL
     GROUP BY GROUPING SETS ((), (language), (market), (intent), (rated_agent_id))) g) AS csat,
  (SELECT COALESCE(json_agg(h), '[]') FROM (
     SELECT CASE WHEN GROUPING(sd) = 0 THEN 'store' ELSE 'shopper' END AS zone,
       COALESCE(sd, zd) AS weekday, COALESCE(sh, zh) AS hour, count(*)::int AS count
     FROM (
       SELECT extract(isodow FROM created_at AT TIME ZONE $4)::int AS sd, extract(hour FROM created_at AT TIME ZONE $4)::int AS sh,
         extract(isodow FROM created_at AT TIME ZONE shopper_zone)::int AS zd, extract(hour FROM created_at AT TIME ZONE shopper_zone)::int AS zh
       FROM classified
     ) x
     GROUP BY GROUPING SETS ((sd, sh), (zd, zh))) h) AS heat,
  (SELECT COALESCE(json_agg(json_build_array(
       (extract(epoch FROM COALESCE(handed_off_at, first_agent_reply_at, last_turn_at)) * 1000)::bigint,
       (extract(epoch FROM first_agent_reply_at) * 1000)::bigint,
       (extract(epoch FROM first_resolved_at) * 1000)::bigint,
       language, market, intent, assignee_id)), '[]')
   FROM classified WHERE handed_off) AS human`;

const parse = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** Sorts and hashes of ~100k rows per month of a busy store fit in memory instead of spilling to disk. */
export const REPORT_WORK_MEM = '64MB';

export async function queryOverview(db: Db, scope: ReportScope, validZones: readonly string[]): Promise<OverviewRows> {
  const { rows } = await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
    // The CTEs' row estimates are crude, and PostgreSQL would spend seconds JIT-compiling a query that runs in less.
    if (db.kind === 'postgres') await tx.query('SET LOCAL jit = off');
    return tx.query<Record<string, unknown>>(OVERVIEW_SQL, classifiedParams(scope, validZones));
  });
  const row = rows[0] ?? {};
  const totals = parse<CohortTotals>(row.totals);
  return {
    totals: {
      conversations: Number(totals.conversations),
      handedOff: Number(totals.handedOff),
      assistantInvolved: Number(totals.assistantInvolved),
      automation: totals.automation,
    },
    daily: parse<DailyRow[]>(row.daily),
    handoffReasons: parse(row.handoff_reasons),
    intents: parse<IntentRow[]>(row.intents),
    csat: parse<CsatGroupRow[]>(row.csat),
    heat: parse<HeatCell[]>(row.heat),
    human: parse<HumanRow[]>(row.human).map((r) => [Number(r[0]), r[1] === null ? null : Number(r[1]), r[2] === null ? null : Number(r[2]), r[3], r[4], r[5], r[6]]),
  };
}

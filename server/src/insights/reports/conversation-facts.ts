/**
 * The SQL every conversation metric is computed from. `classified` holds one row per conversation of
 * the report's cohort — started in the range, not merged away, with at least one shopper message, and
 * matching the filters — with what the metrics need:
 *
 * - language: the language the assistant detected (state.language), else the widget locale, else 'und';
 * - market: the store market of the customer's country, else the customer record's market, else 'unknown';
 * - handed_off: a hand-off happened (handed_off_at, an assistant turn with a hand-off reason, or any
 *   public agent message);
 * - automation: for conversations with at least one assistant turn — 'human' (handed off),
 *   'unanswered' (the last turn could not answer), 'pending' (less than 24 h since the last turn),
 *   'reopened' (the shopper wrote again within 24 h of the last turn: in this conversation without an
 *   answer, or in another conversation as the same customer or visitor), else 'resolved';
 * - first_agent_reply_at (first public agent message) and first_resolved_at (first "resolved" status
 *   change, from the inbox's activity lines);
 * - the CSAT rating and who had the conversation when it was rated.
 *
 * Parameters: $1 store, $2 start, $3 end, $4 store zone, $5 now, $6 countries[], $7 markets[],
 * $8 market, $9 language, $10 channel, $11 intent, $12 valid zone names[].
 */
import type { ReportScope } from './report-scope.js';

export const CLASSIFIED_CONVERSATIONS = `
WITH market_of AS (
  SELECT DISTINCT ON (country) country, market FROM unnest($6::text[], $7::text[]) AS m(country, market) ORDER BY country
),
base AS MATERIALIZED (
  SELECT c.id, c.created_at, c.channel, c.customer_id, c.visitor_id, c.handed_off_at, c.handoff_reason, c.assignee_id,
    COALESCE(NULLIF(c.intent, ''), 'unknown') AS intent,
    COALESCE(NULLIF(c.state->>'language', ''), NULLIF(c.locale, ''), 'und') AS language,
    COALESCE(mo.market, NULLIF(cu.data #>> '{x_store,market}', ''), 'unknown') AS market,
    CASE WHEN COALESCE(cu.timezone, c.state->>'timeZone') = ANY($12::text[]) THEN COALESCE(cu.timezone, c.state->>'timeZone') ELSE $4 END AS shopper_zone
  FROM conversations c
  LEFT JOIN customers cu ON cu.id = c.customer_id
  LEFT JOIN market_of mo ON mo.country = upper(cu.country_code)
  WHERE c.store_id = $1 AND c.created_at >= $2 AND c.created_at < $3 AND c.merged_into_id IS NULL
    AND EXISTS (SELECT 1 FROM messages sm WHERE sm.conversation_id = c.id AND sm.author = 'shopper')
),
scoped AS MATERIALIZED (
  SELECT * FROM base
  WHERE ($8::text IS NULL OR market = $8) AND ($9::text IS NULL OR language = $9)
    AND ($10::text IS NULL OR channel = $10) AND ($11::text IS NULL OR intent = $11)
),
facts AS MATERIALIZED (
  SELECT s.*, to_char(s.created_at AT TIME ZONE $4, 'YYYY-MM-DD') AS day,
    COALESCE(t.turns, 0) AS turns, t.last_answered, t.last_turn_at, t.turn_handoff_reason,
    ag.first_agent_reply_at, rs.first_resolved_at,
    fb.scale, fb.rating, fb.assignee_id AS rated_agent_id
  FROM scoped s
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS turns,
      (array_agg(at.answered ORDER BY at.created_at DESC))[1] AS last_answered,
      max(at.created_at) AS last_turn_at,
      (array_agg(at.handoff_reason ORDER BY at.created_at) FILTER (WHERE at.handoff_reason IS NOT NULL))[1] AS turn_handoff_reason
    FROM assistant_turns at WHERE at.conversation_id = s.id
  ) t ON true
  LEFT JOIN LATERAL (
    SELECT min(m.created_at) AS first_agent_reply_at FROM messages m
    WHERE m.conversation_id = s.id AND m.author = 'agent' AND NOT m.internal
  ) ag ON true
  LEFT JOIN LATERAL (
    SELECT min(m.created_at) AS first_resolved_at FROM messages m
    WHERE m.conversation_id = s.id AND m.author = 'system' AND m.payload->>'action' = 'status' AND m.payload->>'status' = 'resolved'
  ) rs ON true
  LEFT JOIN conversation_feedback fb ON fb.conversation_id = s.id
),
classified AS MATERIALIZED (
  SELECT f.*,
    (f.handed_off_at IS NOT NULL OR f.turn_handoff_reason IS NOT NULL OR f.first_agent_reply_at IS NOT NULL) AS handed_off,
    CASE
      WHEN f.turns = 0 THEN NULL
      WHEN f.handed_off_at IS NOT NULL OR f.turn_handoff_reason IS NOT NULL OR f.first_agent_reply_at IS NOT NULL THEN 'human'
      WHEN NOT f.last_answered THEN 'unanswered'
      WHEN f.last_turn_at + interval '24 hours' > $5 THEN 'pending'
      WHEN EXISTS (
        SELECT 1 FROM messages m WHERE m.conversation_id = f.id AND m.author = 'shopper'
          AND m.created_at > f.last_turn_at AND m.created_at <= f.last_turn_at + interval '24 hours'
      ) OR EXISTS (
        SELECT 1 FROM conversations c2 JOIN messages m2 ON m2.conversation_id = c2.id AND m2.author = 'shopper'
        WHERE c2.store_id = $1 AND c2.id <> f.id
          AND ((f.customer_id IS NOT NULL AND c2.customer_id = f.customer_id) OR (f.visitor_id IS NOT NULL AND c2.visitor_id = f.visitor_id))
          AND m2.created_at > f.last_turn_at AND m2.created_at <= f.last_turn_at + interval '24 hours'
      ) THEN 'reopened'
      ELSE 'resolved'
    END AS automation
  FROM facts f
)`;

/** The parameters of CLASSIFIED_CONVERSATIONS for a scope. */
export function classifiedParams(scope: ReportScope, validZones: readonly string[]): unknown[] {
  const f = scope.filters;
  return [
    scope.storeId,
    scope.start,
    scope.end,
    scope.timeZone,
    scope.now,
    scope.markets.map((m) => m.country),
    scope.markets.map((m) => m.market),
    f.market ?? null,
    f.language ?? null,
    f.channel ?? null,
    f.intent ?? null,
    validZones,
  ];
}

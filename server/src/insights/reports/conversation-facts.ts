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
 *   'reopened' (within 24 h of the last turn the shopper wrote again in this conversation without an
 *   answer, or started another conversation as the same customer or browser), else 'resolved';
 * - first_agent_reply_at (first public agent message) and first_resolved_at (first "resolved" status
 *   change, from the inbox's activity lines);
 * - the CSAT rating and who had the conversation when it was rated.
 *
 * `filtered` is the same without the shopper-message condition: conversations Parley started (a
 * post-delivery feedback request, a proactive notice) still carry ratings, and CSAT counts them.
 *
 * The per-conversation instants come from conversation_facts (migration 081: kept current by triggers
 * on messages and assistant_turns, recomputable from them), so a report reads one narrow row per
 * conversation rather than every message; "came back" is a window function over the same rows.
 *
 * Parameters: $1 store, $2 start, $3 end, $4 store zone, $5 now, $6 countries[], $7 markets[],
 * $8 market, $9 language, $10 channel, $11 intent, $12 valid zone names[].
 */
import type { ReportScope } from './report-scope.js';

export const CLASSIFIED_CONVERSATIONS = `
WITH market_of AS (
  SELECT DISTINCT ON (country) country, market FROM unnest($6::text[], $7::text[]) AS m(country, market) ORDER BY country
),
-- The range plus one day: a shopper who comes back the day after the range still "reopens". The same
-- shopper is the same customer record, or for anonymous shoppers the same browser (visitor id).
convs AS MATERIALIZED (
  SELECT c.id, c.created_at, c.channel, c.customer_id, c.handed_off_at, c.handoff_reason, c.assignee_id,
    c.intent, c.locale, c.state->>'language' AS state_language, c.state->>'timeZone' AS state_zone,
    f.first_shopper_at, f.first_agent_reply_at, f.first_resolved_at, f.shopper_after_last_turn,
    COALESCE(f.turns, 0) AS turns, f.last_answered, f.last_turn_at, f.first_turn_handoff_reason AS turn_handoff_reason,
    lead(f.first_shopper_at) OVER (
      PARTITION BY COALESCE('c' || c.customer_id::text, 'v' || c.visitor_id, c.id::text) ORDER BY f.first_shopper_at NULLS LAST, c.id
    ) AS next_conversation_at
  FROM conversations c
  LEFT JOIN conversation_facts f ON f.conversation_id = c.id
  WHERE c.store_id = $1 AND c.created_at >= $2 AND c.created_at < $3::timestamptz + interval '24 hours' AND c.merged_into_id IS NULL
),
base AS NOT MATERIALIZED (
  SELECT c.id, c.created_at, c.channel, c.handed_off_at, c.handoff_reason, c.assignee_id,
    COALESCE(NULLIF(c.intent, ''), 'unknown') AS intent,
    COALESCE(NULLIF(c.state_language, ''), NULLIF(c.locale, ''), 'und') AS language,
    COALESCE(mo.market, NULLIF(cu.data #>> '{x_store,market}', ''), 'unknown') AS market,
    CASE WHEN COALESCE(cu.timezone, c.state_zone) = ANY($12::text[]) THEN COALESCE(cu.timezone, c.state_zone) ELSE $4 END AS shopper_zone,
    c.first_shopper_at, c.first_agent_reply_at, c.first_resolved_at, c.shopper_after_last_turn,
    c.turns, c.last_answered, c.last_turn_at, c.turn_handoff_reason,
    c.next_conversation_at,
    fb.scale, fb.rating, fb.assignee_id AS rated_agent_id
  FROM convs c
  LEFT JOIN customers cu ON cu.id = c.customer_id
  LEFT JOIN market_of mo ON mo.country = upper(cu.country_code)
  LEFT JOIN conversation_feedback fb ON fb.conversation_id = c.id
  WHERE c.created_at < $3
),
-- Every conversation of the range that matches the filters, Parley-initiated ones included (CSAT reads
-- this), with the cohort flag and the classification; one materialised copy serves every aggregate.
filtered AS MATERIALIZED (
  SELECT b.*, b.first_shopper_at IS NOT NULL AS in_cohort,
    to_char(b.created_at AT TIME ZONE $4, 'YYYY-MM-DD') AS day,
    (b.handed_off_at IS NOT NULL OR b.turn_handoff_reason IS NOT NULL OR b.first_agent_reply_at IS NOT NULL) AS handed_off,
    CASE
      WHEN b.turns = 0 OR b.first_shopper_at IS NULL THEN NULL
      WHEN b.handed_off_at IS NOT NULL OR b.turn_handoff_reason IS NOT NULL OR b.first_agent_reply_at IS NOT NULL THEN 'human'
      WHEN NOT b.last_answered THEN 'unanswered'
      WHEN b.last_turn_at + interval '24 hours' > $5 THEN 'pending'
      WHEN b.shopper_after_last_turn <= b.last_turn_at + interval '24 hours'
        OR (b.next_conversation_at > b.last_turn_at AND b.next_conversation_at <= b.last_turn_at + interval '24 hours') THEN 'reopened'
      ELSE 'resolved'
    END AS automation
  FROM base b
  WHERE ($8::text IS NULL OR b.market = $8) AND ($9::text IS NULL OR b.language = $9)
    AND ($10::text IS NULL OR b.channel = $10) AND ($11::text IS NULL OR b.intent = $11)
),
classified AS NOT MATERIALIZED (
  SELECT * FROM filtered WHERE in_cohort
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

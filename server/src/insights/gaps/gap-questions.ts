/**
 * The questions the assistant could not answer well, from `assistant_turns`: turns whose help-center
 * search found nothing good enough (best answerability below the knowledge engine's threshold), and
 * unanswered turns of intents the help center is meant to answer. Requests for a person, abuse and
 * frustration are not knowledge gaps. Only the first such turn of a conversation counts: later ones
 * are mostly rephrasings or "that doesn't help".
 */
import type { Db } from '../../db/types.js';
import { ANSWERABLE_THRESHOLD } from '../../knowledge/search/answerability.js';
import type { ReportScope } from '../reports/report-scope.js';

export const KNOWLEDGE_INTENTS = ['presale', 'shipping', 'returns', 'payment', 'size', 'tracking', 'other'] as const;
const NOT_GAPS = ['human_request', 'abuse', 'frustration'];
export const MAX_GAP_QUESTIONS = 5000;

export interface GapQuestion {
  conversationId: string;
  askedAt: Date;
  locale: string;
  intent: string;
  answerability: number | null;
  text: string;
}

const SQL = `
WITH market_of AS (
  SELECT DISTINCT ON (country) country, market FROM unnest($6::text[], $7::text[]) AS m(country, market) ORDER BY country
),
firsts AS (
  SELECT DISTINCT ON (at.conversation_id) at.conversation_id, at.created_at, at.locale, at.intent, at.answerability, at.message_id
  FROM assistant_turns at
  WHERE at.store_id = $1 AND at.created_at >= $2 AND at.created_at < $3
    AND ((at.answerability IS NOT NULL AND at.answerability < $4) OR (NOT at.answered AND at.answerability IS NULL AND at.intent = ANY($5::text[])))
    AND COALESCE(at.handoff_reason, '') <> ALL($12::text[])
    AND ($9::text IS NULL OR at.locale = $9) AND ($11::text IS NULL OR at.intent = $11)
  ORDER BY at.conversation_id, at.created_at
)
SELECT f.conversation_id, f.created_at, f.locale, f.intent, f.answerability, m.text
FROM firsts f
JOIN messages m ON m.id = f.message_id
JOIN conversations c ON c.id = f.conversation_id
LEFT JOIN customers cu ON cu.id = c.customer_id
LEFT JOIN market_of mo ON mo.country = upper(cu.country_code)
WHERE ($8::text IS NULL OR COALESCE(mo.market, NULLIF(cu.data #>> '{x_store,market}', ''), 'unknown') = $8)
  AND ($10::text IS NULL OR c.channel = $10)
ORDER BY f.created_at DESC
LIMIT $13`;

interface GapRow {
  conversation_id: string;
  created_at: Date;
  locale: string;
  intent: string;
  answerability: number | null;
  text: string;
}

export async function listGapQuestions(db: Db, scope: ReportScope, limit = MAX_GAP_QUESTIONS): Promise<GapQuestion[]> {
  const f = scope.filters;
  const params = [
    scope.storeId, scope.start, scope.end, ANSWERABLE_THRESHOLD, [...KNOWLEDGE_INTENTS],
    scope.markets.map((m) => m.country), scope.markets.map((m) => m.market),
    f.market ?? null, f.language ?? null, f.channel ?? null, f.intent ?? null, NOT_GAPS, limit,
  ];
  const { rows } = await db.transaction(async (tx) => {
    // A crude row estimate would make PostgreSQL JIT-compile a query that takes milliseconds.
    if (db.kind === 'postgres') await tx.query('SET LOCAL jit = off');
    return tx.query<GapRow>(SQL, params);
  });
  return rows.map((r) => ({
    conversationId: r.conversation_id,
    askedAt: new Date(r.created_at),
    locale: r.locale,
    intent: r.intent,
    answerability: r.answerability === null ? null : Number(r.answerability),
    text: r.text,
  }));
}

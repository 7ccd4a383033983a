/** One row per assistant turn (assistant_turns): the raw material of the resolution and gap reports. */
import type { Queryable } from '../db/types.js';

export interface TurnLogEntry {
  storeId: string;
  conversationId: string;
  messageId: string;
  mode: 'offline' | 'llm';
  locale: string;
  intent: string;
  intentConfidence: number;
  skill: string;
  answered: boolean;
  answerability: number | null;
  sources: string[];
  handoffReason: string | null;
  latencyMs: number;
}

export async function logTurn(q: Queryable, e: TurnLogEntry): Promise<void> {
  await q.query(
    `INSERT INTO assistant_turns (store_id, conversation_id, message_id, mode, locale, intent, intent_confidence, skill, answered,
       answerability, sources, handoff_reason, latency_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [e.storeId, e.conversationId, e.messageId, e.mode, e.locale, e.intent, e.intentConfidence, e.skill, e.answered, e.answerability, e.sources, e.handoffReason, e.latencyMs],
  );
}

/**
 * Bulk inserts of conversation history with explicit timestamps (the seed script, the benchmark and
 * the report tests): conversations, messages, assistant turns and ratings, in batches through
 * `unnest` so a million messages load in seconds rather than minutes. Ids are chosen by the caller so
 * rows can refer to each other before they exist.
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/types.js';

export interface HistoryConversation {
  id: string;
  storeId: string;
  createdAt: Date;
  lastMessageAt: Date;
  status: 'bot' | 'open' | 'pending' | 'snoozed' | 'resolved';
  visitorId?: string | null;
  customerId?: string | null;
  channel?: string;
  locale?: string | null;
  /** Detected language (state.language). */
  language?: string | null;
  intent?: string | null;
  handedOffAt?: Date | null;
  handoffReason?: string | null;
  assigneeId?: string | null;
  mergedIntoId?: string | null;
  state?: Record<string, unknown>;
}

export interface HistoryMessage {
  id: string;
  storeId: string;
  conversationId: string;
  author: 'shopper' | 'assistant' | 'agent' | 'system';
  text: string;
  createdAt: Date;
  internal?: boolean;
  agentId?: string | null;
  language?: string | null;
  intent?: string | null;
  payload?: Record<string, unknown> | null;
}

export interface HistoryTurn {
  storeId: string;
  conversationId: string;
  /** The shopper message answered. */
  messageId: string;
  createdAt: Date;
  locale: string;
  intent: string;
  intentConfidence?: number;
  skill?: string;
  answered: boolean;
  answerability?: number | null;
  sources?: string[];
  handoffReason?: string | null;
  latencyMs?: number;
}

export interface HistoryRating {
  storeId: string;
  conversationId: string;
  scale: 'thumbs' | 'five';
  rating: number;
  comment?: string | null;
  assigneeId?: string | null;
  createdAt: Date;
}

export interface History {
  conversations?: HistoryConversation[];
  messages?: HistoryMessage[];
  turns?: HistoryTurn[];
  ratings?: HistoryRating[];
}

const BATCH = 5000;

async function inBatches<T>(rows: readonly T[], insert: (batch: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

const col = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);
const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

export async function insertConversations(q: Queryable, rows: readonly HistoryConversation[]): Promise<void> {
  // Merged conversations point at others: insert everything first, then link.
  await inBatches(rows, (b) =>
    q.query(
      `INSERT INTO conversations (id, store_id, token_hash, visitor_id, customer_id, channel, status, handed_off_at, handoff_reason,
         assignee_id, locale, intent, state, last_message_at, created_at, updated_at)
       SELECT id, store_id, token_hash, visitor_id, customer_id, channel, status, handed_off_at, handoff_reason,
         assignee_id, locale, intent, state::jsonb, last_message_at, created_at, last_message_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::timestamptz[], $9::text[],
         $10::uuid[], $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[])
         AS t(id, store_id, token_hash, visitor_id, customer_id, channel, status, handed_off_at, handoff_reason,
           assignee_id, locale, intent, state, last_message_at, created_at)`,
      [
        col(b, (c) => c.id),
        col(b, (c) => c.storeId),
        col(b, () => randomBytes(16).toString('hex')),
        col(b, (c) => c.visitorId ?? null),
        col(b, (c) => c.customerId ?? null),
        col(b, (c) => c.channel ?? 'widget'),
        col(b, (c) => c.status),
        col(b, (c) => c.handedOffAt ?? null),
        col(b, (c) => c.handoffReason ?? null),
        col(b, (c) => c.assigneeId ?? null),
        col(b, (c) => c.locale ?? null),
        col(b, (c) => c.intent ?? null),
        col(b, (c) => JSON.stringify({ ...(c.language ? { language: c.language } : {}), ...c.state })),
        col(b, (c) => c.lastMessageAt),
        col(b, (c) => c.createdAt),
      ],
    ),
  );
  const merged = rows.filter((c) => c.mergedIntoId);
  await inBatches(merged, (b) =>
    q.query(`UPDATE conversations c SET merged_into_id = t.target FROM unnest($1::uuid[], $2::uuid[]) AS t(id, target) WHERE c.id = t.id`, [
      col(b, (c) => c.id),
      col(b, (c) => c.mergedIntoId!),
    ]),
  );
}

export async function insertMessages(q: Queryable, rows: readonly HistoryMessage[]): Promise<void> {
  // In time order, so seq (the resync order) agrees with created_at.
  const sorted = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  await inBatches(sorted, (b) =>
    q.query(
      `INSERT INTO messages (id, store_id, conversation_id, author, agent_id, internal, text, language, intent, payload, created_at)
       SELECT id, store_id, conversation_id, author, agent_id, internal, text, language, intent, payload::jsonb, created_at
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::boolean[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[])
         AS t(id, store_id, conversation_id, author, agent_id, internal, text, language, intent, payload, created_at)
       ORDER BY created_at`,
      [
        col(b, (m) => m.id),
        col(b, (m) => m.storeId),
        col(b, (m) => m.conversationId),
        col(b, (m) => m.author),
        col(b, (m) => m.agentId ?? null),
        col(b, (m) => m.internal ?? false),
        col(b, (m) => m.text),
        col(b, (m) => m.language ?? null),
        col(b, (m) => m.intent ?? null),
        col(b, (m) => json(m.payload)),
        col(b, (m) => m.createdAt),
      ],
    ),
  );
}

export async function insertTurns(q: Queryable, rows: readonly HistoryTurn[]): Promise<void> {
  await inBatches(rows, (b) =>
    q.query(
      `INSERT INTO assistant_turns (store_id, conversation_id, message_id, mode, locale, intent, intent_confidence, skill, answered,
         answerability, sources, handoff_reason, latency_ms, created_at)
       SELECT store_id, conversation_id, message_id, 'offline', locale, intent, confidence, skill, answered,
         answerability, COALESCE(string_to_array(sources, '|'), '{}'), handoff_reason, latency, created_at
       FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::real[], $7::text[], $8::boolean[], $9::real[],
         $10::text[], $11::text[], $12::real[], $13::timestamptz[])
         AS t(store_id, conversation_id, message_id, locale, intent, confidence, skill, answered, answerability, sources, handoff_reason, latency, created_at)`,
      [
        col(b, (t) => t.storeId),
        col(b, (t) => t.conversationId),
        col(b, (t) => t.messageId),
        col(b, (t) => t.locale),
        col(b, (t) => t.intent),
        col(b, (t) => t.intentConfidence ?? 0.9),
        col(b, (t) => t.skill ?? t.intent),
        col(b, (t) => t.answered),
        col(b, (t) => t.answerability ?? null),
        col(b, (t) => (t.sources?.length ? t.sources.join('|') : null)),
        col(b, (t) => t.handoffReason ?? null),
        col(b, (t) => t.latencyMs ?? 120),
        col(b, (t) => t.createdAt),
      ],
    ),
  );
}

export async function insertRatings(q: Queryable, rows: readonly HistoryRating[]): Promise<void> {
  await inBatches(rows, (b) =>
    q.query(
      `INSERT INTO conversation_feedback (conversation_id, store_id, scale, rating, comment, assignee_id, created_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::text[], $6::uuid[], $7::timestamptz[])
       ON CONFLICT (conversation_id) DO NOTHING`,
      [
        col(b, (r) => r.conversationId),
        col(b, (r) => r.storeId),
        col(b, (r) => r.scale),
        col(b, (r) => r.rating),
        col(b, (r) => r.comment ?? null),
        col(b, (r) => r.assigneeId ?? null),
        col(b, (r) => r.createdAt),
      ],
    ),
  );
}

/**
 * Inserts a history in dependency order, then recomputes the touched conversations' report facts: the
 * triggers that keep conversation_facts current assume rows arrive in time order, and a bulk load
 * inserts all messages before all turns.
 */
export async function insertHistory(q: Queryable, history: History): Promise<void> {
  await insertConversations(q, history.conversations ?? []);
  await insertMessages(q, history.messages ?? []);
  await insertTurns(q, history.turns ?? []);
  await insertRatings(q, history.ratings ?? []);
  const touched = new Set<string>([
    ...(history.conversations ?? []).map((c) => c.id),
    ...(history.messages ?? []).map((m) => m.conversationId),
    ...(history.turns ?? []).map((t) => t.conversationId),
  ]);
  await inBatches([...touched], (ids) => q.query('SELECT refresh_conversation_facts($1::uuid[])', [ids]));
}

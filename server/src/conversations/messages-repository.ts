import type { Queryable } from '../db/types.js';
import type { Author, Message, MessagePayload, Source } from '../../../protocol/messages.js';

interface MessageRow {
  id: string;
  seq: number;
  conversation_id: string;
  author: Author;
  text: string;
  language: string | null;
  created_at: Date;
  client_id: string | null;
  agent_name?: string | null;
  internal: boolean;
  sources: Source[] | null;
  payload: MessagePayload | null;
}

const SELECT = `SELECT m.id, m.seq, m.conversation_id, m.author, m.text, m.language, m.created_at, m.client_id, m.internal,
  m.sources, m.payload, a.name AS agent_name FROM messages m LEFT JOIN agents a ON a.id = m.agent_id`;

export function toMessage(r: MessageRow): Message {
  return {
    id: r.id,
    seq: r.seq,
    conversationId: r.conversation_id,
    author: r.author,
    text: r.text,
    language: r.language,
    createdAt: new Date(r.created_at).toISOString(),
    clientId: r.client_id,
    agentName: r.agent_name ?? null,
    internal: r.internal,
    ...(r.sources ? { sources: r.sources } : {}),
    payload: r.payload,
  };
}

export interface NewMessage {
  storeId: string;
  conversationId: string;
  author: Author;
  text: string;
  language?: string | null;
  clientId?: string | null;
  agentId?: string | null;
  internal?: boolean;
  intent?: string | null;
  sources?: Source[] | null;
  payload?: MessagePayload | null;
}

/**
 * Persists a message. A repeated clientId in the same conversation returns the stored message with
 * `created: false` instead of writing a duplicate, so clients can retry sends safely.
 */
export async function insertMessage(q: Queryable, m: NewMessage): Promise<{ message: Message; created: boolean }> {
  // One round trip: insert, touch the conversation and read the row back with the agent's name
  // (a message is written several times per shopper turn, so statements add up at peak).
  const inserted = await q.query<MessageRow>(
    `WITH ins AS (
       INSERT INTO messages (store_id, conversation_id, author, text, language, client_id, agent_id, internal, intent, sources, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (conversation_id, client_id) DO NOTHING
       RETURNING id, seq, conversation_id, author, text, language, created_at, client_id, internal, sources, payload, agent_id
     ), touched AS (
       UPDATE conversations SET last_message_at = now(), updated_at = now() WHERE id = $2 AND EXISTS (SELECT 1 FROM ins)
     )
     SELECT ins.id, ins.seq, ins.conversation_id, ins.author, ins.text, ins.language, ins.created_at, ins.client_id, ins.internal,
       ins.sources, ins.payload, a.name AS agent_name FROM ins LEFT JOIN agents a ON a.id = ins.agent_id`,
    [
      m.storeId, m.conversationId, m.author, m.text, m.language ?? null, m.clientId ?? null, m.agentId ?? null, m.internal ?? false,
      m.intent ?? null, m.sources ? JSON.stringify(m.sources) : null, m.payload ? JSON.stringify(m.payload) : null,
    ],
  );
  if (inserted.rows[0]) return { message: toMessage(inserted.rows[0]), created: true };
  // A retried send (same clientId): the stored message, unchanged.
  const { rows } = await q.query<MessageRow>(`${SELECT} WHERE m.conversation_id = $1 AND m.client_id = $2`, [m.conversationId, m.clientId]);
  return { message: toMessage(rows[0]!), created: false };
}

/** The last `limit` messages shoppers can see, oldest first (conversation context for a model). */
export async function listRecentMessages(q: Queryable, conversationId: string, limit: number): Promise<Message[]> {
  const { rows } = await q.query<MessageRow>(`${SELECT} WHERE m.conversation_id = $1 AND m.internal = false ORDER BY m.seq DESC LIMIT $2`, [conversationId, limit]);
  return rows.reverse().map(toMessage);
}

export async function listMessages(
  q: Queryable,
  conversationId: string,
  opts: { afterSeq?: number; includeInternal: boolean; limit?: number },
): Promise<Message[]> {
  const { rows } = await q.query<MessageRow>(
    `${SELECT} WHERE m.conversation_id = $1 AND m.seq > $2 ${opts.includeInternal ? '' : 'AND m.internal = false'}
     ORDER BY m.seq LIMIT $3`,
    [conversationId, opts.afterSeq ?? 0, opts.limit ?? 500],
  );
  return rows.map(toMessage);
}

/**
 * Checks a run against the database: every acknowledged shopper message stored exactly once, every
 * stored message delivered to its shopper (and to every agent) exactly once, and how many replies
 * the configured responder wrote per shopper message.
 */
import type { AgentPool } from './agents.js';
import type { Shopper } from './shoppers.js';

export interface Integrity {
  conversations: number;
  shopperMessagesAcked: number;
  /** Acknowledged to the client but not in the database. Must be 0. */
  lostAcknowledged: number;
  /**
   * Shoppers whose messages were stored in more than one conversation (two sends racing to create
   * the socket's first conversation). Not a loss, but a split the shopper would see.
   */
  splitConversations: number;
  /** One client id stored more than once. Must be 0. */
  duplicatedInDatabase: number;
  /** Refused or timed out at the client but stored anyway (a retry with the same client id is a no-op). */
  storedWithoutAck: number;
  /** Stored in a shopper's conversation but never delivered to its (never disconnected) socket. Must be 0. */
  undeliveredToShopper: number;
  /** The same message delivered twice to one socket. Must be 0. */
  duplicateDeliveries: number;
  /** Stored messages an agent connected throughout never saw (summed over agents). Must be 0. */
  undeliveredToAgents: number;
  replies: { shopperMessages: number; assistant: number; system: number; perShopperMessage: number };
}

interface Row {
  seq: number;
  conversation_id: string;
  client_id: string | null;
  author: string;
}

export type QueryFn = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

export async function verifyRun(query: QueryFn, shoppers: readonly Shopper[], agents: AgentPool | undefined): Promise<Integrity> {
  // Where each sent message was stored, found by its client id (not by the conversation the client
  // believes it is in, which a split would hide).
  const clientIds = shoppers.flatMap((s) => s.sent.map((m) => m.clientId));
  const placed = await query<{ client_id: string; conversation_id: string }>("SELECT client_id, conversation_id FROM messages WHERE author = 'shopper' AND client_id = ANY($1::text[])", [clientIds]);
  const conversationOf = new Map(placed.map((r) => [r.client_id, r.conversation_id]));
  let splitConversations = 0;
  for (const s of shoppers) {
    const mine = new Set(s.sent.map((m) => conversationOf.get(m.clientId)).filter(Boolean));
    if (mine.size > 1) splitConversations++;
  }
  const conversationIds = [...new Set([...shoppers.map((s) => s.conversationId), ...conversationOf.values()].filter((id): id is string => Boolean(id)))];
  const rows = conversationIds.length
    ? await query<Row>('SELECT seq, conversation_id, client_id, author FROM messages WHERE internal = false AND conversation_id = ANY($1::uuid[]) ORDER BY seq', [conversationIds])
    : [];
  const byConversation = new Map<string, Row[]>();
  const storedClientIds = new Map<string, number>();
  for (const r of rows) {
    const list = byConversation.get(r.conversation_id) ?? [];
    list.push(r);
    byConversation.set(r.conversation_id, list);
    if (r.author === 'shopper' && r.client_id) storedClientIds.set(r.client_id, (storedClientIds.get(r.client_id) ?? 0) + 1);
  }

  let acked = 0;
  let lost = 0;
  let storedWithoutAck = 0;
  let undelivered = 0;
  let duplicateDeliveries = 0;
  for (const shopper of shoppers) {
    for (const m of shopper.sent) {
      const stored = storedClientIds.get(m.clientId) ?? 0;
      if (m.messageId) {
        acked++;
        if (stored === 0) lost++;
      } else if (stored > 0) storedWithoutAck++;
    }
    for (const count of shopper.delivered.values()) if (count > 1) duplicateDeliveries += count - 1;
    if (shopper.disconnects > 0 || !shopper.conversationId) continue;
    for (const r of byConversation.get(shopper.conversationId) ?? []) {
      if (!shopper.delivered.has(r.seq) && !shopper.known.has(r.seq)) undelivered++;
    }
  }

  const undeliveredToAgents = agents ? await agents.missing(rows.map((r) => r.seq)) : 0;

  const count = (author: string) => rows.filter((r) => r.author === author).length;
  const shopperMessages = count('shopper');
  return {
    conversations: conversationIds.length,
    shopperMessagesAcked: acked,
    lostAcknowledged: lost,
    splitConversations,
    duplicatedInDatabase: [...storedClientIds.values()].filter((n) => n > 1).length,
    storedWithoutAck,
    undeliveredToShopper: undelivered,
    duplicateDeliveries,
    undeliveredToAgents,
    replies: {
      shopperMessages,
      assistant: count('assistant'),
      system: count('system'),
      perShopperMessage: shopperMessages ? Math.round(((count('assistant') + count('system')) / shopperMessages) * 100) / 100 : 0,
    },
  };
}

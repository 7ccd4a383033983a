/**
 * The conversation use-cases shared by the widget socket, the inbox and the HTTP API: every message is
 * persisted before anyone is told about it, and the shopper's messages are answered in arrival order.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/types.js';
import type { ConversationStatus, Message, MessagePayload, Source } from '../../../protocol/messages.js';
import { ParleyError } from '../errors.js';
import {
  createConversation,
  findConversationByToken,
  getConversation,
  getConversationSummary,
  updateConversation,
  type ConversationRow,
} from './conversations-repository.js';
import { insertMessage, listMessages } from './messages-repository.js';
import { hashToken, newToken } from './tokens.js';
import { PerKeyQueue } from './per-key-queue.js';
import type { RealtimeHub } from './realtime-hub.js';

export const MAX_MESSAGE_LENGTH = 4000;

/** One line of a shopper's conversation list (widget history). */
export interface ShopperConversation {
  id: string;
  /** Lets the caller tell which of the tokens it passed opens this conversation. */
  tokenHash: string;
  status: ConversationRow['status'];
  lastMessagePreview: string | null;
  lastMessageAuthor: string | null;
  lastMessageAt: string;
  createdAt: string;
}

interface ShopperConversationRow {
  id: string;
  token_hash: string;
  status: ConversationRow['status'];
  last_message_at: Date;
  created_at: Date;
  last_text: string | null;
  last_author: string | null;
}

/** Answers a shopper's message: the assistant pipeline, or hand-off to humans. */
export interface Responder {
  respond(turn: ShopperTurn): Promise<void>;
}

export interface ShopperTurn {
  conversation: ConversationRow;
  message: Message;
  service: ConversationService;
}

export interface ReplyInput {
  author: 'assistant' | 'system';
  text: string;
  language?: string | null;
  intent?: string | null;
  sources?: Source[] | null;
  payload?: MessagePayload | null;
}

export class ConversationService {
  private readonly queue = new PerKeyQueue();
  responder: Responder | undefined;

  constructor(
    readonly db: Db,
    readonly hub: RealtimeHub,
    private readonly log: FastifyBaseLogger,
  ) {}

  async resume(storeId: string, token: string): Promise<ConversationRow | undefined> {
    return findConversationByToken(this.db, storeId, hashToken(token));
  }

  async start(input: { storeId: string; visitorId?: string | null; customerId?: string | null; locale?: string | null; page?: unknown }): Promise<{ conversation: ConversationRow; token: string }> {
    const token = newToken();
    const conversation = await createConversation(this.db, { ...input, tokenHash: hashToken(token) });
    return { conversation, token };
  }

  /** Validates and persists a shopper message, tells everyone, then answers it in the background. */
  async receiveShopperMessage(conversation: ConversationRow, input: { clientId: string; text: string; payload?: MessagePayload | null }): Promise<Message> {
    const text = normalizeText(input.text);
    const { message, created } = await insertMessage(this.db, {
      storeId: conversation.store_id,
      conversationId: conversation.id,
      author: 'shopper',
      text,
      clientId: input.clientId,
      payload: input.payload ?? null,
    });
    if (!created) return message; // a retried send: already stored and answered
    this.hub.messageCreated(conversation.store_id, message);
    if (reopenedByShopperMessage(conversation.status)) {
      // A new shopper message reopens the conversation where humans left it.
      const reopened = conversation.handed_off_at ? 'open' : 'bot';
      const updated = await updateConversation(this.db, conversation.store_id, conversation.id, { status: reopened });
      if (updated) conversation = updated;
    }
    const { store_id: storeId, id: conversationId } = conversation;
    await this.publishSummary(storeId, conversationId);
    // The queued turn keeps ids, not the row (an overloaded node holds thousands; the turn re-reads it).
    void this.queue.run(conversationId, () => this.answer(storeId, conversationId, message));
    return message;
  }

  private async answer(storeId: string, conversationId: string, message: Message): Promise<void> {
    // Re-read: an earlier turn may have changed the state (hand-off, language, verified customer).
    const conversation = await getConversation(this.db, storeId, conversationId);
    if (!conversation || !this.responder) return;
    try {
      await this.responder.respond({ conversation, message, service: this });
    } catch (err) {
      this.log.error({ err, conversationId }, 'responder failed; handing the conversation to agents');
      // Read again: the turn may have waited long and changed things before it failed.
      await getConversation(this.db, storeId, conversationId)
        .then((current) => current && this.handoff(current, 'assistant_error'))
        .catch((e: unknown) => this.log.error({ err: e }, 'hand-off after failure also failed'));
    }
  }

  /** Posts an assistant or system message to the shopper. */
  async reply(conversation: ConversationRow, input: ReplyInput): Promise<Message> {
    const { message } = await insertMessage(this.db, {
      storeId: conversation.store_id,
      conversationId: conversation.id,
      author: input.author,
      text: input.text,
      language: input.language ?? null,
      intent: input.intent ?? null,
      sources: input.sources ?? null,
      payload: input.payload ?? null,
    });
    this.hub.messageCreated(conversation.store_id, message);
    return message;
  }

  /** A private note for agents (hand-off summaries, order actions); never shown to the shopper. */
  async note(conversation: ConversationRow, text: string, payload: MessagePayload | null = null): Promise<Message> {
    const { message } = await insertMessage(this.db, {
      storeId: conversation.store_id,
      conversationId: conversation.id,
      author: 'system',
      text,
      internal: true,
      payload,
    });
    this.hub.messageCreated(conversation.store_id, message);
    return message;
  }

  /** Moves the conversation to the human inbox (idempotent). */
  async handoff(conversation: ConversationRow, reason: string): Promise<ConversationRow> {
    if (conversation.status !== 'bot') return conversation;
    const updated = await updateConversation(this.db, conversation.store_id, conversation.id, { status: 'open', handoff_reason: reason, handedOff: true });
    await this.publishSummary(conversation.store_id, conversation.id);
    return updated ?? conversation;
  }

  async sendAgentMessage(input: {
    storeId: string;
    conversationId: string;
    agentId: string;
    clientId: string;
    text: string;
    internal?: boolean;
    /** The language the shopper receives it in (the inbox detects or translates). */
    language?: string | null;
    /** E.g. the agent's original wording when the text was machine-translated. */
    payload?: MessagePayload | null;
  }): Promise<Message> {
    const conversation = await getConversation(this.db, input.storeId, input.conversationId);
    if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
    const text = normalizeText(input.text);
    const { message, created } = await insertMessage(this.db, {
      storeId: input.storeId,
      conversationId: conversation.id,
      author: 'agent',
      text,
      clientId: input.clientId,
      agentId: input.agentId,
      internal: input.internal ?? false,
      language: input.language ?? null,
      payload: input.payload ?? null,
    });
    if (!created) return message;
    this.hub.messageCreated(input.storeId, message);
    if (!input.internal && conversation.status === 'bot') {
      // An agent answering a bot conversation takes it over.
      await updateConversation(this.db, input.storeId, conversation.id, {
        status: 'open',
        handoff_reason: conversation.handoff_reason ?? 'agent_took_over',
        assignee_id: conversation.assignee_id ?? input.agentId,
        handedOff: true,
      });
    }
    await this.publishSummary(input.storeId, conversation.id);
    return message;
  }

  async history(conversation: ConversationRow, afterSeq: number, includeInternal = false): Promise<Message[]> {
    return listMessages(this.db, conversation.id, { afterSeq, includeInternal });
  }

  /**
   * The widget's conversation list: conversations whose tokens the browser holds (token hashes) and,
   * for a verified customer, all of theirs. A customer's conversation is never listed to anyone else.
   */
  async listShopperConversations(storeId: string, input: { tokenHashes: string[]; customerId: string | null; limit: number }): Promise<ShopperConversation[]> {
    const { rows } = await this.db.query<ShopperConversationRow>(
      `SELECT c.id, c.token_hash, c.status, c.last_message_at, c.created_at, lm.text AS last_text, lm.author AS last_author
       FROM conversations c
       JOIN LATERAL (SELECT m.text, m.author FROM messages m WHERE m.conversation_id = c.id AND m.internal = false ORDER BY m.seq DESC LIMIT 1) lm ON true
       WHERE c.store_id = $1
         AND ((c.token_hash = ANY($2::text[]) AND (c.customer_id IS NULL OR c.customer_id = $3::uuid)) OR c.customer_id = $3::uuid)
       ORDER BY c.last_message_at DESC LIMIT $4`,
      [storeId, input.tokenHashes, input.customerId, input.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      tokenHash: r.token_hash,
      status: r.status,
      lastMessagePreview: r.last_text ? r.last_text.slice(0, 140) : null,
      lastMessageAuthor: r.last_author,
      lastMessageAt: new Date(r.last_message_at).toISOString(),
      createdAt: new Date(r.created_at).toISOString(),
    }));
  }

  /** Median minutes from hand-off to the first agent reply over the last 30 days (null below 5 samples). */
  async typicalFirstReplyMinutes(storeId: string): Promise<number | null> {
    const { rows } = await this.db.query<{ minutes: number | string | null; samples: number | string }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_reply - handed_off_at)) / 60 AS minutes, count(*) AS samples
       FROM (SELECT c.handed_off_at,
               (SELECT min(m.created_at) FROM messages m WHERE m.conversation_id = c.id AND m.author = 'agent' AND m.internal = false AND m.created_at >= c.handed_off_at) AS first_reply
             FROM conversations c WHERE c.store_id = $1 AND c.handed_off_at > now() - interval '30 days') x
       WHERE first_reply IS NOT NULL`,
      [storeId],
    );
    const row = rows[0];
    if (!row || Number(row.samples) < 5 || row.minutes === null) return null;
    return Math.max(1, Math.round(Number(row.minutes)));
  }

  async publishSummary(storeId: string, conversationId: string): Promise<void> {
    const summary = await getConversationSummary(this.db, storeId, conversationId);
    if (summary) this.hub.conversationUpdated(summary);
  }

  /** Waits for in-flight replies (graceful shutdown, evaluation, tests). */
  drain(): Promise<void> {
    return this.queue.drain();
  }
}

/** A new shopper message reopens a conversation in these states (so its row changes). */
export function reopenedByShopperMessage(status: ConversationStatus): boolean {
  return status === 'resolved' || status === 'pending' || status === 'snoozed';
}

function normalizeText(raw: unknown): string {
  if (typeof raw !== 'string') throw new ParleyError('VALIDATION', 'text must be a string');
  const text = raw.replace(/\r\n/g, '\n').trim();
  if (!text) throw new ParleyError('VALIDATION', 'text must not be empty');
  if (text.length > MAX_MESSAGE_LENGTH) throw new ParleyError('PAYLOAD_TOO_LARGE', `text is limited to ${MAX_MESSAGE_LENGTH} characters`);
  return text;
}

/**
 * The conversation as the widget shows it: stored messages ordered by seq, each exactly once, and
 * the shopper's own messages still on their way (matched to the stored copy by clientId).
 * Pure functions: every arrival path (ack, broadcast, resync, another tab) goes through `merge`.
 */
import type { Message } from '../../protocol/messages.js';

export type PendingState = 'sending' | 'failed';

/** A shopper message not yet acknowledged by the server. */
export interface PendingMessage {
  clientId: string;
  text: string;
  createdAt: string;
  state: PendingState;
  attachmentIds?: string[];
  /** Local previews of the attached images (object URLs; not persisted). */
  previews?: string[];
}

/** Adds messages not seen yet (by id), keeps seq order; returns the same array when nothing is new. */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  const known = new Set(current.map((m) => m.id));
  const fresh = incoming.filter((m) => {
    if (m.internal || known.has(m.id)) return false;
    known.add(m.id);
    return true;
  });
  if (fresh.length === 0) return current as Message[];
  return [...current, ...fresh].sort((a, b) => a.seq - b.seq);
}

/** Pending messages whose stored copy has arrived are done. */
export function settlePending(pending: readonly PendingMessage[], messages: readonly Message[]): PendingMessage[] {
  const stored = new Set(messages.map((m) => m.clientId).filter(Boolean));
  const left = pending.filter((p) => !stored.has(p.clientId));
  return left.length === pending.length ? (pending as PendingMessage[]) : left;
}

export const lastSeq = (messages: readonly Message[]): number => messages.reduce((max, m) => (m.seq > max ? m.seq : max), 0);

/** Replies (not the shopper's own) newer than what the shopper has read. */
export const countUnread = (messages: readonly Message[], readSeq: number): number => messages.filter((m) => m.author !== 'shopper' && m.seq > readSeq).length;

/** Quick replies offered by the last message, if it is a reply and nothing came after it. */
export function currentQuickReplies(messages: readonly Message[]): string[] {
  const last = messages[messages.length - 1];
  if (!last || last.author === 'shopper') return [];
  const replies = last.payload?.quickReplies;
  return Array.isArray(replies) ? replies.filter((r): r is string => typeof r === 'string' && r.length > 0).slice(0, 6) : [];
}

/** The public `message` event shape. */
export function publicMessage(m: Message): { id: string; conversationId: string; author: Message['author']; text: string; language: string | null; createdAt: string; sources?: Message['sources'] } {
  return { id: m.id, conversationId: m.conversationId, author: m.author, text: m.text, language: m.language, createdAt: m.createdAt, ...(m.sources?.length ? { sources: m.sources } : {}) };
}

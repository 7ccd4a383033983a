/** socket.io event map of the `/widget` namespace (a shopper's browser). */
import type { Message } from './messages.js';

export interface WidgetAuth {
  storeId: string;
  /** Conversation token kept in the browser; absent until the first message creates a conversation. */
  token?: string;
  visitorId?: string;
  locale?: string;
  page?: { url?: string; title?: string; productHandle?: string };
  identity?: { id?: string; email?: string; name?: string; signature?: string };
}

export interface SessionInfo {
  conversationId: string | null;
  token: string | null;
  status: string | null;
  locale: string | null;
}

export type Ack<T> = (response: ({ ok: true } & T) | { ok: false; error: string; code: string }) => void;

export interface WidgetClientToServer {
  'message:send': (data: { clientId: string; text: string; locale?: string }, ack: Ack<{ message: Message; session: SessionInfo }>) => void;
  /** Everything after the last message the client has (by seq); 0 = all. */
  'messages:sync': (data: { afterSeq: number }, ack: Ack<{ messages: Message[] }>) => void;
  'typing': (data: { typing: boolean }) => void;
  'handoff:request': (data: Record<string, never>, ack: Ack<Record<string, never>>) => void;
}

export interface WidgetServerToClient {
  'session': (session: SessionInfo) => void;
  'message:created': (message: Message) => void;
  /**
   * A reply being written token by token (LLM mode): `text` is everything so far. The finished reply
   * then arrives as `message:created` with `payload.streamId` equal to this streamId.
   */
  'message:stream': (data: { streamId: string; conversationId: string; text: string }) => void;
  'typing': (data: { author: 'assistant' | 'agent'; typing: boolean; name?: string }) => void;
  'conversation:updated': (data: { status: string }) => void;
}

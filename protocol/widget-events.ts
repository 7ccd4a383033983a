/** socket.io event map of the `/widget` namespace (a shopper's browser). */
import type { ConversationStatus, Message } from './messages.js';

/** What the store's page says about the signed-in customer (see server/src/identity/README.md). */
export interface WidgetIdentity {
  id?: string;
  email?: string;
  name?: string;
  /** Hex HMAC-SHA256 of `id` (or of `email` when there is no id) keyed with the store's identity secret. */
  signature?: string;
  /** Alternatively an HS256 JWT signed with the same secret: {sub | email, name?, exp}. */
  jwt?: string;
}

export interface WidgetAuth {
  storeId: string;
  /** Conversation token kept in the browser; absent until the first message creates a conversation. */
  token?: string;
  visitorId?: string;
  /** A locale the page asked for explicitly (`Parley.setLocale`, `data-locale`): wins over everything. */
  locale?: string;
  /** The page's `<html lang>` or the browser's language: used when neither override nor customer locale exists. */
  pageLocale?: string;
  /** IANA time zone of the shopper, for "back Monday 09:00 your time". */
  timeZone?: string;
  page?: { url?: string; title?: string; productHandle?: string };
  identity?: WidgetIdentity;
}

/** Why an identity was not trusted; the widget then behaves as for an anonymous visitor. */
export type IdentityReason = 'none' | 'missing_signature' | 'bad_signature' | 'malformed_token' | 'expired' | 'not_yet_valid';

export interface IdentityStatus {
  verified: boolean;
  /** Set when not verified. */
  reason?: IdentityReason;
  /** Display name of the verified customer. */
  name?: string | null;
}

export interface SessionInfo {
  conversationId: string | null;
  token: string | null;
  status: string | null;
  locale: string | null;
  identity?: IdentityStatus;
  /** The shopper already rated this conversation (CSAT is asked once). */
  feedbackSubmitted?: boolean;
}

/** One line of the shopper's conversation list. */
export interface WidgetConversation {
  id: string;
  /** The caller's own token for it (null for a signed-in customer's conversation from elsewhere: open by id). */
  token: string | null;
  status: ConversationStatus;
  lastMessagePreview: string | null;
  lastMessageAuthor: string | null;
  lastMessageAt: string;
  createdAt: string;
}

export type Ack<T> = (response: ({ ok: true } & T) | { ok: false; error: string; code: string }) => void;

export interface WidgetClientToServer {
  'message:send': (
    data: { clientId: string; text: string; locale?: string; attachmentIds?: string[] },
    ack: Ack<{ message: Message; session: SessionInfo }>,
  ) => void;
  /** Everything after the last message the client has (by seq); 0 = all. */
  'messages:sync': (data: { afterSeq: number }, ack: Ack<{ messages: Message[] }>) => void;
  'typing': (data: { typing: boolean }) => void;
  'handoff:request': (data: Record<string, never>, ack: Ack<{ session: SessionInfo }>) => void;
  /** Verifies a store-signed identity and links the current and future conversations to the customer. */
  'identify': (data: WidgetIdentity, ack: Ack<{ session: SessionInfo }>) => void;
  'locale:set': (data: { locale: string }, ack: Ack<{ session: SessionInfo }>) => void;
  /** Creates the conversation now (before an upload, which needs its token). */
  'conversation:start': (data: Record<string, never>, ack: Ack<{ session: SessionInfo }>) => void;
  /** Leaves the current conversation; the next message starts a new one. */
  'conversation:new': (data: Record<string, never>, ack: Ack<{ session: SessionInfo }>) => void;
  /** Switches to another of the shopper's conversations (by its token, or by id for a verified customer). */
  'conversation:open': (data: { token?: string; conversationId?: string }, ack: Ack<{ session: SessionInfo; messages: Message[] }>) => void;
  /** The shopper's conversations: those whose tokens the browser holds, plus a verified customer's own. */
  'conversations:list': (data: { tokens: string[] }, ack: Ack<{ conversations: WidgetConversation[] }>) => void;
  /** CSAT for a resolved conversation, once: thumbs (0 or 1) or 1–5, with an optional comment. */
  'feedback:submit': (data: { rating: number; comment?: string }, ack: Ack<{ session: SessionInfo }>) => void;
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

/** `GET /api/widget/:storeId/config?locale=&tz=`: everything the widget shows before the first message. */
export interface WidgetConfig {
  storeId: string;
  name: string;
  color: string;
  defaultLocale: string;
  locales: string[];
  /** The UI locale these strings, welcome and suggestions are for. */
  locale: string;
  rtl: boolean;
  strings: Record<string, string>;
  welcome: string | null;
  suggestions: string[];
  availability: WidgetAvailability | null;
  csat: { scale: 'thumbs' | 'five' };
  attachments: { maxBytes: number; types: string[] };
  position: 'right' | 'left';
}

/** The team's availability, already formatted for the shopper's time zone and locale. */
export interface WidgetAvailability {
  kind: 'open_now' | 'today' | 'tomorrow' | 'weekday' | 'date' | 'unavailable';
  weekday?: string;
  time?: string;
  date?: string;
  /** Typical first reply time of the team in minutes, when known. */
  replyMinutes?: number | null;
}

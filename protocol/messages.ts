/** Shapes that cross the wire between server, widget and inbox. Types only: safe to import anywhere. */

export type Author = 'shopper' | 'assistant' | 'agent' | 'system';

export interface Source {
  articleId: string;
  title: string;
  locale: string;
  url?: string;
}

/** A card the widget renders under a message (order status, tracking timeline, size row, quick replies). */
export interface MessagePayload {
  kind?: string;
  quickReplies?: string[];
  [key: string]: unknown;
}

export interface Message {
  id: string;
  /** Position in the global message order; clients resync with "everything after seq N". */
  seq: number;
  conversationId: string;
  author: Author;
  text: string;
  language: string | null;
  createdAt: string;
  /** The idempotency key the sender chose, echoed so it can match its pending message. */
  clientId?: string | null;
  agentName?: string | null;
  internal?: boolean;
  sources?: Source[];
  payload?: MessagePayload | null;
}

export type ConversationStatus = 'bot' | 'open' | 'pending' | 'snoozed' | 'resolved';

export interface ConversationSummary {
  id: string;
  storeId: string;
  status: ConversationStatus;
  locale: string | null;
  intent: string | null;
  priority: string;
  labels: string[];
  assigneeId: string | null;
  assigneeName: string | null;
  customerName: string | null;
  contactEmail: string | null;
  channel: string;
  handoffReason: string | null;
  handedOffAt: string | null;
  lastMessageAt: string;
  lastMessagePreview: string | null;
  createdAt: string;
}

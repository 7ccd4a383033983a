/**
 * The helpdesk inbox's side of the wire: the socket.io event map of the `/agents` namespace and the
 * shapes its HTTP API returns. Types only: safe to import from the server and the inbox bundle.
 */
import type { ConversationSummary, Message, Source } from './messages.js';
import type { Ack } from './widget-events.js';

export type InboxView = 'unassigned' | 'mine' | 'open' | 'pending' | 'snoozed' | 'resolved' | 'bot' | 'all';
export const INBOX_VIEWS: readonly InboxView[] = ['unassigned', 'mine', 'open', 'pending', 'snoozed', 'resolved', 'bot', 'all'];
export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
export type Role = 'agent' | 'admin';

/** Time to first human reply against the store's target, counted in business minutes. */
export interface SlaStatus {
  targetMinutes: number;
  /** Business minutes from hand-off to the first human reply (or to now while unanswered). */
  elapsedMinutes: number;
  /** The wall-clock instant the target runs out; null when no business hours lie ahead. */
  dueAt: string | null;
  breached: boolean;
  firstReplyAt: string | null;
}

/** One row of the queue: the conversation summary plus what the inbox needs to sort and warn. */
export interface InboxItem extends ConversationSummary {
  storeName: string;
  snoozedUntil: string | null;
  mergedIntoId: string | null;
  customerEmail: string | null;
  customerCountry: string | null;
  /** The oldest shopper message nobody has answered yet. */
  awaitingReplySince: string | null;
  sla: SlaStatus | null;
}

export interface InboxFilters {
  storeId?: string;
  language?: string;
  channel?: string;
  intent?: string;
  priority?: Priority;
  label?: string;
  /** Search over message text, customer name and e-mail addresses. */
  q?: string;
}

export type ViewCounts = Record<InboxView, number>;

export interface AgentRef {
  agentId: string;
  name: string;
}

export interface StoreMember {
  agentId: string;
  name: string;
  email: string;
  role: Role;
  team: string | null;
  capacity: number;
  languages: string[];
  timezone: string;
  availability: 'online' | 'away';
  /** Has the inbox open right now. */
  connected: boolean;
  /** Conversations assigned and open or pending. */
  load: number;
  /** What to type after "@" in a private note. */
  handle: string;
}

export interface MentionNotice {
  id: string;
  storeId: string;
  conversationId: string;
  messageId: string;
  byName: string;
  excerpt: string;
  createdAt: string;
}

/** A message as the inbox shows it: the stored message plus the machine translation when there is one. */
export interface InboxMessage extends Message {
  /** Set when the language was detected for display rather than recorded. */
  languageDetected?: boolean;
  translation?: { language: string; text: string } | null;
  /** This message also went out by e-mail (or came in by e-mail). */
  email?: EmailDelivery | null;
}

export interface EmailDelivery {
  status: 'sent' | 'failed' | 'received';
  address: string;
}

export interface ConversationDetail {
  conversation: InboxItem;
  messages: InboxMessage[];
  /** Why and how the assistant handed over, for the agent who picks it up. */
  handoffSummary: string | null;
  features: InboxFeatures;
}

export interface InboxFeatures {
  /** Two-way machine translation (LLM mode). */
  translation: boolean;
  /** Model-written suggestions and summaries; otherwise retrieval-only. */
  copilotModel: boolean;
  /** Agent replies can follow the shopper by e-mail (SMTP configured). */
  email: boolean;
}

export interface CannedResponse {
  id: string;
  storeId: string;
  shortcut: string;
  language: string;
  title: string;
  body: string;
  intents: string[];
  /** The body with this conversation's placeholders filled in (only in per-conversation lists). */
  rendered?: string;
}

export interface CopilotSuggestion {
  text: string;
  sources: Source[];
  /** Where it came from: a canned response, a knowledge article or the model. */
  origin: 'canned' | 'knowledge' | 'model';
  title: string;
}

export interface TrackingEventView {
  occurredAt: string;
  occurredLocal: string;
  location: string | null;
  message: string;
  status: string;
}

export interface ShipmentView {
  trackingNumber: string;
  carrier: string;
  status: string | null;
  expectedDelivery: string | null;
  deliveredAt: string | null;
  trackingUrl: string | null;
  events: TrackingEventView[];
}

export interface OrderActionView {
  action: 'cancel' | 'change_address' | 'return';
  allowed: boolean;
  reason: string;
}

export interface OrderView {
  id: string;
  name: string;
  /** How the order was tied to this shopper: their account, their e-mail, or only named in the chat (unverified). */
  matchedBy: 'customer' | 'email' | 'mentioned';
  placedAt: string;
  currency: string;
  totalPrice: string | null;
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  cancelledAt: string | null;
  processedAt: string | null;
  items: Array<{ title: string; variant: string | null; sku: string | null; quantity: number; price: string | null }>;
  shipments: ShipmentView[];
  actions: OrderActionView[];
}

export interface CustomerContext {
  customer: {
    id: string | null;
    name: string | null;
    email: string | null;
    locale: string | null;
    country: string | null;
    timezone: string | null;
    tags: string[];
  } | null;
  orders: OrderView[];
  previousConversations: Array<{ id: string; status: string; lastMessageAt: string; preview: string | null }>;
  page: Record<string, unknown> | null;
}

export interface AgentClientToServer {
  'message:send': (
    data: { storeId: string; conversationId: string; clientId: string; text: string; internal?: boolean },
    ack: Ack<{ message: Message }>,
  ) => void;
  'typing': (data: { conversationId: string; typing: boolean }) => void;
  /** The conversation this agent has open (null: none), for "who is viewing". */
  'conversation:view': (data: { conversationId: string | null }) => void;
}

export interface AgentServerToClient {
  'conversation:updated': (conversation: ConversationSummary) => void;
  /** The queue row of a conversation that changed, with SLA and customer fields. */
  'inbox:item': (item: InboxItem) => void;
  'message:created': (message: Message & { storeId: string }) => void;
  'typing': (data: { conversationId: string; author: 'shopper' | 'agent'; agentId?: string; name?: string; typing: boolean }) => void;
  'presence:updated': (data: { conversationId: string; viewers: AgentRef[] }) => void;
  /** Agents with the inbox open and available, per store. */
  'agents:online': (data: { storeId: string; agentIds: string[] }) => void;
  'mention:created': (notice: MentionNotice) => void;
  /** An agent's reply was (or could not be) sent to the shopper by e-mail. */
  'message:email': (data: { storeId: string; conversationId: string; messageId: string } & EmailDelivery) => void;
}

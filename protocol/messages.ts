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
  /** Images the shopper attached (ids of rows in `attachments`). */
  attachments?: AttachmentRef[];
  [key: string]: unknown;
}

/** An uploaded image; widget and inbox build its URL from the id (owner or agents only). */
export interface AttachmentRef {
  id: string;
  name: string;
  contentType: string;
  size: number;
  width?: number | null;
  height?: number | null;
}

/** One step of an order or parcel timeline. `label` is the localized wording when the sender has one. */
export interface TimelineStep {
  /** ISO 8601; tracking scans keep the offset of the place they happened. */
  at: string;
  status?: string;
  label?: string;
  location?: string | null;
}

/** `payload.kind === 'order'`: a compact order status card. */
export interface OrderCardPayload extends MessagePayload {
  kind: 'order';
  order: {
    name: string;
    /** Machine status: pending, paid, processing, partially_fulfilled, fulfilled, shipped, delivered, cancelled, refunded, returned. */
    status: string;
    statusLabel?: string;
    placedAt?: string;
    /** Already formatted for the shopper ("€89.00"). */
    total?: string;
    items?: Array<{ title: string; quantity: number; variant?: string | null }>;
    timeline?: TimelineStep[];
    tracking?: Array<{ carrier: string; number: string; url?: string | null }>;
  };
}

/** `payload.kind === 'tracking'`: a parcel with its latest scans (newest first or oldest first: the widget sorts). */
export interface TrackingCardPayload extends MessagePayload {
  kind: 'tracking';
  carrier: string;
  number: string;
  url?: string | null;
  /** One of commerce/tracking's statuses (in_transit, customs, out_for_delivery, delivered, …). */
  status: string;
  statusLabel?: string;
  /** YYYY-MM-DD at the destination. */
  expectedDelivery?: string | null;
  events?: Array<{ time: string; message: string; location?: string | null; status?: string }>;
}

/** `payload.kind === 'size'`: the size chart row behind a size answer. */
export interface SizeCardPayload extends MessagePayload {
  kind: 'size';
  size: string;
  chartTitle?: string;
  /** Body measurements of that row, already formatted ("88–92 cm"). */
  measurements: Array<{ label: string; value: string }>;
  /** Regional labels of the same size ({US: "8", UK: "12", EU: "40"}). */
  labels?: Record<string, string>;
  fitNote?: string | null;
}

export type CardPayload = OrderCardPayload | TrackingCardPayload | SizeCardPayload;

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

/**
 * Order actions a shopper (through the assistant or a widget button) or an agent can ask for, and the
 * outcome codes the assistant phrases in the shopper's language. Every refusal says why with the
 * facts needed to explain it, and offers a human.
 */

export type OrderActionKind = 'cancel' | 'change_address' | 'return' | 'exchange';
export type OrderActionStatus = 'requested' | 'approved' | 'rejected' | 'done';
export const ORDER_ACTION_KINDS: readonly OrderActionKind[] = ['cancel', 'change_address', 'return', 'exchange'];

export interface AddressInput {
  name?: string | null;
  address1: string;
  address2?: string | null;
  city: string;
  zip?: string | null;
  provinceCode?: string | null;
  countryCode: string;
  phone?: string | null;
}

export interface ReturnItemInput {
  /** The order's line-item id (as in OrderDetail.lineItems[].id). */
  lineItemId: string;
  quantity: number;
  /** Exchanges: the variant wanted instead (external variant id or SKU). */
  exchangeFor?: string | null;
}

/** Why a request cannot go ahead. Each carries the facts to explain it. */
export type RefusalCode =
  | 'not_verified'
  | 'self_service_disabled'
  | 'already_cancelled'
  | 'already_shipped'
  | 'already_processed'
  | 'outside_window'
  | 'invalid_address'
  | 'country_change'
  | 'order_cancelled'
  | 'not_delivered'
  | 'outside_return_window'
  | 'final_sale'
  | 'invalid_items'
  | 'already_returned'
  | 'exchange_unavailable';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** Always true: every refusal can be handed to a person. */
  offerHuman: true;
  /** Change window (cancel/address). */
  windowHours?: number;
  placedAt?: string;
  processedAt?: string;
  cancelledAt?: string;
  /** Return window. */
  windowDays?: number;
  deliveredAt?: string;
  /** When the window closed (same offset as the instant it is counted from). */
  deadline?: string;
  /** Items concerned (final sale, not delivered, already returned, unknown). */
  lineItemIds?: string[];
  items?: Array<{ lineItemId: string; title: string }>;
  fields?: string[];
  fromCountry?: string;
  toCountry?: string;
}

/** The policy facts of an accepted check, kept on the action for the agent reviewing it. */
export interface PolicyFacts {
  windowHours?: number;
  placedAt?: string;
  deadline?: string;
  windowDays?: number;
  deliveredAt?: string;
  returnShipping?: 'store_pays' | 'customer_pays';
}

export type PolicyVerdict = ({ ok: true } & PolicyFacts) | Refusal;

export type ActionOutcome =
  | ({
      ok: true;
      actionId: string;
      kind: OrderActionKind;
      /** done: carried out; requested: waiting for an agent's approval. */
      status: 'done' | 'requested';
      orderName: string;
      /** A request of this kind was already waiting for approval; nothing new was created. */
      alreadyRequested?: boolean;
      /** Return/exchange: the RMA id created. */
      returnId?: string;
    } & PolicyFacts)
  | (Refusal & { actionId?: string; kind: OrderActionKind });

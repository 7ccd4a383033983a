/**
 * The internal note every order action leaves on its conversation, so agents see what the assistant
 * did or asked for. English text for the timeline; the payload lets the inbox render it in any language.
 */
import type { Queryable } from '../../db/types.js';
import { insertMessage } from '../../conversations/messages-repository.js';
import type { Message } from '../../../../protocol/messages.js';
import type { OrderActionKind, OrderActionStatus, RefusalCode } from './types.js';

const WHAT: Record<OrderActionKind, string> = {
  cancel: 'cancellation',
  change_address: 'change of shipping address',
  return: 'return',
  exchange: 'exchange',
};

export interface ActionNoteInput {
  storeId: string;
  conversationId: string;
  actionId: string;
  kind: OrderActionKind;
  status: OrderActionStatus;
  orderName: string;
  requestedBy: 'shopper' | 'assistant' | 'agent';
  code?: RefusalCode;
  returnId?: string;
  decisionNote?: string | null;
  /** Set when an agent decided. */
  decidedBy?: string | null;
}

export function actionNoteText(n: ActionNoteInput): string {
  const what = `${WHAT[n.kind]} of order ${n.orderName}`;
  const who = n.requestedBy === 'agent' ? 'an agent' : 'the shopper';
  switch (n.status) {
    case 'requested':
      return `Order action: ${what} requested by ${who} — waiting for agent approval.`;
    case 'done':
      return `Order action: ${what} ${n.decidedBy ? 'approved and ' : ''}done${n.returnId ? ` (${n.returnId})` : ''}. Mirror it in the store platform if it is not connected.`;
    case 'approved':
      return `Order action: ${what} approved.`;
    case 'rejected':
      return n.code
        ? `Order action: ${what} asked by ${who} was refused by store policy (${n.code}); a human was offered.`
        : `Order action: ${what} rejected by an agent${n.decisionNote ? `: ${n.decisionNote}` : '.'}`;
  }
}

export async function postActionNote(q: Queryable, n: ActionNoteInput): Promise<Message> {
  const { message } = await insertMessage(q, {
    storeId: n.storeId,
    conversationId: n.conversationId,
    author: 'system',
    internal: true,
    text: actionNoteText(n),
    // One note per action and status, even when a request is retried.
    clientId: `order-action:${n.actionId}:${n.status}`,
    payload: { kind: 'order_action', actionId: n.actionId, action: n.kind, status: n.status, orderName: n.orderName, ...(n.code ? { code: n.code } : {}), ...(n.returnId ? { returnId: n.returnId } : {}) },
  });
  return message;
}

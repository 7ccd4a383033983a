/**
 * A shopper (through the assistant or a widget button) or an agent asks to cancel an order, change
 * its address, or return/exchange items. The store's policy decides; the store may require an
 * agent's approval per action kind. Every request — done, waiting or refused — is recorded in
 * order_actions and, when it comes from a conversation, as an internal note agents see there.
 */
import type { Db } from '../../db/types.js';
import type { ConversationRow } from '../../conversations/conversations-repository.js';
import type { Message } from '../../../../protocol/messages.js';
import { lockOrder } from '../../repositories/orders.js';
import { getStore } from '../../repositories/stores.js';
import { ParleyError } from '../../errors.js';
import { canSee } from '../access/verified-access.js';
import { postActionNote } from './action-notes.js';
import { applyOrderAction } from './apply-action.js';
import { evaluateAction, type ActionDetails } from './evaluate.js';
import { decideOrderAction, findPendingAction, insertOrderAction } from './order-actions-repository.js';
import { loadOrderFacts } from './order-facts.js';
import { orderActionPolicy } from './store-policy.js';
import type { ActionOutcome, OrderActionKind } from './types.js';

/** Who asks. Shoppers act only on orders their conversation has verified; agents on any order of their store. */
export type ActionActor =
  | { type: 'shopper' | 'assistant'; conversation: ConversationRow }
  | { type: 'agent'; agentId: string; conversation?: ConversationRow | null };

export interface OrderActionRequest extends ActionDetails {
  storeId: string;
  actor: ActionActor;
  /** Parley's order id (OrderSummary.id). */
  orderId: string;
  kind: OrderActionKind;
  now: Date;
}

export interface OrderActionResult {
  outcome: ActionOutcome;
  /** Internal notes written (publish them to the inbox after the call). */
  notes: Message[];
}

export async function requestOrderAction(db: Db, req: OrderActionRequest): Promise<OrderActionResult> {
  const { actor, kind } = req;
  const conversation = actor.conversation ?? null;
  if (conversation && conversation.store_id !== req.storeId) throw new ParleyError('FORBIDDEN');
  const details: ActionDetails = { address: req.address, items: req.items, reason: req.reason ?? null };

  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, req.storeId, req.orderId);
    // An unknown order and someone else's order get the same answer.
    if (!order || (actor.type !== 'agent' && !canSee(actor.conversation, order))) {
      return { outcome: { ok: false, code: 'not_verified', offerHuman: true, kind }, notes: [] };
    }
    const store = await getStore(tx, req.storeId);
    if (!store) throw new ParleyError('STORE_NOT_FOUND');
    const policy = orderActionPolicy(store);
    const orderFacts = await loadOrderFacts(tx, order);
    const verdict = await evaluateAction(tx, orderFacts, policy, { now: req.now, windowAt: req.now }, kind, details);

    const base = {
      storeId: req.storeId,
      orderPk: order.id,
      conversationId: conversation?.id ?? null,
      customerId: order.customer_id,
      kind,
      requestedBy: actor.type,
      requestedByAgent: actor.type === 'agent' ? actor.agentId : null,
      details: details as Record<string, unknown>,
      requestedAt: req.now,
    };
    const notes: Message[] = [];
    const note = async (n: Omit<Parameters<typeof postActionNote>[1], 'storeId' | 'conversationId' | 'kind' | 'orderName' | 'requestedBy'>) => {
      if (conversation) notes.push(await postActionNote(tx, { storeId: req.storeId, conversationId: conversation.id, kind, orderName: order.name, requestedBy: actor.type, ...n }));
    };

    if (!verdict.ok) {
      const row = await insertOrderAction(tx, { ...base, status: 'rejected', policy: { ...verdict }, decisionNote: verdict.code });
      await note({ actionId: row.id, status: 'rejected', code: verdict.code });
      return { outcome: { ...verdict, kind, actionId: row.id }, notes };
    }

    const { ok: _accepted, ...facts } = verdict; // the policy facts, kept for the reviewing agent
    const pending = await findPendingAction(tx, order.id, kind);
    if (pending) {
      return { outcome: { ok: true, actionId: pending.id, kind, status: 'requested', orderName: order.name, alreadyRequested: true, ...facts }, notes };
    }

    if (actor.type !== 'agent' && policy.requireApproval[kind]) {
      const row = await insertOrderAction(tx, { ...base, status: 'requested', policy: facts as Record<string, unknown> });
      await note({ actionId: row.id, status: 'requested' });
      return { outcome: { ok: true, actionId: row.id, kind, status: 'requested', orderName: order.name, ...facts }, notes };
    }

    const approved = await insertOrderAction(tx, { ...base, status: 'approved', policy: facts as Record<string, unknown> });
    const result = await applyOrderAction(tx, { actionId: approved.id, kind, details: base.details, order, now: req.now, timezone: store.timezone });
    const done = await decideOrderAction(tx, approved.id, { status: 'done', decidedBy: actor.type === 'agent' ? actor.agentId : null, note: null, result, decidedAt: req.now });
    const returnId = typeof result.returnId === 'string' ? result.returnId : undefined;
    await note({ actionId: done.id, status: 'done', ...(returnId ? { returnId } : {}) });
    return {
      outcome: { ok: true, actionId: done.id, kind, status: 'done', orderName: order.name, ...facts, ...(returnId ? { returnId } : {}) },
      notes,
    };
  });
}

/**
 * An agent approves or rejects an order action that waits for approval. Approval re-checks the
 * order as it is now (a parcel may have shipped meanwhile) with the window measured at the time of
 * the request, then carries the action out.
 */
import type { Db, Queryable } from '../../db/types.js';
import type { Message } from '../../../../protocol/messages.js';
import { ParleyError } from '../../errors.js';
import { lockOrder } from '../../repositories/orders.js';
import { getStore } from '../../repositories/stores.js';
import { postActionNote } from './action-notes.js';
import { applyOrderAction } from './apply-action.js';
import { evaluateAction, type ActionDetails } from './evaluate.js';
import { decideOrderAction, getOrderAction, type OrderActionRow } from './order-actions-repository.js';
import { loadOrderFacts } from './order-facts.js';
import { orderActionPolicy } from './store-policy.js';
import type { Refusal } from './types.js';

export interface DecisionInput {
  storeId: string;
  actionId: string;
  agentId: string;
  now: Date;
  note?: string | null;
}

export interface DecisionResult {
  action: OrderActionRow;
  /** Set when approval was refused because the order no longer qualifies. */
  refusal?: Refusal;
  notes: Message[];
}

async function pendingAction(tx: Queryable, input: DecisionInput): Promise<OrderActionRow> {
  const action = await getOrderAction(tx, input.storeId, input.actionId, { forUpdate: true });
  if (!action) throw new ParleyError('NOT_FOUND', 'Unknown order action');
  if (action.status !== 'requested') throw new ParleyError('CONFLICT', `This action is already ${action.status}`);
  return action;
}

export async function approveOrderAction(db: Db, input: DecisionInput): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const action = await pendingAction(tx, input);
    const order = await lockOrder(tx, input.storeId, action.order_pk);
    const store = await getStore(tx, input.storeId);
    if (!order || !store) throw new ParleyError('NOT_FOUND', 'The order of this action no longer exists');
    const policy = orderActionPolicy(store);
    const details = action.details as ActionDetails;
    const verdict = await evaluateAction(tx, await loadOrderFacts(tx, order), policy, { now: input.now, windowAt: action.requested_at }, action.kind, details);
    const notes: Message[] = [];
    const note = async (n: Omit<Parameters<typeof postActionNote>[1], 'storeId' | 'conversationId' | 'kind' | 'orderName' | 'requestedBy' | 'actionId'>) => {
      if (action.conversation_id) {
        notes.push(await postActionNote(tx, { storeId: input.storeId, conversationId: action.conversation_id, actionId: action.id, kind: action.kind, orderName: order.name, requestedBy: action.requested_by, decidedBy: input.agentId, ...n }));
      }
    };
    if (!verdict.ok) {
      const rejected = await decideOrderAction(tx, action.id, { status: 'rejected', decidedBy: input.agentId, note: verdict.code, decidedAt: input.now });
      await note({ status: 'rejected', code: verdict.code });
      return { action: rejected, refusal: verdict, notes };
    }
    await decideOrderAction(tx, action.id, { status: 'approved', decidedBy: input.agentId, note: input.note ?? null, decidedAt: input.now });
    const result = await applyOrderAction(tx, { actionId: action.id, kind: action.kind, details: action.details, order, now: input.now, timezone: store.timezone });
    const done = await decideOrderAction(tx, action.id, { status: 'done', decidedBy: input.agentId, note: input.note ?? null, result, decidedAt: input.now });
    await note({ status: 'done', ...(typeof result.returnId === 'string' ? { returnId: result.returnId } : {}) });
    return { action: done, notes };
  });
}

export async function rejectOrderAction(db: Db, input: DecisionInput): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const action = await pendingAction(tx, input);
    const rejected = await decideOrderAction(tx, action.id, { status: 'rejected', decidedBy: input.agentId, note: input.note ?? null, decidedAt: input.now });
    const notes: Message[] = [];
    if (action.conversation_id) {
      const { rows } = await tx.query<{ name: string }>('SELECT name FROM orders WHERE id = $1', [action.order_pk]);
      notes.push(
        await postActionNote(tx, {
          storeId: input.storeId,
          conversationId: action.conversation_id,
          actionId: action.id,
          kind: action.kind,
          status: 'rejected',
          orderName: rows[0]?.name ?? '',
          requestedBy: action.requested_by,
          decidedBy: input.agentId,
          decisionNote: input.note ?? null,
        }),
      );
    }
    return { action: rejected, notes };
  });
}

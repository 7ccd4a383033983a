/**
 * Compensation for an abnormal order: the suggestions an agent sees, and the decision the agent
 * records (approve or reject, with the amount and estimated cost), which also leaves a private note in
 * the conversation. A remedy outside the store's policy can be approved only with a note saying why,
 * and is marked as such for reporting.
 */
import type { Db } from '../../db/types.js';
import { ParleyError } from '../../errors.js';
import { getOrder, type OrderRow } from '../../repositories/orders.js';
import type { StoreRow } from '../../repositories/stores.js';
import { getConversation } from '../../conversations/conversations-repository.js';
import { insertMessage } from '../../conversations/messages-repository.js';
import type { RealtimeHub } from '../../conversations/realtime-hub.js';
import { insightsSettingsOf, PROBLEMS, REMEDIES, type Problem, type Remedy } from '../settings.js';
import { orderMoney } from './order-money.js';
import { fixed, remedyCost, defaultAmount, suggestRemedies, withinPolicy, type RemedySuggestion } from './suggest-remedies.js';

export interface CompensationDecision {
  id: string;
  orderId: string;
  conversationId: string | null;
  problem: Problem;
  remedy: Remedy;
  status: 'approved' | 'rejected';
  amount: string | null;
  currency: string;
  cost: string;
  withinPolicy: boolean;
  decidedBy: string | null;
  decidedByName: string | null;
  note: string | null;
  decidedAt: string;
}

export interface DecisionInput {
  store: StoreRow;
  orderId: string;
  problem: string;
  remedy: string;
  status: 'approved' | 'rejected';
  /** Money to the shopper; default: the policy's amount for the remedy. */
  amount?: number | null | undefined;
  conversationId?: string | null | undefined;
  note?: string | null | undefined;
  agent: { id: string; name: string };
  now: Date;
  hub?: RealtimeHub | undefined;
}

interface DecisionRow {
  id: string;
  order_pk: string;
  conversation_id: string | null;
  problem: Problem;
  remedy: Remedy;
  status: 'approved' | 'rejected';
  amount: string | null;
  currency: string;
  cost: string;
  within_policy: boolean;
  decided_by: string | null;
  decided_by_name: string | null;
  note: string | null;
  decided_at: Date;
}

const toDecision = (r: DecisionRow): CompensationDecision => ({
  id: r.id,
  orderId: r.order_pk,
  conversationId: r.conversation_id,
  problem: r.problem,
  remedy: r.remedy,
  status: r.status,
  amount: r.amount,
  currency: r.currency,
  cost: r.cost,
  withinPolicy: r.within_policy,
  decidedBy: r.decided_by,
  decidedByName: r.decided_by_name,
  note: r.note,
  decidedAt: new Date(r.decided_at).toISOString(),
});

const SELECT = `SELECT d.*, a.name AS decided_by_name FROM compensation_decisions d LEFT JOIN agents a ON a.id = d.decided_by`;

export async function listDecisions(db: Db, storeId: string, orderId: string): Promise<CompensationDecision[]> {
  const { rows } = await db.query<DecisionRow>(`${SELECT} WHERE d.store_id = $1 AND d.order_pk = $2 ORDER BY d.decided_at DESC`, [storeId, orderId]);
  return rows.map(toDecision);
}

export function isProblem(value: string): value is Problem {
  return (PROBLEMS as readonly string[]).includes(value);
}

export async function requireOrder(db: Db, storeId: string, orderId: string): Promise<OrderRow> {
  const order = await getOrder(db, storeId, orderId);
  if (!order) throw new ParleyError('NOT_FOUND', 'Unknown order');
  return order;
}

/** What the policy offers for each problem of this order. */
export function remedyOptions(store: StoreRow, order: OrderRow): Record<Problem, RemedySuggestion[]> {
  const policy = insightsSettingsOf(store).compensation;
  const money = orderMoney(store, order);
  return Object.fromEntries(PROBLEMS.map((p) => [p, suggestRemedies(p, money, policy)])) as Record<Problem, RemedySuggestion[]>;
}

export async function recordDecision(db: Db, input: DecisionInput): Promise<CompensationDecision> {
  const { store } = input;
  if (!isProblem(input.problem)) throw new ParleyError('VALIDATION', `problem must be one of ${PROBLEMS.join(', ')}`);
  if (!(REMEDIES as readonly string[]).includes(input.remedy)) throw new ParleyError('VALIDATION', `remedy must be one of ${REMEDIES.join(', ')}`);
  const problem = input.problem;
  const remedy = input.remedy as Remedy;
  const order = await requireOrder(db, store.id, input.orderId);
  const policy = insightsSettingsOf(store).compensation;
  const money = orderMoney(store, order);
  const amount = remedy === 'reship' ? null : input.amount ?? defaultAmount(remedy, money, policy);
  if (amount !== null && (!Number.isFinite(amount) || amount < 0 || amount > money.total + 1e-9)) {
    throw new ParleyError('VALIDATION', `amount must be between 0 and the order total (${money.total} ${money.currency})`);
  }
  const inPolicy = withinPolicy(problem, remedy, amount, money, policy);
  const note = input.note?.trim().slice(0, 1000) || null;
  if (input.status === 'approved' && !inPolicy && !note) {
    throw new ParleyError('UNPROCESSABLE', 'This remedy is outside the store policy: add a note explaining why it is approved');
  }
  let conversationId: string | null = null;
  if (input.conversationId) {
    const conversation = await getConversation(db, store.id, input.conversationId);
    if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
    conversationId = conversation.id;
  }
  const cost = input.status === 'approved' ? remedyCost(remedy, amount, money, policy) : 0;
  const round = (n: number) => fixed(n, money.decimals);
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO compensation_decisions (store_id, order_pk, conversation_id, problem, remedy, status, amount, currency, cost, within_policy, suggestions, decided_by, note, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      store.id, order.id, conversationId, problem, remedy, input.status, amount === null ? null : round(amount), money.currency, round(cost), inPolicy,
      JSON.stringify(suggestRemedies(problem, money, policy)), input.agent.id, note, input.now,
    ],
  );
  if (conversationId) {
    const verb = input.status === 'approved' ? 'approved' : 'turned down';
    const what = `${remedy.replace('_', ' ')}${amount !== null ? ` of ${round(amount)} ${money.currency}` : ''}`;
    const { message } = await insertMessage(db, {
      storeId: store.id,
      conversationId,
      author: 'system',
      internal: true,
      text: `${input.agent.name} ${verb} ${what} for ${order.name} (${problem.replace('_', ' ')}; estimated cost ${round(cost)} ${money.currency}${inPolicy ? '' : ', outside policy'})${note ? `: ${note}` : ''}`,
      payload: { kind: 'compensation', decisionId: rows[0]!.id, orderId: order.id, remedy, status: input.status },
    });
    input.hub?.messageCreated(store.id, message);
  }
  const saved = await db.query<DecisionRow>(`${SELECT} WHERE d.id = $1`, [rows[0]!.id]);
  return toDecision(saved.rows[0]!);
}

/**
 * What a conversation has proven about the shopper, read from `conversations.state`:
 * - `verifiedCustomerId`: set by identity/customer-link.ts from the store-signed identity — all their orders;
 * - `verifiedOrderIds`: orders a guest proved with order number + email or postcode — those only.
 * A guest's proof never widens to the customer's other orders: knowing one order's email is not
 * control of the mailbox.
 */
import type { Queryable } from '../../db/types.js';
import type { ConversationState } from '../../conversations/conversations-repository.js';

export interface VerifiedAccess {
  customerId: string | null;
  orderIds: readonly string[];
}

/** Guest grants kept per conversation; older ones drop off first. */
export const MAX_VERIFIED_ORDERS = 20;

export function accessFromState(state: ConversationState | null | undefined): VerifiedAccess {
  const customerId = typeof state?.verifiedCustomerId === 'string' && state.verifiedCustomerId ? state.verifiedCustomerId : null;
  const raw = state?.verifiedOrderIds;
  const orderIds = Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
  return { customerId, orderIds };
}

export const NO_ACCESS: VerifiedAccess = { customerId: null, orderIds: [] };

/** True when the shopper in this conversation may see this order. Stores never mix. */
export function canSee(
  conversation: { store_id: string; state: ConversationState | null | undefined },
  order: { id: string; store_id: string; customer_id: string | null },
): boolean {
  if (conversation.store_id !== order.store_id) return false;
  return canAccess(accessFromState(conversation.state), order);
}

export function canAccess(access: VerifiedAccess, order: { id: string; customer_id: string | null }): boolean {
  if (access.customerId !== null && order.customer_id === access.customerId) return true;
  return access.orderIds.includes(order.id);
}

/** Adds an order to the conversation's guest grants (idempotent, atomic against concurrent turns). */
export async function grantOrderAccess(q: Queryable, storeId: string, conversationId: string, orderId: string): Promise<void> {
  await q.query(
    `UPDATE conversations SET state = jsonb_set(state, '{verifiedOrderIds}',
       (SELECT coalesce(jsonb_agg(id ORDER BY pos), '[]'::jsonb) FROM (
          SELECT id, pos FROM jsonb_array_elements_text(coalesce(state->'verifiedOrderIds', '[]'::jsonb)) WITH ORDINALITY AS e(id, pos)
          WHERE id <> $3
          UNION ALL SELECT $3, 1000000
          ORDER BY pos DESC LIMIT $4) kept)),
       updated_at = now()
     WHERE store_id = $1 AND id = $2`,
    [storeId, conversationId, orderId, MAX_VERIFIED_ORDERS],
  );
}

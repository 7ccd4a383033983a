/**
 * Links a conversation to the customer row a verified identity names (by external id, else by
 * e-mail), so the assistant and the agents see who they are talking to.
 */
import type { Queryable } from '../db/types.js';
import { findCustomerByEmail, findCustomerByExternalId, type CustomerRow } from '../repositories/customers.js';
import { updateConversation, type ConversationRow } from '../conversations/conversations-repository.js';
import type { VerifiedIdentity } from './verify-identity.js';

export async function findIdentifiedCustomer(q: Queryable, storeId: string, identity: VerifiedIdentity): Promise<CustomerRow | undefined> {
  if (identity.externalId) {
    const byId = await findCustomerByExternalId(q, storeId, identity.externalId);
    if (byId) return byId;
  }
  return identity.email ? findCustomerByEmail(q, storeId, identity.email) : undefined;
}

/** True when the conversation already belongs to a different customer than this identity. */
export function belongsToAnotherCustomer(conversation: ConversationRow, customer: CustomerRow | undefined): boolean {
  return Boolean(conversation.customer_id && customer && conversation.customer_id !== customer.id);
}

/**
 * Records the verified identity on the conversation. A conversation of another customer is left
 * alone (the caller starts a new one instead).
 */
export async function linkConversation(
  q: Queryable,
  conversation: ConversationRow,
  identity: VerifiedIdentity,
  customer: CustomerRow | undefined,
): Promise<ConversationRow> {
  if (belongsToAnotherCustomer(conversation, customer)) return conversation;
  const state = {
    ...conversation.state,
    identityVerified: true,
    verifiedIdentity: { method: identity.method, externalId: identity.externalId ?? null, email: identity.email ?? null },
    ...(customer ? { verifiedCustomerId: customer.id } : {}),
  };
  const updated = await updateConversation(q, conversation.store_id, conversation.id, {
    customer_id: customer?.id ?? conversation.customer_id,
    contact_email: conversation.contact_email ?? identity.email ?? customer?.email ?? null,
    state,
  });
  return updated ?? conversation;
}

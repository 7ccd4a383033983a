/**
 * What the widget connection knows about who is chatting: a verified customer (and their row, when
 * the store imported it) or an anonymous visitor with the reason their identity was not trusted.
 */
import type { Queryable } from '../db/types.js';
import type { IdentityStatus, WidgetIdentity } from '../../../protocol/widget-events.js';
import type { ConversationRow } from '../conversations/conversations-repository.js';
import type { CustomerRow } from '../repositories/customers.js';
import { findIdentifiedCustomer } from './customer-link.js';
import { verifyIdentity, type VerifiedIdentity } from './verify-identity.js';

export interface VisitorIdentity {
  status: IdentityStatus;
  verified: VerifiedIdentity | null;
  customer: CustomerRow | null;
}

export const ANONYMOUS: VisitorIdentity = { status: { verified: false, reason: 'none' }, verified: null, customer: null };

export async function identifyVisitor(
  q: Queryable,
  store: { id: string; identity_secret: string },
  input: WidgetIdentity | undefined,
  now: Date,
): Promise<VisitorIdentity> {
  const verdict = verifyIdentity(input, store.identity_secret, now);
  if (!verdict.verified) return { status: { verified: false, reason: verdict.reason }, verified: null, customer: null };
  const customer = (await findIdentifiedCustomer(q, store.id, verdict.identity)) ?? null;
  const fullName = customer ? [customer.first_name, customer.last_name].filter(Boolean).join(' ') : '';
  return {
    status: { verified: true, name: verdict.identity.name ?? (fullName || null) },
    verified: verdict.identity,
    customer,
  };
}

/**
 * A conversation linked to a customer opens only for that verified customer: on a shared computer,
 * the next (signed-out or different) shopper must not read it, even with the token in storage.
 */
export function mayOpen(conversation: ConversationRow, visitor: VisitorIdentity): boolean {
  if (conversation.customer_id) return conversation.customer_id === visitor.customer?.id;
  const owner = conversation.state.verifiedIdentity as { externalId?: string | null; email?: string | null } | undefined;
  if (!owner) return true;
  const v = visitor.verified;
  if (!v) return false;
  if (owner.externalId) return owner.externalId === v.externalId;
  return Boolean(owner.email && v.email && owner.email.toLowerCase() === v.email.toLowerCase());
}

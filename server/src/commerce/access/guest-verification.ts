/**
 * Guest verification: a shopper who is not signed in proves an order with its number plus the email
 * or the shipping postcode on it. The answer is the same whether the order does not exist or the
 * details are wrong, so the check cannot be used to discover orders; attempts are limited per
 * conversation, per client IP and per order number (postcodes are short enough to guess otherwise).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../../db/types.js';
import { findOrdersByName, type OrderRow } from '../../repositories/orders.js';
import { hitLimits, type AttemptLimit } from './attempt-limiter.js';
import { normalizeEmail, normalizePostcode, orderNameCandidates } from './order-number.js';
import { grantOrderAccess } from './verified-access.js';

export interface GuestVerificationLimits {
  perConversation: { max: number; windowSeconds: number };
  perClient: { max: number; windowSeconds: number };
  perOrderNumber: { max: number; windowSeconds: number };
}

export const DEFAULT_GUEST_LIMITS: GuestVerificationLimits = {
  perConversation: { max: 5, windowSeconds: 15 * 60 },
  perClient: { max: 20, windowSeconds: 60 * 60 },
  perOrderNumber: { max: 10, windowSeconds: 60 * 60 },
};

export interface GuestVerificationInput {
  storeId: string;
  conversationId: string;
  orderNumber: string;
  email?: string | null;
  postcode?: string | null;
  /** The client's IP as the server saw it; null when unknown (then only the other limits apply). */
  clientIp: string | null;
  now: Date;
  limits?: GuestVerificationLimits;
}

export type GuestVerificationResult =
  | { ok: true; orderId: string; orderName: string }
  /** No such order, or the details do not match it: deliberately indistinguishable. */
  | { ok: false; code: 'not_verified' }
  /** The shopper gave an order number but neither an email nor a postcode. */
  | { ok: false; code: 'missing_details' }
  | { ok: false; code: 'rate_limited'; retryAfterSeconds: number };

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
const sameSecret = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

/** Emails and postcodes on the order that count as proof. */
function proofsOf(order: OrderRow): { emails: string[]; postcodes: string[] } {
  const d = order.data as Record<string, unknown>;
  const zip = (a: unknown) => (a && typeof a === 'object' ? (a as { zip?: unknown }).zip : undefined);
  const emails = [order.email, (d.customer as { email?: unknown } | null | undefined)?.email].filter((e): e is string => typeof e === 'string' && e !== '');
  const postcodes = [zip(d.shipping_address), zip(d.billing_address)].filter((z): z is string => typeof z === 'string' && z.trim() !== '');
  return { emails: emails.map(normalizeEmail), postcodes: postcodes.map(normalizePostcode) };
}

function matches(order: OrderRow, email: string | null, postcode: string | null): boolean {
  const proofs = proofsOf(order);
  // Compare every candidate (no early exit) so timing does not tell which part matched.
  let ok = false;
  if (email) for (const e of proofs.emails) ok = sameSecret(e, email) || ok;
  if (postcode && postcode.length >= 3) for (const p of proofs.postcodes) ok = sameSecret(p, postcode) || ok;
  return ok;
}

export async function verifyGuestOrder(q: Queryable, input: GuestVerificationInput): Promise<GuestVerificationResult> {
  const email = input.email?.trim() ? normalizeEmail(input.email) : null;
  const postcode = input.postcode?.trim() ? normalizePostcode(input.postcode) : null;
  const names = orderNameCandidates(input.orderNumber);
  if (!email && !postcode) return { ok: false, code: 'missing_details' };

  const limits = input.limits ?? DEFAULT_GUEST_LIMITS;
  const keys: AttemptLimit[] = [
    { key: `verify:conv:${input.conversationId}`, ...limits.perConversation },
    { key: `verify:order:${input.storeId}:${(names[1] ?? input.orderNumber).toLowerCase()}`, ...limits.perOrderNumber },
  ];
  if (input.clientIp) keys.push({ key: `verify:ip:${input.storeId}:${input.clientIp}`, ...limits.perClient });
  const verdict = await hitLimits(q, keys, input.now);
  if (!verdict.allowed) return { ok: false, code: 'rate_limited', retryAfterSeconds: verdict.retryAfterSeconds };

  const candidates = await findOrdersByName(q, input.storeId, names);
  // Always compare at least once, so a missing order costs the same as a wrong detail.
  const match = candidates.find((o) => matches(o, email, postcode));
  if (candidates.length === 0) sameSecret(email ?? postcode ?? '', 'no-order');
  if (!match) return { ok: false, code: 'not_verified' };

  await grantOrderAccess(q, input.storeId, input.conversationId, match.id);
  return { ok: true, orderId: match.id, orderName: match.name };
}

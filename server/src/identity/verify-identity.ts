/**
 * Decides whether the identity a page passed to the widget was signed by the store. Anything not
 * signed is treated as an anonymous visitor, with a reason the widget and the logs can show.
 */
import type { IdentityReason, WidgetIdentity } from '../../../protocol/widget-events.js';
import { verifyIdentityJwt } from './jwt.js';
import { identitySignature, sameHexDigest } from './signature.js';

/** The customer facts Parley may trust: only what the signature covers. */
export interface VerifiedIdentity {
  method: 'hmac' | 'jwt';
  externalId?: string;
  email?: string;
  /** Display name as the page gave it (shown, never used to look anything up). */
  name?: string;
}

export type IdentityVerdict = { verified: true; identity: VerifiedIdentity } | { verified: false; reason: IdentityReason };

const clip = (v: unknown, max: number): string | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) v = String(v);
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;
};

/**
 * With a signature, the signed value is the id when one is given, otherwise the e-mail; the other
 * field is then not trusted (a page could pair a real signature with someone else's e-mail).
 */
export function verifyIdentity(input: WidgetIdentity | undefined | null, secret: string, now: Date): IdentityVerdict {
  if (!input || typeof input !== 'object') return { verified: false, reason: 'none' };
  const name = clip(input.name, 120);
  const jwt = clip(input.jwt, 4096);
  if (jwt) {
    const result = verifyIdentityJwt(jwt, secret, now);
    if (!result.ok) return { verified: false, reason: result.reason };
    const { sub, email } = result.claims;
    const displayName = clip(result.claims.name, 120) ?? name;
    const identity: VerifiedIdentity = { method: 'jwt' };
    if (sub) identity.externalId = sub.slice(0, 128);
    if (email) identity.email = email.slice(0, 254);
    if (displayName) identity.name = displayName;
    return { verified: true, identity };
  }

  const externalId = clip(input.id, 128);
  const email = clip(input.email, 254);
  if (!externalId && !email) return { verified: false, reason: 'none' };
  const signature = clip(input.signature, 256);
  if (!signature) return { verified: false, reason: 'missing_signature' };
  const signed = externalId ?? email!;
  if (!sameHexDigest(identitySignature(signed, secret), signature)) return { verified: false, reason: 'bad_signature' };
  return { verified: true, identity: { method: 'hmac', ...(externalId ? { externalId } : { email }), ...(name ? { name } : {}) } };
}

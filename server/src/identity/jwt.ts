/**
 * HS256 JSON Web Tokens signed with the store's identity secret: the alternative to a bare signature
 * when the store wants the identity to expire. Only HS256 is accepted (never `none`), and `exp` is
 * required.
 */
import { createHmac } from 'node:crypto';
import type { IdentityReason } from '../../../protocol/widget-events.js';
import { sameHexDigest } from './signature.js';

/** Clock skew tolerated between the store's server and Parley. */
export const JWT_LEEWAY_SECONDS = 60;

export interface IdentityClaims {
  sub?: string;
  email?: string;
  name?: string;
  exp: number;
  nbf?: number;
  iat?: number;
}

export type JwtResult = { ok: true; claims: IdentityClaims } | { ok: false; reason: IdentityReason };

const b64urlJson = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** Verifies signature, algorithm and time claims of an HS256 JWT. */
export function verifyIdentityJwt(token: string, secret: string, now: Date): JwtResult {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return { ok: false, reason: 'malformed_token' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  let header: unknown;
  let payload: unknown;
  try {
    header = b64urlJson(headerPart);
    payload = b64urlJson(payloadPart);
  } catch {
    return { ok: false, reason: 'malformed_token' };
  }
  if (!isObject(header) || header.alg !== 'HS256' || !isObject(payload)) return { ok: false, reason: 'malformed_token' };

  const expected = createHmac('sha256', secret).update(`${headerPart}.${payloadPart}`).digest('hex');
  const given = Buffer.from(signaturePart, 'base64url').toString('hex');
  if (!sameHexDigest(expected, given)) return { ok: false, reason: 'bad_signature' };

  if (typeof payload.exp !== 'number') return { ok: false, reason: 'malformed_token' };
  const seconds = now.getTime() / 1000;
  if (payload.exp + JWT_LEEWAY_SECONDS < seconds) return { ok: false, reason: 'expired' };
  if (typeof payload.nbf === 'number' && payload.nbf - JWT_LEEWAY_SECONDS > seconds) return { ok: false, reason: 'not_yet_valid' };

  const claims: IdentityClaims = { exp: payload.exp };
  const sub = payload.sub ?? payload.id;
  if (typeof sub === 'string' || typeof sub === 'number') claims.sub = String(sub);
  if (typeof payload.email === 'string') claims.email = payload.email;
  if (typeof payload.name === 'string') claims.name = payload.name;
  if (!claims.sub && !claims.email) return { ok: false, reason: 'malformed_token' };
  return { ok: true, claims };
}

/** Signs identity claims; for tests and for stores running Node (see README.md). */
export function signIdentityJwt(claims: Record<string, unknown>, secret: string): string {
  const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

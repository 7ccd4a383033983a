/**
 * The store-signed identity: the store's server computes HMAC-SHA256 over the customer id (or the
 * e-mail when there is no id) with the store's identity secret, and prints it into the page. The
 * secret is used as given (its hex text, UTF-8), exactly as Shopify's `hmac_sha256` Liquid filter does.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Lowercase hex HMAC-SHA256 of `value` keyed with `secret`. */
export function identitySignature(value: string, secret: string): string {
  return createHmac('sha256', secret).update(value, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests (case-insensitive); false for anything malformed. */
export function sameHexDigest(a: string, b: string): boolean {
  if (!/^[0-9a-f]+$/i.test(a) || !/^[0-9a-f]+$/i.test(b) || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a.toLowerCase(), 'hex'), Buffer.from(b.toLowerCase(), 'hex'));
}

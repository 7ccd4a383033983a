/**
 * Shopify webhook signatures: `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw request
 * body with the app's secret. It must be computed over the exact bytes received, before parsing.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export function shopifySignature(rawBody: Buffer | string, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('base64');
}

export function verifyShopifySignature(rawBody: Buffer | string, header: string | undefined, secret: string): boolean {
  if (!header || !secret) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(header.trim(), 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A stable id for a delivery that carries none: the same bytes are the same delivery. */
export const bodyDigest = (rawBody: Buffer | string): string => `sha256:${createHash('sha256').update(rawBody).digest('hex')}`;

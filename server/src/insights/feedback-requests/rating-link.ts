/**
 * The link in a feedback e-mail: the request id and an HMAC of it with the store's webhook secret, so
 * only the recipient can rate, without an account and without anything stored for the link.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function ratingSignature(secret: string, requestId: string): string {
  return createHmac('sha256', secret).update(`feedback:${requestId}`).digest('hex').slice(0, 32);
}

export function verifyRatingSignature(secret: string, requestId: string, signature: string): boolean {
  const expected = Buffer.from(ratingSignature(secret, requestId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function ratingLink(baseUrl: string, secret: string, requestId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/feedback/${requestId}/${ratingSignature(secret, requestId)}`;
}

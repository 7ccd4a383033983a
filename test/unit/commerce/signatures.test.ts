import { describe, expect, it } from 'vitest';
import { bodyDigest, shopifySignature, verifyShopifySignature } from '../../../server/src/commerce/webhooks/signatures.js';

// Computed independently (Python hmac/hashlib/base64) for secret "hush".
const BODY = '{"id":820982911946154508,"topic":"orders/create"}';
const HMAC = 'ka6PXM9qsYOgc2yVLS9P7fXbFBg3K6c3/iyC1E9mS2Y=';

describe('Shopify webhook signatures', () => {
  it('matches an independently computed X-Shopify-Hmac-Sha256', () => {
    expect(shopifySignature(BODY, 'hush')).toBe(HMAC);
    expect(verifyShopifySignature(Buffer.from(BODY), HMAC, 'hush')).toBe(true);
    expect(verifyShopifySignature(Buffer.from(BODY), ` ${HMAC}\n`, 'hush')).toBe(true);
  });

  it('rejects a tampered body, a wrong secret, a missing or malformed header', () => {
    expect(verifyShopifySignature(Buffer.from(BODY.replace('create', 'update')), HMAC, 'hush')).toBe(false);
    expect(verifyShopifySignature(Buffer.from(`${BODY} `), HMAC, 'hush')).toBe(false);
    expect(verifyShopifySignature(Buffer.from(BODY), HMAC, 'hush2')).toBe(false);
    expect(verifyShopifySignature(Buffer.from(BODY), undefined, 'hush')).toBe(false);
    expect(verifyShopifySignature(Buffer.from(BODY), 'abc', 'hush')).toBe(false);
    expect(verifyShopifySignature(Buffer.from(BODY), HMAC, '')).toBe(false);
  });

  it('derives a stable delivery id from the bytes when none is sent', () => {
    expect(bodyDigest(BODY)).toBe(bodyDigest(Buffer.from(BODY)));
    expect(bodyDigest(BODY)).not.toBe(bodyDigest(`${BODY} `));
  });
});

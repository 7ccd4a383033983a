import { describe, expect, it } from 'vitest';
import { identitySignature, sameHexDigest } from '../../../server/src/identity/signature.js';
import { signIdentityJwt, verifyIdentityJwt } from '../../../server/src/identity/jwt.js';
import { verifyIdentity } from '../../../server/src/identity/verify-identity.js';

const SECRET = 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778';
const NOW = new Date('2026-11-20T10:00:00Z');
const seconds = NOW.getTime() / 1000;

describe('store-signed identity', () => {
  it('signs like Shopify Liquid `hmac_sha256` and Node createHmac (hex of HMAC-SHA256, secret as text)', () => {
    // Reference value computed independently: echo -n 501 | openssl dgst -sha256 -hmac "$SECRET"
    expect(identitySignature('501', SECRET)).toBe('3791de889e86ad9d59f8ebe457ad9dca1b744c9bf9cec0484a63d7af6f372b6c');
    expect(identitySignature('501', SECRET)).not.toBe(identitySignature('502', SECRET));
    expect(sameHexDigest('ABCD', 'abcd')).toBe(true);
    expect(sameHexDigest('abcd', 'abce')).toBe(false);
    expect(sameHexDigest('abcd', 'abc')).toBe(false);
    expect(sameHexDigest('zz', 'zz')).toBe(false);
  });

  it('trusts the signed id, or the signed e-mail when there is no id', () => {
    expect(verifyIdentity({ id: '501', email: 'x@example.com', name: 'Ana', signature: identitySignature('501', SECRET) }, SECRET, NOW))
      .toEqual({ verified: true, identity: { method: 'hmac', externalId: '501', name: 'Ana' } }); // the unsigned e-mail is dropped
    expect(verifyIdentity({ email: 'ana@example.com', signature: identitySignature('ana@example.com', SECRET) }, SECRET, NOW))
      .toEqual({ verified: true, identity: { method: 'hmac', email: 'ana@example.com' } });
    expect(verifyIdentity({ id: 501 as unknown as string, signature: identitySignature('501', SECRET) }, SECRET, NOW).verified).toBe(true);
  });

  it('says why an identity is not trusted', () => {
    expect(verifyIdentity(undefined, SECRET, NOW)).toEqual({ verified: false, reason: 'none' });
    expect(verifyIdentity({ name: 'Only a name' }, SECRET, NOW)).toEqual({ verified: false, reason: 'none' });
    expect(verifyIdentity({ id: '501' }, SECRET, NOW)).toEqual({ verified: false, reason: 'missing_signature' });
    expect(verifyIdentity({ id: '501', signature: identitySignature('501', 'other-secret') }, SECRET, NOW)).toEqual({ verified: false, reason: 'bad_signature' });
    expect(verifyIdentity({ id: '502', signature: identitySignature('501', SECRET) }, SECRET, NOW)).toEqual({ verified: false, reason: 'bad_signature' });
    expect(verifyIdentity({ email: 'ana@example.com', signature: 'not-hex' }, SECRET, NOW)).toEqual({ verified: false, reason: 'bad_signature' });
  });
});

describe('HS256 identity JWT', () => {
  it('verifies signature and expiry, with a minute of clock skew', () => {
    const token = signIdentityJwt({ sub: '501', email: 'ana@example.com', name: 'Ana', exp: seconds + 600 }, SECRET);
    expect(verifyIdentityJwt(token, SECRET, NOW)).toEqual({ ok: true, claims: { sub: '501', email: 'ana@example.com', name: 'Ana', exp: seconds + 600 } });
    expect(verifyIdentityJwt(signIdentityJwt({ sub: '501', exp: seconds - 30 }, SECRET), SECRET, NOW).ok).toBe(true);
    expect(verifyIdentityJwt(signIdentityJwt({ sub: '501', exp: seconds - 120 }, SECRET), SECRET, NOW)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyIdentityJwt(signIdentityJwt({ sub: '501', exp: seconds + 600, nbf: seconds + 300 }, SECRET), SECRET, NOW)).toEqual({ ok: false, reason: 'not_yet_valid' });
  });

  it('refuses tampered, unsigned, wrongly signed and shapeless tokens', () => {
    const token = signIdentityJwt({ sub: '501', exp: seconds + 600 }, SECRET);
    const [head, , signature] = token.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ sub: '502', exp: seconds + 600 })).toString('base64url');
    expect(verifyIdentityJwt(`${head}.${forgedBody}.${signature}`, SECRET, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${forgedBody}.`;
    expect(verifyIdentityJwt(none, SECRET, NOW)).toEqual({ ok: false, reason: 'malformed_token' });
    expect(verifyIdentityJwt(signIdentityJwt({ sub: '501', exp: seconds + 600 }, 'other'), SECRET, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyIdentityJwt(signIdentityJwt({ sub: '501' }, SECRET), SECRET, NOW)).toEqual({ ok: false, reason: 'malformed_token' }); // no exp
    expect(verifyIdentityJwt(signIdentityJwt({ name: 'nobody', exp: seconds + 60 }, SECRET), SECRET, NOW)).toEqual({ ok: false, reason: 'malformed_token' });
    expect(verifyIdentityJwt('a.b', SECRET, NOW)).toEqual({ ok: false, reason: 'malformed_token' });
    expect(verifyIdentity({ jwt: 'x.y.z' }, SECRET, NOW)).toEqual({ verified: false, reason: 'malformed_token' });
  });
});

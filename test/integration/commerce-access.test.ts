/**
 * Shopper access to orders: guest verification (order number + email or postcode) with constant
 * answers and attempt limits, and signed-in shoppers through the store-signed identity. A shopper
 * only ever sees their own orders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, MINI_STORE, type TestApp } from '../helpers/app.js';
import { verifyGuestOrder, type GuestVerificationLimits } from '../../server/src/commerce/access/guest-verification.js';
import { accessFromState, canSee } from '../../server/src/commerce/access/verified-access.js';
import { getShopperOrder, listShopperOrders } from '../../server/src/commerce/query.js';
import { pushOrder } from '../../server/src/commerce/orders/push-order.js';
import { getConversation, type ConversationRow } from '../../server/src/conversations/conversations-repository.js';
import { getOrder } from '../../server/src/repositories/orders.js';
import { getStore } from '../../server/src/repositories/stores.js';
import { signIdentityJwt } from '../../server/src/identity/jwt.js';
import { verifyIdentity } from '../../server/src/identity/verify-identity.js';
import { findIdentifiedCustomer, linkConversation } from '../../server/src/identity/customer-link.js';

const STORE = 'mini-store';
const NOW = new Date('2026-11-20T10:00:00Z');

describe('shopper access to orders', () => {
  let t: TestApp;
  let tiktokOrderId: string;
  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE });
    const pushed = await pushOrder(t.app.db, STORE, {
      id: '577991959845193775',
      channel: 'tiktok',
      marketplace: 'tiktok-shop-uk',
      placed_at: '2026-11-18T12:00:00+00:00',
      currency: 'GBP',
      total: '52.00',
      email: 'tts.relay123@example.net',
      shipping_address: { name: 'Olly B', address1: '3 Oak Rd', city: 'Manchester', zip: 'M14 5TQ', country_code: 'GB' },
      line_items: [{ id: 'A', title: 'Linen Shirt', quantity: 1, price: '52.00' }],
    });
    tiktokOrderId = pushed.orderId;
  });
  afterAll(() => t.close());

  const newConversation = async (): Promise<ConversationRow> => (await t.app.conversations.start({ storeId: STORE })).conversation;
  const reload = async (c: ConversationRow) => (await getConversation(t.app.db, STORE, c.id))!;
  const verify = (c: ConversationRow, input: { orderNumber: string; email?: string; postcode?: string; clientIp?: string; limits?: GuestVerificationLimits }) =>
    verifyGuestOrder(t.app.db, { storeId: STORE, conversationId: c.id, clientIp: input.clientIp ?? '203.0.113.7', now: NOW, ...input });

  it('verifies a guest with order number and email, and grants that order only', async () => {
    const c = await newConversation();
    const result = await verify(c, { orderNumber: 'm1001', email: ' ANA@example.com ' });
    expect(result).toMatchObject({ ok: true, orderName: '#M1001' });
    const state = (await reload(c)).state;
    expect(state.verifiedOrderIds).toEqual([result.ok ? result.orderId : '']);
    expect(state.verifiedCustomerId).toBeUndefined();
    const access = accessFromState(state);
    expect((await getShopperOrder(t.app.db, { storeId: STORE, access, now: NOW, orderNumber: '#M1001' })).ok).toBe(true);
    // The same customer's other orders stay hidden from a guest proof.
    expect((await listShopperOrders(t.app.db, { storeId: STORE, access })).map((o) => o.name)).toEqual(['#M1001']);
    expect(await getShopperOrder(t.app.db, { storeId: STORE, access, now: NOW, orderNumber: '#M1002' })).toEqual({ ok: false, code: 'not_verified' });
  });

  it('verifies with the shipping postcode, written any way (marketplace relay emails)', async () => {
    const c = await newConversation();
    expect(await verify(c, { orderNumber: '577991959845193775', postcode: 'm145tq' })).toMatchObject({ ok: true, orderId: tiktokOrderId });
    const order = await getOrder(t.app.db, STORE, tiktokOrderId);
    expect(canSee(await reload(c), order!)).toBe(true);
  });

  it('answers a wrong email and an unknown order identically', async () => {
    const c = await newConversation();
    const wrongEmail = await verify(c, { orderNumber: '#M1001', email: 'tom@example.org' });
    const noSuchOrder = await verify(c, { orderNumber: '#M9999', email: 'ana@example.com' });
    const wrongPostcode = await verify(c, { orderNumber: '577991959845193775', postcode: 'M14 5TX' });
    expect(wrongEmail).toEqual({ ok: false, code: 'not_verified' });
    expect(noSuchOrder).toEqual(wrongEmail);
    expect(wrongPostcode).toEqual(wrongEmail);
    expect((await reload(c)).state.verifiedOrderIds).toBeUndefined();
    expect(await verify(c, { orderNumber: '#M1001' })).toEqual({ ok: false, code: 'missing_details' });
  });

  it('stops guessing per conversation, even with the right details afterwards', async () => {
    const c = await newConversation();
    for (let i = 0; i < 5; i++) expect((await verify(c, { orderNumber: `#M10${i}0`, email: 'ana@example.com', clientIp: `198.51.100.${i}` })).ok).toBe(false);
    const blocked = await verify(c, { orderNumber: '#M1001', email: 'ana@example.com', clientIp: '198.51.100.99' });
    expect(blocked).toMatchObject({ ok: false, code: 'rate_limited' });
    expect(blocked.ok === false && blocked.code === 'rate_limited' && blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.ok === false && blocked.code === 'rate_limited' && blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it('stops one client guessing across many conversations, and many clients guessing one order', async () => {
    const limits: GuestVerificationLimits = {
      perConversation: { max: 5, windowSeconds: 900 },
      perClient: { max: 3, windowSeconds: 3600 },
      perOrderNumber: { max: 4, windowSeconds: 3600 },
    };
    for (let i = 0; i < 3; i++) await verify(await newConversation(), { orderNumber: '#M1002', email: `guess${i}@example.org`, clientIp: '192.0.2.50', limits });
    expect(await verify(await newConversation(), { orderNumber: '#M1002', email: 'tom@example.org', clientIp: '192.0.2.50', limits })).toMatchObject({ code: 'rate_limited' });
    // A different client is still welcome for a different order…
    expect(await verify(await newConversation(), { orderNumber: '#M1001', email: 'ana@example.com', clientIp: '192.0.2.51', limits })).toMatchObject({ ok: true });
    // …but the order number itself has had its share of attempts.
    expect(await verify(await newConversation(), { orderNumber: '#M1002', email: 'tom@example.org', clientIp: '192.0.2.52', limits })).toMatchObject({ code: 'rate_limited' });
  });

  describe('signed-in shoppers (store-signed identity)', () => {
    const signIn = async (jwt: string) => {
      const store = (await getStore(t.app.db, STORE))!;
      const c = await newConversation();
      const verdict = verifyIdentity({ jwt }, store.identity_secret, NOW);
      if (verdict.verified) await linkConversation(t.app.db, c, verdict.identity, await findIdentifiedCustomer(t.app.db, STORE, verdict.identity));
      return { verdict, access: accessFromState((await reload(c)).state) };
    };
    const exp = Math.floor(NOW.getTime() / 1000) + 3600;

    it('see all of their own orders and nobody else’s', async () => {
      const store = (await getStore(t.app.db, STORE))!;
      const { verdict, access } = await signIn(signIdentityJwt({ sub: '502', exp }, store.identity_secret));
      expect(verdict.verified).toBe(true);
      expect((await listShopperOrders(t.app.db, { storeId: STORE, access })).map((o) => o.name)).toEqual(['#M1002']);
      expect(await getShopperOrder(t.app.db, { storeId: STORE, access, now: NOW, orderNumber: '#M1001' })).toEqual({ ok: false, code: 'not_verified' });
      expect(await getShopperOrder(t.app.db, { storeId: STORE, access, now: NOW, orderNumber: '#M1002' })).toMatchObject({ ok: true });
    });

    it('get nothing from an expired or forged identity', async () => {
      const store = (await getStore(t.app.db, STORE))!;
      const expired = await signIn(signIdentityJwt({ sub: '502', exp: Math.floor(NOW.getTime() / 1000) - 3600 }, store.identity_secret));
      expect(expired.verdict).toEqual({ verified: false, reason: 'expired' });
      expect(expired.access).toEqual({ customerId: null, orderIds: [] });
      const forged = await signIn(signIdentityJwt({ sub: '502', exp }, 'not-the-store-secret'));
      expect(forged.verdict).toEqual({ verified: false, reason: 'bad_signature' });
      expect(await listShopperOrders(t.app.db, { storeId: STORE, access: forged.access })).toEqual([]);
    });
  });
});

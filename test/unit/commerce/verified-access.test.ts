import { describe, expect, it } from 'vitest';
import { accessFromState, canAccess, canSee } from '../../../server/src/commerce/access/verified-access.js';

const order = { id: 'order-1', store_id: 'shop-a', customer_id: 'cust-1' };

describe('who may see an order', () => {
  it('a signed-in customer sees their own orders, not anyone else’s', () => {
    expect(canSee({ store_id: 'shop-a', state: { verifiedCustomerId: 'cust-1' } }, order)).toBe(true);
    expect(canSee({ store_id: 'shop-a', state: { verifiedCustomerId: 'cust-2' } }, order)).toBe(false);
  });

  it('a guest sees exactly the orders they proved', () => {
    expect(canSee({ store_id: 'shop-a', state: { verifiedOrderIds: ['order-1'] } }, order)).toBe(true);
    expect(canSee({ store_id: 'shop-a', state: { verifiedOrderIds: ['order-2'] } }, order)).toBe(false);
    expect(canSee({ store_id: 'shop-a', state: {} }, order)).toBe(false);
  });

  it('never across stores, and never from a conversation that merely names a customer', () => {
    expect(canSee({ store_id: 'shop-b', state: { verifiedCustomerId: 'cust-1', verifiedOrderIds: ['order-1'] } }, order)).toBe(false);
    // An unverified customer id elsewhere in the state (e.g. from a typed email) grants nothing.
    expect(canSee({ store_id: 'shop-a', state: { customerId: 'cust-1', orderName: '#1019' } }, order)).toBe(false);
    // A guest order without a customer is not visible to a "customer" with a null id.
    expect(canAccess({ customerId: null, orderIds: [] }, { id: 'x', customer_id: null })).toBe(false);
  });

  it('ignores malformed state values', () => {
    expect(accessFromState({ verifiedCustomerId: '', verifiedOrderIds: 'order-1' as unknown as string[] })).toEqual({ customerId: null, orderIds: [] });
    expect(accessFromState(null)).toEqual({ customerId: null, orderIds: [] });
  });
});

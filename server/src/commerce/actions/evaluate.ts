/** Runs the policy check that fits an action kind, loading what exchanges need to know about stock. */
import type { Queryable } from '../../db/types.js';
import { canShip, loadExchangeVariants } from './order-facts.js';
import { checkAddressChange, checkChangeWindow, checkReturn, type CheckTimes, type OrderFacts } from './policy-checks.js';
import type { OrderActionPolicy } from './store-policy.js';
import type { AddressInput, OrderActionKind, PolicyVerdict, ReturnItemInput } from './types.js';

export interface ActionDetails {
  address?: AddressInput;
  items?: ReturnItemInput[];
  reason?: string | null;
}

export async function evaluateAction(
  q: Queryable,
  facts: OrderFacts,
  policy: OrderActionPolicy,
  times: CheckTimes,
  kind: OrderActionKind,
  details: ActionDetails,
): Promise<PolicyVerdict> {
  switch (kind) {
    case 'cancel':
      return checkChangeWindow(facts, policy, times);
    case 'change_address':
      if (!details.address) return { ok: false, code: 'invalid_address', offerHuman: true, fields: ['address1', 'city', 'countryCode'] };
      return checkAddressChange(facts, policy, times, details.address);
    case 'return':
    case 'exchange': {
      const items = details.items ?? [];
      const exchangeAvailable = new Map<string, boolean>();
      if (kind === 'exchange') {
        for (const [key, variant] of await loadExchangeVariants(q, facts.order.store_id, items)) exchangeAvailable.set(key, canShip(variant));
      }
      return checkReturn(facts, policy, times, { kind, items, exchangeAvailable });
    }
  }
}

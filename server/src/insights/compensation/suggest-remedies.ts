/**
 * Remedies within the store's policy for an order problem, with what each gives the shopper and what
 * it is estimated to cost the store, cheapest marked as recommended. Pure: the caller supplies the
 * order's money and the policy. Cost model (documented in docs/insights.md):
 *   reship          goods × cost-of-goods ratio + shipping again
 *   refund          the order total
 *   partial_refund  the amount refunded (default: partialRefundPercent of the total)
 *   coupon          coupon value (couponPercent of the merchandise) × expected redemption rate
 */
import type { InsightsSettings, Problem, Remedy } from '../settings.js';

export interface OrderMoney {
  currency: string;
  /** Decimals of the currency (JPY 0, EUR 2). */
  decimals: number;
  total: number;
  /** Merchandise after discounts. */
  subtotal: number;
  /** What shipping it again would cost the store. */
  reshipShipping: number;
}

export interface RemedySuggestion {
  remedy: Remedy;
  /** Money to the shopper (refund or coupon value), as a decimal string; null for a reship. */
  amount: string | null;
  currency: string;
  estimatedCost: string;
  recommended: boolean;
}

type Policy = InsightsSettings['compensation'];

/** Half-up to the currency's decimals (the epsilon keeps 2.065 from becoming 2.06 in binary floating point). */
export const fixed = (n: number, decimals: number): string => (Math.round((n + Number.EPSILON * Math.max(1, Math.abs(n))) * 10 ** decimals) / 10 ** decimals).toFixed(decimals);

/** The amount a remedy gives the shopper when the agent does not choose one. */
export function defaultAmount(remedy: Remedy, money: OrderMoney, policy: Policy): number | null {
  switch (remedy) {
    case 'reship':
      return null;
    case 'refund':
      return money.total;
    case 'partial_refund':
      return (money.total * policy.partialRefundPercent) / 100;
    case 'coupon':
      return (money.subtotal * policy.couponPercent) / 100;
  }
}

/** Estimated cost to the store of giving `amount` (or reshipping). */
export function remedyCost(remedy: Remedy, amount: number | null, money: OrderMoney, policy: Policy): number {
  switch (remedy) {
    case 'reship':
      return money.subtotal * policy.costOfGoodsRatio + money.reshipShipping;
    case 'coupon':
      return (amount ?? 0) * policy.couponRedemptionRate;
    default:
      return amount ?? 0;
  }
}

/** Is this remedy (and amount) inside the store's policy for the problem? */
export function withinPolicy(problem: Problem, remedy: Remedy, amount: number | null, money: OrderMoney, policy: Policy): boolean {
  if (!policy.remedies[problem].includes(remedy)) return false;
  if (remedy === 'partial_refund') return amount !== null && amount <= (money.total * policy.maxPartialRefundPercent) / 100 + 1e-9;
  if (remedy === 'refund') return amount !== null && amount <= money.total + 1e-9;
  if (remedy === 'coupon') return amount !== null && amount <= (money.subtotal * policy.couponPercent) / 100 + 1e-9;
  return true;
}

export function suggestRemedies(problem: Problem, money: OrderMoney, policy: Policy): RemedySuggestion[] {
  const options = policy.remedies[problem].map((remedy) => {
    const amount = defaultAmount(remedy, money, policy);
    return { remedy, amount, cost: remedyCost(remedy, amount, money, policy) };
  });
  const cheapest = Math.min(...options.map((o) => o.cost));
  return options.map((o) => ({
    remedy: o.remedy,
    amount: o.amount === null ? null : fixed(o.amount, money.decimals),
    currency: money.currency,
    estimatedCost: fixed(o.cost, money.decimals),
    recommended: o.cost === cheapest,
  }));
}

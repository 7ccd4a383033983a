/**
 * The store's return rules applied to one order: until when it can be returned (with a holiday
 * extension if the store has one), and who pays the way back (a free label from the order's market or
 * warehouse, or the shopper pays postage to the warehouse it goes back to).
 */
import { localDate } from '../../time/business-days.js';
import { warehouseInfo } from './warehouse.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export interface OrderForReturn {
  market: string | null;
  warehouse: string | null;
  channel: string;
}

/** The last day to return, extended for holiday deliveries when the store's policy says so. */
export function returnDeadline(deliveredAt: number, windowDays: number, policies: Json, timeZone: string): Date {
  let deadline = new Date(deliveredAt + windowDays * 86_400_000);
  const ext = obj(obj(policies.returns).holiday_extension);
  const delivered = localDate(new Date(deliveredAt), timeZone);
  if (typeof ext.delivered_from === 'string' && typeof ext.delivered_to === 'string' && typeof ext.return_by === 'string'
    && delivered >= ext.delivered_from && delivered <= ext.delivered_to) {
    const until = new Date(`${ext.return_by}T23:59:59Z`);
    if (until > deadline) deadline = until;
  }
  return deadline;
}

export type ReturnShipping = { free: true; carrier: string | null } | { free: false; city: string | null };

export function returnShipping(order: OrderForReturn, profile: Json): ReturnShipping | undefined {
  const returns = obj(obj(profile.policies).returns);
  const market = order.market ?? '';
  const euMarket = ['DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'AT', 'BE'].includes(market) ? 'EU' : market;
  const freeMarkets = strings(returns.free_return_label_markets);
  const paidMarkets = strings(returns.customer_paid_return_markets);
  const freeWarehouses = strings(returns.free_return_label_from_warehouses);
  const addresses = obj(returns.return_addresses);
  const carriers = obj(returns.return_label_carriers);
  const goesTo = (typeof addresses[market] === 'string' ? addresses[market] : typeof addresses[euMarket] === 'string' ? addresses[euMarket] : addresses[order.warehouse ?? '']) as string | undefined;
  if (freeMarkets.includes(market) || (order.warehouse && freeWarehouses.includes(order.warehouse))) {
    return { free: true, carrier: typeof carriers[market] === 'string' ? (carriers[market] as string) : null };
  }
  if (paidMarkets.includes(market) || freeWarehouses.length > 0 || freeMarkets.length > 0) {
    return { free: false, city: warehouseInfo(profile, goesTo ?? order.warehouse)?.city ?? null };
  }
  return undefined;
}

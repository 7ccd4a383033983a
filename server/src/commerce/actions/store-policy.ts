/**
 * The store's order-action rules, read from its profile (`policies`, as imported from store.json)
 * and its settings (`orderActions`, changed by admins):
 *
 *   policies.order_change_window_hours      cancel / change address within N hours of placing, if not processed (0 = never by self-service)
 *   policies.returns.window_days            return / exchange within N days …
 *   policies.returns.window_starts          … of "delivery" (default) or "order"
 *   policies.returns.final_sale_tags        product tags that make an item final sale (default final-sale, clearance)
 *   policies.returns.free_return_label_from_warehouses   warehouses whose returns the store pays for
 *   settings.orderActions.requireApproval   true, or { cancel, change_address, return, exchange } booleans
 */
import { DEFAULT_FINAL_SALE_TAGS } from '../catalog/final-sale.js';
import type { OrderActionKind } from './types.js';

export interface OrderActionPolicy {
  changeWindowHours: number;
  returnWindowDays: number;
  returnWindowStarts: 'delivery' | 'order';
  finalSaleTags: string[];
  freeReturnLabelWarehouses: string[];
  requireApproval: Record<OrderActionKind, boolean>;
  timezone: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined);

export const DEFAULT_CHANGE_WINDOW_HOURS = 2;
export const DEFAULT_RETURN_WINDOW_DAYS = 30;

export function orderActionPolicy(store: { timezone: string; profile: Json; settings: Json }): OrderActionPolicy {
  const policies = obj(store.profile.policies);
  const returns = obj(policies.returns);
  const approval = obj(store.settings.orderActions).requireApproval;
  const needs = (kind: OrderActionKind): boolean => approval === true || obj(approval)[kind] === true;
  return {
    changeWindowHours: num(policies.order_change_window_hours, DEFAULT_CHANGE_WINDOW_HOURS),
    returnWindowDays: num(returns.window_days, DEFAULT_RETURN_WINDOW_DAYS),
    returnWindowStarts: returns.window_starts === 'order' ? 'order' : 'delivery',
    finalSaleTags: strings(returns.final_sale_tags) ?? DEFAULT_FINAL_SALE_TAGS,
    freeReturnLabelWarehouses: strings(returns.free_return_label_from_warehouses) ?? [],
    requireApproval: { cancel: needs('cancel'), change_address: needs('change_address'), return: needs('return'), exchange: needs('exchange') },
    timezone: store.timezone,
  };
}

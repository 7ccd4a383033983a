/** The figures of an order the compensation policy works with. */
import { currencyDecimals } from '../../commerce/orders/money.js';
import type { OrderRow } from '../../repositories/orders.js';
import type { StoreRow } from '../../repositories/stores.js';
import type { OrderMoney } from './suggest-remedies.js';

type Json = Record<string, unknown>;
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/** The store's standard shipping rate for the order's price list (store.json policies), if it states one. */
function standardRate(store: StoreRow, order: OrderRow): number | null {
  const policies = (store.profile.policies ?? {}) as Json;
  const rates = (policies.standard_shipping_rate_below_threshold ?? {}) as Json;
  const priceLists = (store.profile.price_lists ?? {}) as Json;
  const markets = Array.isArray(store.profile.markets) ? (store.profile.markets as Json[]) : [];
  const priceList = markets.find((m) => m.code === order.market)?.price_list;
  if (typeof priceList === 'string' && rates[priceList] !== undefined) return num(rates[priceList]);
  const byCurrency = Object.entries(priceLists).find(([, currency]) => currency === order.currency)?.[0];
  return byCurrency ? num(rates[byCurrency]) : null;
}

export function orderMoney(store: StoreRow, order: OrderRow): OrderMoney {
  const data = order.data as Json;
  const total = num(order.total_price) ?? num(data.total_price) ?? 0;
  const subtotal = num(data.subtotal_price) ?? num(data.total_line_items_price) ?? total;
  const shippingLines = Array.isArray(data.shipping_lines) ? (data.shipping_lines as Json[]) : [];
  const shippingPaid = shippingLines.reduce((sum, line) => sum + (num(line.price) ?? 0), 0);
  return {
    currency: order.currency,
    decimals: currencyDecimals(order.currency) ?? 2,
    total,
    subtotal,
    reshipShipping: shippingPaid > 0 ? shippingPaid : standardRate(store, order) ?? 0,
  };
}

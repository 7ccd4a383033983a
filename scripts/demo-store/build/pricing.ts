/**
 * Money of an order, following the store's policies: price-list prices, one promo code (never on
 * Last Chance items), shipping by method and threshold, US sales tax added or EU/UK VAT included,
 * and US import duties (DDP) on whatever ships from Hangzhou.
 */
import type { OrderSpec } from '../data/order-types.js';
import { fmt, includedVat, percentOf, toMinor, type Currency } from '../lib/money.js';
import type { VariantRef } from './products.js';
import { marketOf, type StoreConfig } from './store-config.js';

/** Combined state and local sales-tax rates at the demo customers' addresses (shipping not taxed). */
const US_SALES_TAX: Record<string, number> = {
  'WA:Seattle': 0.1035, 'TX:Austin': 0.0825, 'TX:Houston': 0.0825, 'FL:Miami': 0.07, 'CA:Los Angeles': 0.095,
  'CA:San Francisco': 0.08625, 'IL:Chicago': 0.1025, 'CO:Denver': 0.0881, 'GA:Atlanta': 0.089, 'OR:Portland': 0,
  'AZ:Tempe': 0.081, 'OH:Columbus': 0.08, 'NC:Charlotte': 0.0725, 'TN:Nashville': 0.0925,
};

const VAT_TITLE: Record<string, string> = { NL: 'btw', DE: 'MwSt.', FR: 'TVA', ES: 'IVA', IT: 'IVA', PT: 'IVA', UK: 'VAT' };

export interface PricedLine {
  sku: string;
  quantity: number;
  price: number;
  discount: number;
  ref: VariantRef;
  /** Warehouse the line ships (or will ship) from. */
  from: string;
}

export interface OrderMoney {
  currency: Currency;
  priceList: string;
  lines: PricedLine[];
  lineTotal: number;
  discounts: number;
  subtotal: number;
  shipping: number;
  tax: number;
  taxesIncluded: boolean;
  taxLines: Array<{ title: string; rate: number; price: string }>;
  taxRate: number;
  duties: number;
  dutyRate: number;
  total: number;
}

export function priceOrder(
  store: StoreConfig,
  spec: OrderSpec,
  marketCode: string,
  address: { city: string; region: string | null },
  skus: Map<string, VariantRef>,
  lineOrigin: (sku: string) => string,
): OrderMoney {
  const market = marketOf(store, marketCode);
  const currency = market.currency as Currency;
  const list = market.price_list;
  const pct = spec.code ? (store.policies.promo_codes.find((c) => c.code === spec.code)?.percent ?? NaN) / 100 : 0;
  if (Number.isNaN(pct)) throw new Error(`${spec.key}: unknown code ${spec.code}`);

  const lines = spec.items.map(([sku, quantity]): PricedLine => {
    const ref = skus.get(sku);
    if (!ref) throw new Error(`${spec.key}: unknown SKU ${sku}`);
    const listPrice = ref.product.x_store.prices_by_market[list];
    if (!listPrice) throw new Error(`${sku}: no ${list} price`);
    const price = toMinor(listPrice.price, currency);
    const lastChance = ref.product.x_store.last_chance === true;
    return { sku, quantity, price, discount: lastChance ? 0 : percentOf(price * quantity, pct), ref, from: lineOrigin(sku) };
  });
  const lineTotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discounts = lines.reduce((s, l) => s + l.discount, 0);
  const subtotal = lineTotal - discounts;

  const rate = (table: Record<string, string>): number => toMinor(table[list] ?? NaN, currency);
  let shipping = 0;
  if (spec.channel === 'shopify') {
    const threshold = rate(store.policies.free_shipping_threshold_standard);
    if (spec.method === 'express') shipping = rate(store.policies.express_shipping_rate);
    else if (spec.method === 'economy') {
      if (subtotal >= threshold) throw new Error(`${spec.key}: economy offered only below the free-shipping threshold`);
      shipping = rate(store.policies.economy_shipping_rate);
    } else shipping = subtotal >= threshold ? 0 : rate(store.policies.standard_shipping_rate_below_threshold);
  }

  let tax = 0;
  let taxRate = 0;
  const taxLines: OrderMoney['taxLines'] = [];
  let taxesIncluded = false;
  if (market.tax_mode === 'sales_tax_added') {
    const key = `${address.region}:${address.city}`;
    taxRate = US_SALES_TAX[key] ?? NaN;
    if (Number.isNaN(taxRate)) throw new Error(`${spec.key}: no sales tax rate for ${key}`);
    tax = percentOf(subtotal, taxRate);
    if (taxRate > 0) taxLines.push({ title: `${address.region} sales tax`, rate: taxRate, price: fmt(tax, currency) });
  } else if (market.vat_rate) {
    taxesIncluded = true;
    taxRate = Number(market.vat_rate);
    tax = includedVat(subtotal + shipping, taxRate);
    taxLines.push({ title: VAT_TITLE[market.code] ?? 'VAT', rate: taxRate, price: fmt(tax, currency) });
  }

  let duties = 0;
  const dutyRate = market.code === 'US' ? Number(store.policies.us_import_duty_rate_on_cn_shipments) : 0;
  if (dutyRate > 0) {
    const fromChina = lines.filter((l) => l.from === 'CN-HGH').reduce((s, l) => s + l.price * l.quantity - l.discount, 0);
    duties = percentOf(fromChina, dutyRate);
  }
  const total = subtotal + shipping + (taxesIncluded ? 0 : tax) + duties;
  return { currency, priceList: list, lines, lineTotal, discounts, subtotal, shipping, tax, taxesIncluded, taxLines, taxRate, duties, dutyRate, total };
}

/** Amount refunded for some lines: their net price, plus their share of added tax and duties. */
export function refundAmount(money: OrderMoney, lines: Array<[sku: string, qty: number]>, withShipping: boolean): number {
  let amount = 0;
  for (const [sku, qty] of lines) {
    const line = money.lines.find((l) => l.sku === sku);
    if (!line) throw new Error(`refund of unknown line ${sku}`);
    const net = Math.round(((line.price * line.quantity - line.discount) * qty) / line.quantity);
    amount += net;
    if (!money.taxesIncluded) amount += percentOf(net, money.taxRate);
    if (line.from === 'CN-HGH') amount += percentOf(net, money.dutyRate);
  }
  return amount + (withShipping ? money.shipping : 0);
}

/**
 * Re-derives every order's money from the price lists and store.json policies: line prices, the
 * promo code, shipping, US sales tax or included VAT, US import duties and the grand total.
 */
import { toMinor, type Currency } from '../lib/money.js';
import { marketOf } from '../build/store-config.js';
import type { Json, Problems, StoreFiles } from './context.js';

const close = (a: number, b: number, tolerance = 1): boolean => Math.abs(a - b) <= tolerance;

export function checkOrderMoney(files: StoreFiles, order: Json, problems: Problems): void {
  const f = 'orders.json';
  const at = String(order.name);
  const { policies } = files.store;
  const market = marketOf(files.store, order.x_store.market);
  const currency = market.currency as Currency;
  const m = (v: unknown): number => toMinor(String(v), currency);
  problems.check(order.currency === currency, f, at, `currency ${order.currency} but market ${market.code} uses ${currency}`);

  const code = (order.discount_codes as Json[])[0]?.code as string | undefined;
  problems.check((order.discount_codes as Json[]).length <= 1, f, at, 'promo codes do not stack');
  const pct = code ? (policies.promo_codes.find((c) => c.code === code)?.percent ?? NaN) / 100 : 0;
  problems.check(!Number.isNaN(pct), f, at, `unknown promo code ${code}`);
  problems.check(!code || order.x_store.channel === 'shopify', f, at, 'promo codes only work on the online store');

  let lineTotal = 0;
  let discounts = 0;
  const netByLine = new Map<number, number>();
  for (const li of order.line_items as Json[]) {
    const where = `${at} line ${li.sku}`;
    const product = files.products.find((p) => p.id === li.product_id);
    const variant = (product?.variants as Json[] | undefined)?.find((v) => v.id === li.variant_id);
    if (!product || !variant) {
      problems.add(f, where, 'product or variant does not exist');
      continue;
    }
    problems.check(variant.sku === li.sku && product.title === li.title, f, where, 'SKU or title does not match products.json');
    const listPrice = product.x_store.prices_by_market?.[market.price_list]?.price;
    problems.check(m(li.price) === m(listPrice), f, where, `price ${li.price} ≠ ${market.price_list} list price ${listPrice}`);
    const gross = m(li.price) * li.quantity;
    const expectedDiscount = product.x_store.last_chance ? 0 : Math.round(gross * pct);
    problems.check(m(li.total_discount) === expectedDiscount, f, where, `discount ${li.total_discount}, expected ${expectedDiscount / 10 ** (currency === 'JPY' ? 0 : 2)}`);
    lineTotal += gross;
    discounts += m(li.total_discount);
    netByLine.set(li.id, gross - m(li.total_discount));
  }
  const subtotal = lineTotal - discounts;
  problems.check(m(order.total_line_items_price) === lineTotal, f, at, 'total_line_items_price ≠ sum of lines');
  problems.check(m(order.total_discounts) === discounts, f, at, 'total_discounts ≠ sum of line discounts');
  problems.check(m(order.subtotal_price) === subtotal, f, at, 'subtotal_price ≠ line items − discounts');
  if (code) problems.check(m((order.discount_codes as Json[])[0]?.amount) === discounts, f, at, 'discount code amount ≠ total_discounts');

  const shipping = (order.shipping_lines as Json[]).reduce((s, l) => s + m(l.price), 0);
  const list = market.price_list;
  const threshold = m(policies.free_shipping_threshold_standard[list]);
  let expectedShipping = 0;
  if (order.x_store.channel === 'shopify') {
    const method = order.x_store.shipping_method;
    if (method === 'express') expectedShipping = m(policies.express_shipping_rate[list]);
    else if (method === 'economy') {
      expectedShipping = m(policies.economy_shipping_rate[list]);
      problems.check(subtotal < threshold && order.x_store.warehouse === 'CN-HGH', f, at, 'economy is only offered from Hangzhou below the free-shipping threshold');
    } else expectedShipping = subtotal >= threshold ? 0 : m(policies.standard_shipping_rate_below_threshold[list]);
  }
  problems.check(shipping === expectedShipping, f, at, `shipping ${shipping} ≠ policy ${expectedShipping} (minor units)`);

  const taxLines = order.tax_lines as Json[];
  const tax = m(order.total_tax);
  problems.check(taxLines.reduce((s, t) => s + m(t.price), 0) === tax, f, at, 'tax_lines do not add up to total_tax');
  if (market.tax_mode === 'sales_tax_added') {
    problems.check(order.taxes_included === false, f, at, 'US sales tax is added, not included');
    const rate = taxLines[0]?.rate ?? 0;
    problems.check(close(tax, Math.round(subtotal * rate)), f, at, `sales tax ${tax} ≠ ${rate} × subtotal`);
  } else if (market.vat_rate) {
    const rate = Number(market.vat_rate);
    problems.check(order.taxes_included === true && taxLines[0]?.rate === rate, f, at, `VAT ${rate} must be included`);
    problems.check(close(tax, Math.round(((subtotal + shipping) * rate) / (1 + rate))), f, at, 'included VAT does not match the rate');
  } else {
    problems.check(tax === 0 && taxLines.length === 0 && order.x_store.duties?.mode === 'DAP', f, at, `${market.code} ships DAP: no tax collected at checkout`);
  }

  const duties = m(order.total_duties);
  let expectedDuties = 0;
  if (market.code === 'US') {
    const fromChina = (order.line_items as Json[]).filter((li) => {
      const parcel = (order.fulfillments as Json[]).find((fl) => fl.x_reship_of === undefined && (fl.line_items as number[]).includes(li.id));
      return (parcel?.x_warehouse ?? order.x_store.warehouse) === 'CN-HGH';
    });
    const base = fromChina.reduce((s, li) => s + (netByLine.get(li.id) ?? 0), 0);
    expectedDuties = Math.round(base * Number(policies.us_import_duty_rate_on_cn_shipments));
    problems.check((duties > 0) === (order.x_store.duties?.mode === 'DDP'), f, at, 'US duties > 0 exactly when the order ships DDP from Hangzhou');
  }
  problems.check(close(duties, expectedDuties), f, at, `duties ${duties} ≠ expected ${expectedDuties}`);
  const total = subtotal + shipping + (order.taxes_included ? 0 : tax) + duties;
  problems.check(m(order.total_price) === total, f, at, `total_price ${order.total_price} ≠ subtotal + shipping + added tax + duties`);

  const refunded = (order.refunds as Json[]).reduce((s, r) => s + m(r.amount), 0);
  problems.check(refunded <= total, f, at, 'refunds exceed the order total');
  const expectedStatus = order.financial_status === 'pending' || order.financial_status === 'voided' ? order.financial_status
    : refunded === 0 ? 'paid' : refunded >= total ? 'refunded' : 'partially_refunded';
  problems.check(order.financial_status === expectedStatus, f, at, `financial_status ${order.financial_status}, expected ${expectedStatus}`);
  problems.check(order.financial_status !== 'voided' || (order.cancelled_at !== null && refunded === 0), f, at, 'voided orders are cancelled and have no refunds');
  problems.check(order.financial_status !== 'pending' || (order.x_store.payment_method === 'konbini' && order.processed_at === null), f, at, 'pending payment only for unpaid Konbini orders');
}

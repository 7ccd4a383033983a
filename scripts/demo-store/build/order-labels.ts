/** Checkout-facing labels of an order: shipping line title, gateway, marketplace, duties mode. */
import type { OrderSpec } from '../data/order-types.js';
import { fmt, toMinor } from '../lib/money.js';
import type { OrderMoney } from './pricing.js';
import { EU_MARKETS, methodDays, type StoreConfig } from './store-config.js';

const METHOD_NAME: Record<string, Record<string, string>> = {
  'CN-HGH': { economy: 'Economy Post', standard: 'Tracked Standard', express: 'Express Courier' },
  'NL-RTM': { standard: 'Rotterdam Standard', express: 'Rotterdam Express – DHL Express' },
  'US-EWR': { standard: 'US Standard', express: 'US 2-Day' },
};

const GATEWAY: Record<string, string> = {
  card: 'shopify_payments', apple_pay: 'shopify_payments', google_pay: 'shopify_payments', ideal: 'shopify_payments',
  paypal: 'paypal', klarna: 'klarna', mb_way: 'easypay_mbway', alipay: 'alipay', paypay: 'komoju_paypay',
  konbini: 'komoju_konbini', afterpay: 'afterpay', amazon: 'amazon_marketplace', tiktok: 'tiktok_shop_payments', ebay: 'ebay_managed_payments',
};

const MARKETPLACE: Record<string, Record<string, string>> = {
  amazon: { US: 'amazon.com', DE: 'amazon.de', JP: 'amazon.co.jp' },
  tiktok: { US: 'tiktok-shop-us', UK: 'tiktok-shop-uk' },
  ebay: { UK: 'ebay.co.uk', DE: 'ebay.de' },
};

const FREE_TITLE: Record<string, string> = {
  amazon: 'Free Shipping (Amazon, merchant-fulfilled)', tiktok: 'Free Shipping (TikTok Shop)', ebay: 'Free Shipping (eBay)',
};

const DAP = { mode: 'DAP', prepaid_at_checkout: false, note: 'Import duties and taxes, if any, are payable by the recipient on delivery.' };

export interface CheckoutInfo {
  shippingTitle: string;
  gateway: string;
  sourceName: string;
  marketplace: string;
  duties: Record<string, unknown> | null;
}

export function checkoutInfo(store: StoreConfig, spec: OrderSpec, market: string, money: OrderMoney): CheckoutInfo {
  const gateway = GATEWAY[spec.payment];
  if (!gateway) throw new Error(`${spec.key}: no gateway for ${spec.payment}`);
  let shippingTitle = FREE_TITLE[spec.channel];
  if (!shippingTitle) {
    const [lo, hi] = methodDays(store, spec.method, spec.warehouse, market);
    shippingTitle = `${METHOD_NAME[spec.warehouse]?.[spec.method] ?? spec.method} (${lo}–${hi} business days)`;
  }
  const marketplace = spec.channel === 'shopify' ? 'online-store' : MARKETPLACE[spec.channel]?.[market];
  if (!marketplace) throw new Error(`${spec.key}: ${spec.channel} does not sell in ${market}`);
  const sourceName = { shopify: 'web', amazon: 'amazon', tiktok: 'tiktok_shop', ebay: 'ebay' }[spec.channel];
  const fromChina = money.lines.some((l) => l.from === 'CN-HGH');
  let duties: Record<string, unknown> | null;
  if (market === 'US') {
    duties = money.duties > 0 ? { mode: 'DDP', prepaid_at_checkout: true, amount: fmt(money.duties, money.currency) } : null;
  } else if (EU_MARKETS.includes(market)) {
    if (!fromChina) duties = { mode: 'EU domestic (shipped from Rotterdam)', prepaid_at_checkout: true };
    else if (money.subtotal <= toMinor('150', money.currency)) duties = { mode: 'IOSS', prepaid_at_checkout: true };
    else duties = { mode: 'DDP', prepaid_at_checkout: true, note: 'Order above €150 shipped from Hangzhou: duty and import VAT paid by Harbor & Hem.' };
  } else if (market === 'UK') {
    duties = money.subtotal <= toMinor('135', money.currency)
      ? { mode: 'UK VAT collected at checkout (orders up to £135)', prepaid_at_checkout: true }
      : { mode: 'DDP (UK order above £135: import VAT and duty paid by Harbor & Hem)', prepaid_at_checkout: true };
  } else duties = DAP;
  return { shippingTitle, gateway, sourceName, marketplace, duties };
}

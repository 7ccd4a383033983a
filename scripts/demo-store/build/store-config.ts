/** Typed access to the parts of store.json the generator and validator need. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Market {
  code: string;
  country_code: string;
  currency: string;
  price_list: string;
  tax_mode: 'sales_tax_added' | 'vat_included' | 'vat_included_ioss' | 'duties_taxes_on_delivery';
  vat_rate?: string;
}

export interface StoreConfig {
  id: string;
  timezone: string;
  eval_now: string;
  locales: string[];
  markets: Market[];
  warehouses: Array<{ id: string; location_id: number; timezone: string; ships_to: string[]; address: { country_code: string } }>;
  policies: {
    order_change_window_hours: number;
    shipping_methods: Array<{ id: string; from: string[]; destinations?: string[]; business_days: [number, number] }>;
    free_shipping_threshold_standard: Record<string, string>;
    standard_shipping_rate_below_threshold: Record<string, string>;
    express_shipping_rate: Record<string, string>;
    economy_shipping_rate: Record<string, string>;
    us_import_duty_rate_on_cn_shipments: string;
    returns: { window_days: number; holiday_extension: { delivered_from: string; delivered_to: string; return_by: string }; return_addresses: Record<string, string> };
    lost_parcel: { no_update_days_economy_standard: number; no_update_days_express: number };
    promo_codes: Array<{ code: string; percent: number }>;
    damaged_defective_wrong_missing: { report_within_days_of_delivery: number; no_return_needed_below: Record<string, string> };
  };
  [key: string]: unknown;
}

export function readStoreConfig(storeDir: string): StoreConfig {
  return JSON.parse(readFileSync(join(storeDir, 'store.json'), 'utf8')) as StoreConfig;
}

export function marketOf(store: StoreConfig, code: string): Market {
  const m = store.markets.find((x) => x.code === code);
  if (!m) throw new Error(`unknown market ${code}`);
  return m;
}

/** Business-day range of a method from a warehouse to a market (a destination-specific rule wins). */
export function methodDays(store: StoreConfig, method: string, warehouse: string, market: string): [number, number] {
  const rules = store.policies.shipping_methods.filter((r) => r.id === method && r.from.includes(warehouse));
  const rule = rules.find((r) => r.destinations?.includes(market)) ?? rules.find((r) => !r.destinations);
  if (!rule) throw new Error(`no ${method} rule from ${warehouse} to ${market}`);
  return rule.business_days;
}

export const EU_MARKETS = ['NL', 'DE', 'FR', 'ES', 'IT', 'PT'];

/** Where returns from a market go (store.json returns.return_addresses, keyed by market or "EU"). */
export function returnWarehouse(store: StoreConfig, market: string): string {
  const key = EU_MARKETS.includes(market) ? 'EU' : market;
  const wh = store.policies.returns.return_addresses[key];
  if (!wh) throw new Error(`no return address for ${market}`);
  return wh;
}

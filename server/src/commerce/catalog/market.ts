/**
 * The store's markets (store profile `markets[]`): which currency and price list a shopper's market or
 * country uses. Accepts the store's market code ("UK") or an ISO country ("GB", "gb").
 */

export interface Market {
  code: string;
  countryCode: string | null;
  currency: string;
  /** Key into a product's `x_store.prices_by_market`. */
  priceList: string;
}

type Json = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function storeMarkets(profile: Json): Market[] {
  const markets = Array.isArray(profile.markets) ? (profile.markets as unknown[]) : [];
  return markets.flatMap((m) => {
    const r = (m ?? {}) as Json;
    const code = text(r.code);
    const currency = text(r.currency);
    if (!code || !currency) return [];
    return [{ code, countryCode: text(r.country_code), currency, priceList: text(r.price_list) ?? code }];
  });
}

export function resolveMarket(profile: Json, marketOrCountry: string | null | undefined): Market | undefined {
  if (!marketOrCountry) return undefined;
  const wanted = marketOrCountry.trim().toUpperCase();
  const markets = storeMarkets(profile);
  return markets.find((m) => m.code.toUpperCase() === wanted) ?? markets.find((m) => m.countryCode?.toUpperCase() === wanted);
}

/** The currency variant prices are stored in (`base_currency`, USD when the profile does not say). */
export const baseCurrency = (profile: Json): string => text(profile.base_currency) ?? 'USD';

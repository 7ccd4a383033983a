/** Builds customers.json from the customer specs (ids, addresses, order counts). */
import { CUSTOMERS, type CustomerSpec } from '../data/customers.js';
import { fromZoned, zonedIso } from '../lib/time.js';

export const COUNTRY_NAME: Record<string, string> = {
  US: 'United States', CA: 'Canada', GB: 'United Kingdom', DE: 'Germany', FR: 'France', ES: 'Spain', IT: 'Italy',
  PT: 'Portugal', NL: 'Netherlands', JP: 'Japan', AU: 'Australia',
};

export interface Address {
  name: string;
  first_name: string;
  last_name: string;
  address1: string;
  address2: string | null;
  city: string;
  zip: string;
  province_code: string | null;
  country_code: string;
  country: string;
  phone: string;
}

export function addressOf(c: CustomerSpec): Address {
  const name = c.locale === 'ja' ? `${c.last} ${c.first}` : `${c.first} ${c.last}`;
  return {
    name,
    first_name: c.first,
    last_name: c.last,
    address1: c.address.address1,
    address2: c.address.address2 ?? null,
    city: c.address.city,
    zip: c.address.zip,
    province_code: c.address.province ?? null,
    country_code: c.country,
    country: COUNTRY_NAME[c.country] ?? c.country,
    phone: c.phone,
  };
}

export function customerIds(): Map<string, number> {
  return new Map(CUSTOMERS.map((c, i) => [c.key, 7730215400000 + i * 4111 + ((i * 37) % 97)]));
}

export function buildCustomers(orderCounts: Map<string, number>): Array<Record<string, unknown>> {
  const ids = customerIds();
  return CUSTOMERS.map((c) => ({
    id: ids.get(c.key),
    email: c.email,
    first_name: c.first,
    last_name: c.last,
    locale: c.locale,
    country_code: c.country,
    timezone: c.timezone,
    tags: c.tags.join(', '),
    orders_count: orderCounts.get(c.key) ?? 0,
    created_at: zonedIso(fromZoned(c.createdAt, c.timezone), c.timezone),
    phone: c.phone,
    email_marketing_consent: c.marketing,
    default_address: addressOf(c),
    x_store: { source_channel: c.channel, market: c.market },
  }));
}

export function customerByKey(key: string): CustomerSpec {
  const c = CUSTOMERS.find((x) => x.key === key);
  if (!c) throw new Error(`unknown customer ${key}`);
  return c;
}

import type { Queryable } from '../db/types.js';
import type { CustomerRecord } from '../import/schemas.js';

export interface CustomerRow {
  id: string;
  store_id: string;
  external_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  locale: string | null;
  country_code: string | null;
  timezone: string | null;
  tags: string[];
  data: Record<string, unknown>;
}

export const splitTags = (tags: unknown): string[] =>
  typeof tags === 'string' ? tags.split(',').map((t) => t.trim()).filter(Boolean) : Array.isArray(tags) ? tags.map(String) : [];

export async function upsertCustomer(q: Queryable, storeId: string, c: CustomerRecord): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO customers (store_id, external_id, email, first_name, last_name, locale, country_code, timezone, tags, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (store_id, external_id) DO UPDATE SET email = EXCLUDED.email, first_name = EXCLUDED.first_name,
       last_name = EXCLUDED.last_name, locale = EXCLUDED.locale, country_code = EXCLUDED.country_code,
       timezone = EXCLUDED.timezone, tags = EXCLUDED.tags, data = EXCLUDED.data, updated_at = now()
     RETURNING id`,
    [storeId, String(c.id), c.email, c.first_name ?? null, c.last_name ?? null, c.locale ?? null, c.country_code ?? null, c.timezone ?? null, splitTags(c.tags), JSON.stringify(c)],
  );
  return rows[0]!.id;
}

export async function findCustomerByEmail(q: Queryable, storeId: string, email: string): Promise<CustomerRow | undefined> {
  const { rows } = await q.query<CustomerRow>('SELECT * FROM customers WHERE store_id = $1 AND lower(email) = lower($2) LIMIT 1', [storeId, email]);
  return rows[0];
}

export async function findCustomerByExternalId(q: Queryable, storeId: string, externalId: string): Promise<CustomerRow | undefined> {
  const { rows } = await q.query<CustomerRow>('SELECT * FROM customers WHERE store_id = $1 AND external_id = $2', [storeId, externalId]);
  return rows[0];
}

export async function getCustomer(q: Queryable, storeId: string, id: string): Promise<CustomerRow | undefined> {
  const { rows } = await q.query<CustomerRow>('SELECT * FROM customers WHERE store_id = $1 AND id = $2', [storeId, id]);
  return rows[0];
}

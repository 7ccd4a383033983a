import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/types.js';
import type { StoreFile } from '../import/schemas.js';
import { forgetStoreRow } from './store-row-cache.js';

export interface StoreRow {
  id: string;
  name: string;
  default_locale: string;
  locales: string[];
  timezone: string;
  profile: Record<string, unknown>;
  settings: Record<string, unknown>;
  identity_secret: string;
  webhook_secret: string;
}

const newSecret = () => randomBytes(32).toString('hex');

/** Creates or updates a store from its store.json; secrets are created once and kept. */
export async function upsertStore(q: Queryable, store: StoreFile): Promise<void> {
  const { id, name, default_locale, locales, timezone, ...profile } = store;
  await q.query(
    `INSERT INTO stores (id, name, default_locale, locales, timezone, profile, identity_secret, webhook_secret)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, default_locale = EXCLUDED.default_locale,
       locales = EXCLUDED.locales, timezone = EXCLUDED.timezone, profile = EXCLUDED.profile, updated_at = now()`,
    [id, name, default_locale, locales, timezone, JSON.stringify(profile), newSecret(), newSecret()],
  );
  forgetStoreRow(id);
}

export async function getStore(q: Queryable, id: string): Promise<StoreRow | undefined> {
  const { rows } = await q.query<StoreRow>('SELECT * FROM stores WHERE id = $1', [id]);
  return rows[0];
}

export async function listStores(q: Queryable): Promise<Pick<StoreRow, 'id' | 'name'>[]> {
  const { rows } = await q.query<Pick<StoreRow, 'id' | 'name'>>('SELECT id, name FROM stores ORDER BY id');
  return rows;
}

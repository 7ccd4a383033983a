/**
 * The store's identity secret: shown to the store's admins so their site can sign identities, and
 * rotated when it leaks (every signature made with the old one stops verifying at once).
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/types.js';
import { forgetStoreRow } from '../repositories/store-row-cache.js';

export async function readIdentitySecret(q: Queryable, storeId: string): Promise<string | undefined> {
  const { rows } = await q.query<{ identity_secret: string }>('SELECT identity_secret FROM stores WHERE id = $1', [storeId]);
  return rows[0]?.identity_secret;
}

export async function rotateIdentitySecret(q: Queryable, storeId: string): Promise<string> {
  const secret = randomBytes(32).toString('hex');
  await q.query('UPDATE stores SET identity_secret = $2, updated_at = now() WHERE id = $1', [storeId, secret]);
  forgetStoreRow(storeId);
  return secret;
}

/** The per-store secrets incoming webhooks are verified with (stores.webhook_secret, migration 051). */
import type { Queryable } from '../../db/types.js';
import { forgetStoreRow } from '../../repositories/store-row-cache.js';

export interface WebhookSecrets {
  /** Shopify: the app's client secret. */
  shopify: string;
  /** Tracking provider (AfterShip); falls back to the Shopify secret when not set. */
  tracking: string;
}

export async function getWebhookSecrets(q: Queryable, storeId: string): Promise<WebhookSecrets | undefined> {
  const { rows } = await q.query<{ webhook_secret: string; tracking_webhook_secret: string | null }>(
    'SELECT webhook_secret, tracking_webhook_secret FROM stores WHERE id = $1',
    [storeId],
  );
  const row = rows[0];
  return row ? { shopify: row.webhook_secret, tracking: row.tracking_webhook_secret ?? row.webhook_secret } : undefined;
}

export async function setWebhookSecret(q: Queryable, storeId: string, which: keyof WebhookSecrets, secret: string | null): Promise<void> {
  if (which === 'shopify') {
    if (!secret) throw new Error('the Shopify webhook secret cannot be empty');
    await q.query('UPDATE stores SET webhook_secret = $2, updated_at = now() WHERE id = $1', [storeId, secret]);
    forgetStoreRow(storeId);
  } else {
    await q.query('UPDATE stores SET tracking_webhook_secret = $2, updated_at = now() WHERE id = $1', [storeId, secret]);
    forgetStoreRow(storeId);
  }
}

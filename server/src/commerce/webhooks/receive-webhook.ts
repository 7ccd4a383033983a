/**
 * Incoming webhooks end to end: verify the signature over the raw bytes (401 when missing or
 * wrong), parse, then claim the delivery and apply it in one transaction (a repeat is acknowledged
 * as `duplicate` without touching anything).
 */
import type { Db, Queryable } from '../../db/types.js';
import { ParleyError } from '../../errors.js';
import type { TrackingProvider } from '../tracking/providers/types.js';
import { verifyAfterShipSignature } from '../tracking/providers/aftership.js';
import { claimDelivery, previousOutcome, recordOutcome, type DeliveryKey, type DeliveryOutcome } from './deliveries.js';
import { handleShopifyTopic } from './shopify-topics.js';
import { bodyDigest, verifyShopifySignature } from './signatures.js';
import { applyTrackingUpdates, type OrderReference } from './tracking-updates.js';
import { getWebhookSecrets } from './webhook-secrets-repository.js';

export interface WebhookReceipt {
  topic: string;
  outcome: DeliveryOutcome;
  /** This delivery was seen before; `outcome` is the first one's. */
  duplicate: boolean;
}

function parseJson(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new ParleyError('BAD_REQUEST', 'The webhook body is not valid JSON');
  }
}

async function applyOnce(db: Db, key: DeliveryKey, apply: (tx: Queryable) => Promise<DeliveryOutcome>): Promise<WebhookReceipt> {
  return db.transaction(async (tx) => {
    if (!(await claimDelivery(tx, key))) {
      return { topic: key.topic, outcome: (await previousOutcome(tx, key)) ?? 'applied', duplicate: true };
    }
    const outcome = await apply(tx);
    await recordOutcome(tx, key, outcome);
    return { topic: key.topic, outcome, duplicate: false };
  });
}

export interface ShopifyWebhookInput {
  storeId: string;
  rawBody: Buffer;
  hmac: string | undefined;
  topic: string | undefined;
  webhookId: string | undefined;
}

export async function receiveShopifyWebhook(db: Db, input: ShopifyWebhookInput): Promise<WebhookReceipt> {
  const secrets = await getWebhookSecrets(db, input.storeId);
  // An unknown store answers like a bad signature: nothing to learn from probing store ids.
  if (!secrets || !verifyShopifySignature(input.rawBody, input.hmac, secrets.shopify)) throw new ParleyError('BAD_SIGNATURE');
  if (!input.topic) throw new ParleyError('BAD_REQUEST', 'X-Shopify-Topic is missing');
  const body = parseJson(input.rawBody);
  const key: DeliveryKey = { storeId: input.storeId, source: 'shopify', deliveryId: input.webhookId || bodyDigest(input.rawBody), topic: input.topic };
  return applyOnce(db, key, (tx) => handleShopifyTopic(tx, input.storeId, input.topic!, body));
}

export interface TrackingWebhookInput {
  storeId: string;
  rawBody: Buffer;
  signature: string | undefined;
  provider: TrackingProvider;
}

/** Order references next to each tracking object (AfterShip puts `order_id` / `order_number` on it). */
function orderReferences(body: unknown): OrderReference[] {
  const b = (body ?? {}) as { msg?: unknown; data?: { tracking?: unknown; trackings?: unknown[] } };
  const trackings: unknown[] = b.msg ? [b.msg] : b.data?.tracking ? [b.data.tracking] : (b.data?.trackings ?? [body]);
  return trackings.map((t) => {
    const r = (t ?? {}) as { order_id?: unknown; order_number?: unknown };
    return { orderId: typeof r.order_id === 'string' || typeof r.order_id === 'number' ? String(r.order_id) : null, orderNumber: typeof r.order_number === 'string' ? r.order_number : null };
  });
}

export async function receiveTrackingWebhook(db: Db, input: TrackingWebhookInput): Promise<WebhookReceipt> {
  const secrets = await getWebhookSecrets(db, input.storeId);
  if (!secrets || !input.signature || !verifyAfterShipSignature(input.rawBody, input.signature, secrets.tracking)) throw new ParleyError('BAD_SIGNATURE');
  const body = parseJson(input.rawBody);
  const updates = input.provider.parseWebhook(body);
  const refs = orderReferences(body);
  const meta = (body ?? {}) as { event_id?: unknown; event?: unknown };
  const key: DeliveryKey = {
    storeId: input.storeId,
    source: 'tracking',
    deliveryId: typeof meta.event_id === 'string' && meta.event_id ? meta.event_id : bodyDigest(input.rawBody),
    topic: `${input.provider.name}:${typeof meta.event === 'string' ? meta.event : 'tracking_update'}`,
  };
  return applyOnce(db, key, (tx) => applyTrackingUpdates(tx, input.storeId, updates.map((update, i) => ({ update, order: refs[i] ?? {} }))));
}

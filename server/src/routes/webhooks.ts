/**
 * Incoming webhooks. Bodies stay raw bytes in this scope (signatures are over the exact bytes):
 *   POST /webhooks/shopify/:storeId     X-Shopify-Hmac-Sha256, X-Shopify-Topic, X-Shopify-Webhook-Id
 *   POST /webhooks/aftership/:storeId   aftership-hmac-sha256
 * 200 {ok, topic, outcome, duplicate}; 401 for a missing or wrong signature; 400/422 for bodies
 * that cannot be applied.
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { receiveShopifyWebhook, receiveTrackingWebhook } from '../commerce/webhooks/receive-webhook.js';
import { createAfterShipProvider } from '../commerce/tracking/providers/aftership.js';

const Params = Type.Object({ storeId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }) });
const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export async function webhookRoutes(app: FastifyInstance): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const afterShip = createAfterShipProvider();
  const rawBody = (body: unknown): Buffer => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

  app.post('/webhooks/shopify/:storeId', { schema: { params: Params } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    const receipt = await receiveShopifyWebhook(app.db, {
      storeId,
      rawBody: rawBody(request.body),
      hmac: header(request.headers['x-shopify-hmac-sha256']),
      topic: header(request.headers['x-shopify-topic']),
      webhookId: header(request.headers['x-shopify-webhook-id']),
    });
    request.log.info({ storeId, topic: receipt.topic, outcome: receipt.outcome, duplicate: receipt.duplicate }, 'shopify webhook');
    return { ok: true, ...receipt };
  });

  app.post('/webhooks/aftership/:storeId', { schema: { params: Params } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    const receipt = await receiveTrackingWebhook(app.db, {
      storeId,
      rawBody: rawBody(request.body),
      signature: header(request.headers['aftership-hmac-sha256']),
      provider: afterShip,
    });
    request.log.info({ storeId, topic: receipt.topic, outcome: receipt.outcome, duplicate: receipt.duplicate }, 'tracking webhook');
    return { ok: true, ...receipt };
  });
}

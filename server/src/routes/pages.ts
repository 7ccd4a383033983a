/** The demo storefront at `/` (the widget embedded with the one-line snippet) and the inbox app. */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { listStores } from '../repositories/stores.js';
import { demoStorefrontPage } from './demo-storefront.js';
import { publicBaseUrl } from '../lib/public-url.js';

const INBOX_DIST = fileURLToPath(new URL('../../../inbox/dist/', import.meta.url));

export async function pageRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async (request, reply) => {
    const stores = await listStores(app.db);
    reply.header('content-type', 'text/html; charset=utf-8');
    return demoStorefrontPage({ publicUrl: publicBaseUrl(app.config, request), store: stores[0] });
  });

  await app.register(fastifyStatic, { root: INBOX_DIST, prefix: '/inbox/assets/', decorateReply: false });

  const sendInbox = async (_request: unknown, reply: import('fastify').FastifyReply) => {
    const html = await readFile(new URL('index.html', `file://${INBOX_DIST}`), 'utf8').catch(() => undefined);
    if (!html) return reply.status(503).send({ error: { code: 'PARLEY_ERR_UNAVAILABLE', message: 'The inbox is not built yet: run `npm run build:client`' } });
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'same-origin')
      .send(html);
  };
  app.get('/inbox', sendInbox);
  app.get('/inbox/*', sendInbox);
}

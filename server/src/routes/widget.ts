/** The embeddable widget script and the public, per-store widget settings it loads. */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { getStore } from '../repositories/stores.js';

const WIDGET_BUNDLE = new URL('../../../widget/dist/widget.js', import.meta.url);

export async function widgetRoutes(app: FastifyInstance): Promise<void> {
  let bundle: Buffer | undefined;

  app.get('/widget.js', async (_request, reply) => {
    bundle ??= await readFile(WIDGET_BUNDLE).catch(() => undefined);
    if (!bundle) throw new ParleyError('UNAVAILABLE', 'The widget is not built yet: run `npm run build:client`');
    return reply
      .header('content-type', 'application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .send(bundle);
  });

  app.get(
    '/api/widget/:storeId/config',
    { schema: { params: Type.Object({ storeId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }) }) } },
    async (request, reply) => {
      const { storeId } = request.params as { storeId: string };
      const store = await getStore(app.db, storeId);
      if (!store) throw new ParleyError('STORE_NOT_FOUND');
      const widget = (store.settings.widget ?? {}) as Record<string, unknown>;
      reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=60');
      return {
        storeId: store.id,
        name: store.name,
        defaultLocale: store.default_locale,
        locales: store.locales,
        color: typeof widget.color === 'string' ? widget.color : '#1f5f8b',
        welcome: widget.welcome ?? null,
        suggestions: widget.suggestions ?? null,
      };
    },
  );
}

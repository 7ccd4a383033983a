/**
 * Public help-center pages: where the widget's "Sources" links lead. One article in one language,
 * rendered from its stored Markdown (or HTML) through the same sanitiser the importer uses.
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { marked } from 'marked';
import { ParleyError } from '../errors.js';
import { getStore } from '../repositories/stores.js';
import { sanitizeArticleHtml } from '../knowledge/chunk/sanitize.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function helpRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/help/:storeId/:articleId',
    {
      schema: {
        params: Type.Object({ storeId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }), articleId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,200}$' }) }),
        querystring: Type.Object({ locale: Type.Optional(Type.String({ maxLength: 16 })) }),
      },
    },
    async (request, reply) => {
      const { storeId, articleId } = request.params as { storeId: string; articleId: string };
      const { locale } = request.query as { locale?: string };
      const store = await getStore(app.db, storeId);
      if (!store) throw new ParleyError('NOT_FOUND');
      const versions = await app.knowledge.articles.get(storeId, articleId);
      const article = versions.find((a) => a.locale === locale) ?? versions.find((a) => a.locale === store.default_locale) ?? versions[0];
      if (!article?.body) throw new ParleyError('NOT_FOUND', 'No such help article');
      const html = sanitizeArticleHtml(article.format === 'html' ? article.body : await marked.parse(article.body));
      const others = versions.filter((v) => v.locale !== article.locale).map((v) => `<a href="?locale=${encodeURIComponent(v.locale)}" hreflang="${escapeHtml(v.locale)}">${escapeHtml(v.locale)}</a>`);
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
        .header('cache-control', 'public, max-age=300');
      return `<!doctype html><html lang="${escapeHtml(article.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)} — ${escapeHtml(store.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1d1d1f}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.35rem .6rem;text-align:left}nav{font-size:.85rem;color:#555}</style>
</head><body><nav>${escapeHtml(store.name)} · Help center${others.length ? ` · Also in: ${others.join(' ')}` : ''}</nav><main>${html}</main></body></html>`;
    },
  );
}

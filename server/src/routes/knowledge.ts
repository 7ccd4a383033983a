/**
 * Help-center articles for store admins (CRUD, Markdown or HTML, indexed before the response) and
 * knowledge search for agents (the inbox copilot). Mounted under /api/stores/:storeId.
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { ArticleDraft } from '../knowledge/articles/article-input.js';
import { CHANNELS, type ChannelName } from '../knowledge/search/fusion.js';

const StoreParams = Type.Object({ storeId: Type.String({ minLength: 1, maxLength: 64 }) });
const ArticleParams = Type.Object({ storeId: Type.String({ minLength: 1, maxLength: 64 }), articleId: Type.String({ minLength: 1, maxLength: 100 }) });
const TranslationParams = Type.Object({
  storeId: Type.String({ minLength: 1, maxLength: 64 }),
  articleId: Type.String({ minLength: 1, maxLength: 100 }),
  locale: Type.String({ minLength: 2, maxLength: 10 }),
});

const ArticleBody = Type.Object(
  {
    articleId: Type.Optional(Type.String({ maxLength: 100 })),
    locale: Type.Optional(Type.String({ maxLength: 10 })),
    title: Type.Optional(Type.String({ maxLength: 300 })),
    // The service limits bodies to 512 KB with a clear error; the schema only stops absurd payloads.
    body: Type.String({ maxLength: 1_000_000 }),
    format: Type.Optional(Type.Union([Type.Literal('markdown'), Type.Literal('html')])),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 })),
    slug: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

export async function knowledgeRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/articles',
    {
      schema: {
        params: StoreParams,
        querystring: Type.Object({
          locale: Type.Optional(Type.String({ maxLength: 10 })),
          tag: Type.Optional(Type.String({ maxLength: 100 })),
          q: Type.Optional(Type.String({ maxLength: 200 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
        }),
      },
    },
    async (request) => {
      const { storeId } = request.params as { storeId: string };
      await app.requireStoreMember(request, storeId, 'admin');
      const { locale, tag, q, limit = 50, offset = 0 } = request.query as { locale?: string; tag?: string; q?: string; limit?: number; offset?: number };
      return app.knowledge.articles.list(storeId, { locale, tag, q, limit, offset });
    },
  );

  app.post('/articles', { schema: { params: StoreParams, body: ArticleBody } }, async (request, reply) => {
    const { storeId } = request.params as { storeId: string };
    await app.requireStoreMember(request, storeId, 'admin');
    const result = await app.knowledge.articles.create(storeId, request.body as ArticleDraft);
    return reply.status(201).send(result);
  });

  app.get('/articles/:articleId', { schema: { params: ArticleParams } }, async (request) => {
    const { storeId, articleId } = request.params as { storeId: string; articleId: string };
    await app.requireStoreMember(request, storeId, 'admin');
    return { articleId, translations: await app.knowledge.articles.get(storeId, articleId) };
  });

  app.get('/articles/:articleId/:locale', { schema: { params: TranslationParams } }, async (request) => {
    const { storeId, articleId, locale } = request.params as { storeId: string; articleId: string; locale: string };
    await app.requireStoreMember(request, storeId, 'admin');
    const [article] = await app.knowledge.articles.get(storeId, articleId, locale);
    return { article };
  });

  app.put('/articles/:articleId/:locale', { schema: { params: TranslationParams, body: ArticleBody } }, async (request, reply) => {
    const { storeId, articleId, locale } = request.params as { storeId: string; articleId: string; locale: string };
    await app.requireStoreMember(request, storeId, 'admin');
    const result = await app.knowledge.articles.put(storeId, articleId, locale, request.body as ArticleDraft);
    return reply.status(result.created ? 201 : 200).send(result);
  });

  app.delete('/articles/:articleId/:locale', { schema: { params: TranslationParams } }, async (request, reply) => {
    const { storeId, articleId, locale } = request.params as { storeId: string; articleId: string; locale: string };
    await app.requireStoreMember(request, storeId, 'admin');
    await app.knowledge.articles.delete(storeId, articleId, locale);
    return reply.status(204).send();
  });

  app.delete('/articles/:articleId', { schema: { params: ArticleParams } }, async (request, reply) => {
    const { storeId, articleId } = request.params as { storeId: string; articleId: string };
    await app.requireStoreMember(request, storeId, 'admin');
    await app.knowledge.articles.delete(storeId, articleId);
    return reply.status(204).send();
  });

  // Any agent of the store may search (the inbox copilot suggests articles while replying).
  app.get(
    '/knowledge/search',
    {
      schema: {
        params: StoreParams,
        querystring: Type.Object({
          q: Type.String({ maxLength: 4000 }),
          locale: Type.Optional(Type.String({ maxLength: 10 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
          channels: Type.Optional(Type.String({ maxLength: 40, description: 'comma-separated subset of fulltext,vector,trigram' })),
          answer: Type.Optional(Type.Boolean({ description: 'also return the extractive answer from the best passage' })),
        }),
      },
    },
    async (request) => {
      const { storeId } = request.params as { storeId: string };
      await app.requireStoreMember(request, storeId);
      const { q, locale, limit, channels, answer } = request.query as { q: string; locale?: string; limit?: number; channels?: string; answer?: boolean };
      const selected = channels
        ?.split(',')
        .map((c) => c.trim())
        .filter((c): c is ChannelName => (CHANNELS as readonly string[]).includes(c));
      const search = { storeId, query: q, locale, limit, channels: selected?.length ? selected : undefined };
      const result = await app.knowledge.search(search);
      if (!answer) return result;
      const best = result.passages[0];
      return { ...result, answer: best ? { articleId: best.articleId, locale: best.locale, text: app.knowledge.extract(best, q) } : null };
    },
  );
}

/**
 * Insights HTTP API. Reports, knowledge gaps, CSV export and insights settings are for store admins
 * (/api/stores/:storeId/reports…, /insights/settings); order problems and compensation decisions for
 * any agent of the store; the feedback rating page (/feedback/:id/:signature) for shoppers holding a
 * signed link.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { getStore, type StoreRow } from '../repositories/stores.js';
import { getAgent } from '../auth/agents-repository.js';
import { INTENTS } from '../pipeline/intent/intents.js';
import { buildReport } from '../insights/reports/overview.js';
import { CSV_SECTIONS, reportCsv, toCsv, type CsvSection } from '../insights/reports/csv.js';
import { storeMarkets, type ReportQuery } from '../insights/reports/report-scope.js';
import { knowledgeGaps } from '../insights/gaps/knowledge-gaps.js';
import { draftArticle, hasDraftModel } from '../insights/gaps/draft-article.js';
import { insightsSettingsOf, saveInsightsSettings, PROBLEMS } from '../insights/settings.js';
import { listDecisions, recordDecision, remedyOptions, requireOrder } from '../insights/compensation/decisions.js';
import { detectOrderProblems, listOrderProblems } from '../insights/compensation/order-problems.js';
import { listNotices } from '../insights/proactive/notices.js';
import { runFeedbackScan, runProactiveScan } from '../insights/plugin.js';
import { alreadyRated, loadRatingTarget, messagePage, ratingFormPage, submitRating } from '../insights/feedback-requests/rating-page.js';
import { insightsLocale, tr } from '../insights/i18n.js';

const StoreId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' });
const Uuid = Type.String({ format: 'uuid' });
const StoreParams = Type.Object({ storeId: StoreId });
const Filters = {
  from: Type.Optional(Type.String({ maxLength: 10 })),
  to: Type.Optional(Type.String({ maxLength: 10 })),
  market: Type.Optional(Type.String({ maxLength: 64 })),
  language: Type.Optional(Type.String({ maxLength: 64 })),
  channel: Type.Optional(Type.String({ maxLength: 64 })),
  intent: Type.Optional(Type.String({ maxLength: 64 })),
};
const ReportQuerySchema = Type.Object(Filters);

async function storeFor(app: FastifyInstance, request: FastifyRequest, role?: 'admin'): Promise<{ store: StoreRow; agentId: string }> {
  const { storeId } = request.params as { storeId: string };
  const { session } = await app.requireStoreMember(request, storeId, role);
  const store = await getStore(app.db, storeId);
  if (!store) throw new ParleyError('STORE_NOT_FOUND');
  return { store, agentId: session.agentId };
}

export async function insightsRoutes(app: FastifyInstance): Promise<void> {
  // ── Reports (admins) ────────────────────────────────────────────────────────────────────────────
  app.get('/api/stores/:storeId/reports', { schema: { params: StoreParams, querystring: ReportQuerySchema } }, async (request) => {
    const { store } = await storeFor(app, request, 'admin');
    return buildReport(app.db, store, request.query as ReportQuery, app.clock.now());
  });

  app.get('/api/stores/:storeId/reports/dimensions', { schema: { params: StoreParams } }, async (request) => {
    const { store } = await storeFor(app, request, 'admin');
    const { rows } = await app.db.query<{ channel: string }>('SELECT DISTINCT channel FROM conversations WHERE store_id = $1 ORDER BY channel', [store.id]);
    return {
      timeZone: store.timezone,
      markets: [...new Set(storeMarkets(store.profile).map((m) => m.market)), 'unknown'],
      languages: [...store.locales, 'und'],
      channels: rows.map((r) => r.channel),
      intents: [...INTENTS, 'unknown'],
      draftModel: hasDraftModel(app.config),
    };
  });

  app.get(
    '/api/stores/:storeId/reports/export.csv',
    { schema: { params: StoreParams, querystring: Type.Object({ ...Filters, section: Type.Optional(Type.Union(CSV_SECTIONS.map((s) => Type.Literal(s)))) }) } },
    async (request, reply) => {
      const { store } = await storeFor(app, request, 'admin');
      const { section = 'summary', ...query } = request.query as ReportQuery & { section?: CsvSection };
      const report = await buildReport(app.db, store, query, app.clock.now());
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${store.id}-${section}-${report.range.from}-${report.range.to}.csv"`)
        .send(reportCsv(report, section));
    },
  );

  // ── Knowledge gaps (admins) ─────────────────────────────────────────────────────────────────────
  app.get('/api/stores/:storeId/reports/gaps', { schema: { params: StoreParams, querystring: ReportQuerySchema } }, async (request) => {
    const { store } = await storeFor(app, request, 'admin');
    return knowledgeGaps(app.db, store, request.query as ReportQuery, app.clock.now());
  });

  app.get('/api/stores/:storeId/reports/gaps/export.csv', { schema: { params: StoreParams, querystring: ReportQuerySchema } }, async (request, reply) => {
    const { store } = await storeFor(app, request, 'admin');
    const gaps = await knowledgeGaps(app.db, store, request.query as ReportQuery, app.clock.now());
    const csv = toCsv(['topic', 'times_asked', 'languages', 'concepts', 'examples', 'last_asked'], gaps.clusters.map((c) => [
      c.label, c.count, c.languages.map((l) => `${l.locale}:${l.count}`).join(' '), c.concepts.join(' '), c.examples.map((e) => e.text).join(' | '), c.lastAskedAt,
    ]));
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${store.id}-knowledge-gaps-${gaps.range.from}-${gaps.range.to}.csv"`).send(csv);
  });

  app.post(
    '/api/stores/:storeId/reports/gaps/draft',
    {
      schema: {
        params: StoreParams,
        body: Type.Object({
          label: Type.String({ minLength: 1, maxLength: 500 }),
          questions: Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 20 }),
          locale: Type.Optional(Type.String({ maxLength: 10 })),
        }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { store } = await storeFor(app, request, 'admin');
      const body = request.body as { label: string; questions: string[]; locale?: string };
      const locale = body.locale && store.locales.includes(body.locale) ? body.locale : store.default_locale;
      return { draft: await draftArticle(app.config, store, { label: body.label, questions: body.questions, locale }) };
    },
  );

  // ── Settings and manual scans (admins) ──────────────────────────────────────────────────────────
  app.get('/api/stores/:storeId/insights/settings', { schema: { params: StoreParams } }, async (request) => {
    const { store } = await storeFor(app, request, 'admin');
    return { settings: insightsSettingsOf(store) };
  });

  app.put('/api/stores/:storeId/insights/settings', { schema: { params: StoreParams, body: Type.Object({}, { additionalProperties: true }) } }, async (request) => {
    const { store } = await storeFor(app, request, 'admin');
    return { settings: await saveInsightsSettings(app.db, store, request.body) };
  });

  app.post(
    '/api/stores/:storeId/insights/scan',
    { schema: { params: StoreParams, body: Type.Object({ what: Type.Union([Type.Literal('proactive'), Type.Literal('feedback')]) }) } },
    async (request) => {
      const { store } = await storeFor(app, request, 'admin');
      const { what } = request.body as { what: 'proactive' | 'feedback' };
      return { result: what === 'proactive' ? await runProactiveScan(app, store.id) : await runFeedbackScan(app, store.id) };
    },
  );

  // ── Proactive notices, order problems and compensation (agents) ─────────────────────────────────
  app.get('/api/stores/:storeId/proactive-notices', { schema: { params: StoreParams, querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }) } }, async (request) => {
    const { store } = await storeFor(app, request);
    return { notices: await listNotices(app.db, store.id, (request.query as { limit?: number }).limit ?? 100) };
  });

  app.get('/api/stores/:storeId/order-problems', { schema: { params: StoreParams } }, async (request) => {
    const { store } = await storeFor(app, request);
    return { problems: await listOrderProblems(app.db, store, app.clock.now()) };
  });

  app.get('/api/stores/:storeId/orders/:orderId/remedies', { schema: { params: Type.Object({ storeId: StoreId, orderId: Uuid }) } }, async (request) => {
    const { store } = await storeFor(app, request);
    const { orderId } = request.params as { orderId: string };
    const order = await requireOrder(app.db, store.id, orderId);
    return {
      order: { id: order.id, name: order.name, channel: order.channel, market: order.market, currency: order.currency, total: order.total_price },
      detected: await detectOrderProblems(app.db, store, order.id, app.clock.now()),
      options: remedyOptions(store, order),
      decisions: await listDecisions(app.db, store.id, order.id),
    };
  });

  app.post(
    '/api/stores/:storeId/orders/:orderId/remedies',
    {
      schema: {
        params: Type.Object({ storeId: StoreId, orderId: Uuid }),
        body: Type.Object({
          problem: Type.Union(PROBLEMS.map((p) => Type.Literal(p))),
          remedy: Type.String({ maxLength: 32 }),
          decision: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
          amount: Type.Optional(Type.Union([Type.Number({ minimum: 0 }), Type.Null()])),
          conversationId: Type.Optional(Type.Union([Uuid, Type.Null()])),
          note: Type.Optional(Type.String({ maxLength: 1000 })),
        }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const { store, agentId } = await storeFor(app, request);
      const agent = await getAgent(app.db, agentId);
      const { orderId } = request.params as { orderId: string };
      const body = request.body as { problem: string; remedy: string; decision: 'approved' | 'rejected'; amount?: number | null; conversationId?: string | null; note?: string };
      const decision = await recordDecision(app.db, {
        store, orderId, problem: body.problem, remedy: body.remedy, status: body.decision, amount: body.amount, conversationId: body.conversationId, note: body.note,
        agent: { id: agentId, name: agent?.name ?? 'An agent' }, now: app.clock.now(), hub: app.hub,
      });
      return reply.status(201).send({ decision });
    },
  );

  // ── The shopper's rating page behind a feedback e-mail ──────────────────────────────────────────
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8192 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    const Params = Type.Object({ requestId: Type.String({ maxLength: 36 }), signature: Type.String({ maxLength: 64 }) });
    const html = (reply: import('fastify').FastifyReply, status: number, body: string) =>
      reply
        .status(status)
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-store')
        .send(body);

    scope.get('/feedback/:requestId/:signature', { schema: { params: Params } }, async (request, reply) => {
      const { requestId, signature } = request.params as { requestId: string; signature: string };
      const target = await loadRatingTarget(app.db, requestId, signature);
      if (!target) return html(reply, 404, messagePage('en', tr('en', 'feedback.invalid'), tr('en', 'feedback.invalid')));
      const title = tr(target.locale, 'feedback.page_title', { order: target.orderName });
      if (await alreadyRated(app.db, target)) return html(reply, 200, messagePage(target.locale, title, tr(target.locale, 'feedback.already')));
      return html(reply, 200, ratingFormPage(target, request.url));
    });

    scope.post('/feedback/:requestId/:signature', { schema: { params: Params }, config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (request, reply) => {
      const { requestId, signature } = request.params as { requestId: string; signature: string };
      const target = await loadRatingTarget(app.db, requestId, signature);
      if (!target) return html(reply, 404, messagePage('en', tr('en', 'feedback.invalid'), tr('en', 'feedback.invalid')));
      const body = (request.body ?? {}) as Record<string, unknown>;
      const title = tr(target.locale, 'feedback.page_title', { order: target.orderName });
      if (await alreadyRated(app.db, target)) return html(reply, 409, messagePage(target.locale, title, tr(target.locale, 'feedback.already')));
      if (!(await submitRating(app.db, target, body.rating, body.comment))) return html(reply, 400, ratingFormPage(target, request.url));
      return html(reply, 200, messagePage(insightsLocale(target.locale), title, tr(target.locale, 'feedback.thanks')));
    });
  });
}

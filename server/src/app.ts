/**
 * The application factory used by `npm start`, the tests and the benchmarks: external plugins, then
 * Parley's services, then routes and the realtime namespaces. server.ts is the only file that listens.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import { loggerOptions } from './logger.js';
import { openDatabase } from './db/open.js';
import type { Db } from './db/types.js';
import { registerErrorHandlers } from './plugins/error-handler.js';
import { registerServices } from './plugins/services.js';
import { registerAgentAuth } from './plugins/agent-auth.js';
import { registerRealtime } from './realtime/realtime.js';
import { registerJobs } from './jobs/plugin.js';
import { registerLimits } from './limits/plugin.js';
import { registerPrivacy } from './privacy/plugin.js';
import { healthRoutes } from './routes/health.js';
import { authRoutes } from './routes/auth.js';
import { conversationRoutes } from './routes/conversations.js';
import { widgetRoutes } from './routes/widget.js';
import { attachmentRoutes } from './attachments/attachment-routes.js';
import { feedbackRoutes } from './feedback/feedback-routes.js';
import { pageRoutes } from './routes/pages.js';
import { helpRoutes } from './routes/help.js';
import { registerInbox } from './inbox/plugin.js';
import { inboxRoutes } from './routes/inbox-routes.js';
import { commerceRoutes } from './routes/commerce.js';
import { webhookRoutes } from './routes/webhooks.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { registerInsights } from './insights/plugin.js';
import { insightsRoutes } from './routes/insights.js';

export interface BuildOptions {
  /** Use this database instead of opening the configured one (tests share one per file). */
  db?: Db;
  /** Extra pino options, e.g. a test stream. */
  logger?: boolean;
}

export type ParleyInstance = FastifyInstance;

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<ParleyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.logLevel),
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].length <= 64 ? req.headers['x-request-id'] : randomUUID()),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const db = options.db ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolMax: config.databasePoolMax, preparedStatements: config.databasePreparedStatements, connectTimeoutMs: config.databaseConnectTimeoutMs }));
  const ownsDb = !options.db;

  registerErrorHandlers(app);
  await app.register(cookie);
  await registerLimits(app, config);
  await registerServices(app, config, db);
  registerJobs(app, config);
  registerAgentAuth(app);
  registerPrivacy(app, config);
  await registerInbox(app);
  registerInsights(app);

  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(conversationRoutes, { prefix: '/api/stores/:storeId' });
  await app.register(inboxRoutes);
  await app.register(commerceRoutes, { prefix: '/api/stores/:storeId' });
  await app.register(knowledgeRoutes, { prefix: '/api/stores/:storeId' });
  await app.register(webhookRoutes);
  await app.register(widgetRoutes);
  await app.register(attachmentRoutes);
  await app.register(feedbackRoutes);
  await app.register(insightsRoutes);
  await app.register(pageRoutes);
  await app.register(helpRoutes);
  registerRealtime(app, config);

  app.addHook('onClose', async () => {
    await app.conversations.drain();
    if (ownsDb) await db.close();
  });
  return app;
}

/**
 * Privacy endpoints (store admins only) and the retention job:
 *   GET  /api/stores/:storeId/privacy/export?customerId=|externalId=|email=   → the customer's data as JSON
 *   POST /api/stores/:storeId/privacy/delete {customerId|externalId|email, confirm: "DELETE"} → erasure
 * Both are recorded in privacy_requests (without who they were about).
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Config } from '../config.js';
import { ParleyError } from '../errors.js';
import { findSubject, type SubjectQuery } from './subject.js';
import { exportCustomer } from './export-customer.js';
import { deleteCustomer } from './delete-customer.js';
import { sweepRetention } from './retention.js';

const SubjectFields = {
  customerId: Type.Optional(Type.String({ maxLength: 36 })),
  externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Type.String({ minLength: 3, maxLength: 254 })),
};
const Params = Type.Object({ storeId: Type.String({ maxLength: 64 }) });
const HOUR_MS = 3600_000;

async function record(app: FastifyInstance, storeId: string, kind: 'export' | 'delete', agentId: string, counts: Record<string, number>): Promise<void> {
  await app.db.query('INSERT INTO privacy_requests (store_id, kind, requested_by, counts) VALUES ($1, $2, $3, $4::jsonb)', [storeId, kind, agentId, JSON.stringify(counts)]);
}

export function registerPrivacy(app: FastifyInstance, config: Config): void {
  app.jobs.define('privacy.retention', async () => {
    const report = await sweepRetention(app.db, config.retention, new Date());
    if (report.conversations + report.attachments + report.unsentUploads > 0) app.log.info({ retention: report }, 'retention sweep deleted expired data');
  }, { concurrency: 1, maxAttempts: 3, visibilityTimeoutMs: 15 * 60_000 });
  app.jobs.every('privacy.retention', HOUR_MS, {});

  app.register(async (routes) => {
    routes.get('/api/stores/:storeId/privacy/export', { schema: { params: Params, querystring: Type.Object(SubjectFields) } }, async (request, reply) => {
      const { storeId } = request.params as { storeId: string };
      const { session } = await app.requireStoreMember(request, storeId, 'admin');
      const subject = await findSubject(app.db, storeId, request.query as SubjectQuery);
      const data = await exportCustomer(app.db, subject, new Date());
      await record(app, storeId, 'export', session.agentId, Object.fromEntries(Object.entries(data.tables).map(([t, rows]) => [t, rows.length])));
      reply.header('content-disposition', `attachment; filename="customer-export-${data.exportedAt.slice(0, 10)}.json"`);
      reply.header('cache-control', 'no-store');
      return data;
    });

    routes.post(
      '/api/stores/:storeId/privacy/delete',
      { schema: { params: Params, body: Type.Object({ ...SubjectFields, confirm: Type.Literal('DELETE') }) } },
      async (request) => {
        const { storeId } = request.params as { storeId: string };
        const { session } = await app.requireStoreMember(request, storeId, 'admin');
        const subject = await findSubject(app.db, storeId, request.body as SubjectQuery);
        if (!subject.customerId && subject.conversationIds.length === 0 && subject.orderIds.length === 0) throw new ParleyError('NOT_FOUND', 'Nothing is stored for this customer');
        const report = await deleteCustomer(app.db, subject);
        await record(app, storeId, 'delete', session.agentId, report.deleted);
        // Shoppers still connected to an erased conversation (on any node) are let go.
        for (const id of report.conversationIds) app.io?.of('/widget').in(`conv:${id}`).disconnectSockets(true);
        request.log.info({ store: storeId, deleted: report.deleted }, 'customer data erased on request');
        return { deleted: report.deleted };
      },
    );
  });
}

/** CSAT for agents and reports: one conversation's rating, or a store's latest ratings. */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { getFeedback, listFeedback } from './feedback-repository.js';

const StoreId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' });

export async function feedbackRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/stores/:storeId/conversations/:conversationId/feedback',
    { schema: { params: Type.Object({ storeId: StoreId, conversationId: Type.String({ format: 'uuid' }) }) } },
    async (request) => {
      const { storeId, conversationId } = request.params as { storeId: string; conversationId: string };
      await app.requireStoreMember(request, storeId);
      const feedback = await getFeedback(app.db, storeId, conversationId);
      if (!feedback) throw new ParleyError('NOT_FOUND', 'This conversation has no rating');
      return { feedback };
    },
  );

  app.get(
    '/api/stores/:storeId/feedback',
    { schema: { params: Type.Object({ storeId: StoreId }), querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }) } },
    async (request) => {
      const { storeId } = request.params as { storeId: string };
      const { limit = 100 } = request.query as { limit?: number };
      await app.requireStoreMember(request, storeId);
      return { feedback: await listFeedback(app.db, storeId, limit) };
    },
  );
}

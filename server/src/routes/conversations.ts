/** The inbox's conversation API: list per view, read with messages, reply or add a private note. */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { getConversation, getConversationSummary, listConversations, type InboxView } from '../conversations/conversations-repository.js';
import { listMessages } from '../conversations/messages-repository.js';

const StoreParams = Type.Object({ storeId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }) });
const ConversationParams = Type.Object({ storeId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }), conversationId: Type.String({ format: 'uuid' }) });
const VIEWS = ['unassigned', 'mine', 'open', 'pending', 'snoozed', 'resolved', 'bot', 'all'] as const;

export async function conversationRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/conversations',
    {
      schema: {
        params: StoreParams,
        querystring: Type.Object({
          view: Type.Optional(Type.Union(VIEWS.map((v) => Type.Literal(v)))),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
        }),
      },
    },
    async (request) => {
      const { storeId } = request.params as { storeId: string };
      const { view = 'all', limit = 50 } = request.query as { view?: InboxView; limit?: number };
      const { session } = await app.requireStoreMember(request, storeId);
      return { conversations: await listConversations(app.db, storeId, { view, agentId: session.agentId, limit }) };
    },
  );

  app.get('/conversations/:conversationId', { schema: { params: ConversationParams } }, async (request) => {
    const { storeId, conversationId } = request.params as { storeId: string; conversationId: string };
    await app.requireStoreMember(request, storeId);
    const summary = await getConversationSummary(app.db, storeId, conversationId);
    if (!summary) throw new ParleyError('CONVERSATION_NOT_FOUND');
    return { conversation: summary, messages: await listMessages(app.db, conversationId, { includeInternal: true, limit: 1000 }) };
  });

  app.post(
    '/conversations/:conversationId/messages',
    {
      schema: {
        params: ConversationParams,
        body: Type.Object({
          text: Type.String({ minLength: 1, maxLength: 4000 }),
          clientId: Type.String({ minLength: 8, maxLength: 64 }),
          internal: Type.Optional(Type.Boolean()),
        }),
      },
    },
    async (request, reply) => {
      const { storeId, conversationId } = request.params as { storeId: string; conversationId: string };
      const body = request.body as { text: string; clientId: string; internal?: boolean };
      const { session } = await app.requireStoreMember(request, storeId);
      if (!(await getConversation(app.db, storeId, conversationId))) throw new ParleyError('CONVERSATION_NOT_FOUND');
      const message = await app.conversations.sendAgentMessage({ storeId, conversationId, agentId: session.agentId, ...body });
      return reply.status(201).send({ message });
    },
  );
}

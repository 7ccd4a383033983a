/**
 * One store's conversations for the inbox: the list per view, one conversation with its transcript,
 * writing a reply or a private note, and marking its mentions read.
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { INBOX_VIEWS, type InboxView } from '../../../protocol/agent-events.js';
import { listItems } from '../inbox/views-repository.js';
import { toInboxItems } from '../inbox/inbox-items.js';
import { loadConversationDetail } from '../inbox/conversation-detail.js';
import { sendReply } from '../inbox/replies.js';
import { markMentionsRead } from '../inbox/mentions.js';
import { agentInStore, agentOnConversation, ConversationParams, StoreParams } from './inbox-helpers.js';

export async function conversationRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/conversations',
    {
      schema: {
        params: StoreParams,
        querystring: Type.Object({
          view: Type.Optional(Type.Union(INBOX_VIEWS.map((v) => Type.Literal(v)))),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
        }),
      },
    },
    async (request) => {
      const { storeId } = request.params as { storeId: string };
      const { view = 'all', limit = 50 } = request.query as { view?: InboxView; limit?: number };
      const { agent } = await agentInStore(app, request, storeId);
      const rows = await listItems(app.db, { storeIds: [storeId], agentId: agent.id, view, filters: {}, sort: 'recent', limit });
      return { conversations: await toInboxItems(app.db, rows, app.inbox.now()) };
    },
  );

  app.get('/conversations/:conversationId', { schema: { params: ConversationParams } }, async (request) => {
    const { conversation, agent } = await agentOnConversation(app, request);
    return loadConversationDetail(app.inbox, conversation, agent);
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
          translate: Type.Optional(Type.Boolean()),
        }),
      },
    },
    async (request, reply) => {
      const { conversation, agent, storeId } = await agentOnConversation(app, request);
      const body = request.body as { text: string; clientId: string; internal?: boolean; translate?: boolean };
      const message = await sendReply(app.inbox, {
        storeId,
        conversationId: conversation.id,
        agent: { agentId: agent.id, name: agent.name, languages: agent.languages },
        ...body,
      });
      return reply.status(201).send({ message });
    },
  );

  app.post('/conversations/:conversationId/read', { schema: { params: ConversationParams } }, async (request) => {
    const { conversation, agent } = await agentOnConversation(app, request);
    return { mentionsRead: await markMentionsRead(app.db, agent.id, conversation.id) };
  });
}

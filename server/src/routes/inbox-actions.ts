/** What an agent does to a conversation: assign, change status, set priority and labels, merge. */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { PRIORITIES, type Priority } from '../../../protocol/agent-events.js';
import { assignConversation } from '../inbox/assignment.js';
import { AGENT_STATUSES, setStatus, type AgentStatus } from '../inbox/statuses.js';
import { updateAttributes } from '../inbox/attributes.js';
import { mergeConversations } from '../inbox/merge.js';
import { assignBacklog } from '../inbox/assignment.js';
import { loadInboxItem } from '../inbox/inbox-items.js';
import { agentOnConversation, ConversationParams, UUID } from './inbox-helpers.js';

export async function inboxActionRoutes(app: FastifyInstance): Promise<void> {
  const respond = async (storeId: string, conversationId: string) => ({ conversation: await loadInboxItem(app.db, storeId, conversationId, app.inbox.now()) });

  app.post(
    '/conversations/:conversationId/assign',
    { schema: { params: ConversationParams, body: Type.Object({ assigneeId: Type.Union([UUID, Type.Null()]) }) } },
    async (request) => {
      const { storeId, conversation, actor } = await agentOnConversation(app, request);
      const { assigneeId } = request.body as { assigneeId: string | null };
      await assignConversation(app.inbox, { storeId, conversationId: conversation.id, assigneeId, actor });
      return respond(storeId, conversation.id);
    },
  );

  app.post(
    '/conversations/:conversationId/status',
    {
      schema: {
        params: ConversationParams,
        body: Type.Object({
          status: Type.Union(AGENT_STATUSES.map((s) => Type.Literal(s))),
          snoozedUntil: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
        }),
      },
    },
    async (request) => {
      const { storeId, conversation, actor } = await agentOnConversation(app, request);
      const body = request.body as { status: AgentStatus; snoozedUntil?: string | null };
      await setStatus(app.inbox, { storeId, conversationId: conversation.id, status: body.status, snoozedUntil: body.snoozedUntil ?? null, actor });
      if (body.status === 'resolved' && conversation.assignee_id) {
        // A finished conversation frees a seat: hand out the next waiting one.
        void assignBacklog(app.inbox, storeId).catch((err: unknown) => request.log.warn({ err }, 'backlog assignment failed'));
      }
      return respond(storeId, conversation.id);
    },
  );

  app.patch(
    '/conversations/:conversationId',
    {
      schema: {
        params: ConversationParams,
        body: Type.Object(
          {
            priority: Type.Optional(Type.Union(PRIORITIES.map((p) => Type.Literal(p)))),
            labels: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { storeId, conversation, actor } = await agentOnConversation(app, request);
      const body = request.body as { priority?: Priority; labels?: string[] };
      await updateAttributes(app.inbox, { storeId, conversationId: conversation.id, ...body, actor });
      return respond(storeId, conversation.id);
    },
  );

  app.post(
    '/conversations/:conversationId/merge',
    { schema: { params: ConversationParams, body: Type.Object({ sourceId: UUID }) } },
    async (request) => {
      const { storeId, conversation, actor } = await agentOnConversation(app, request);
      const { sourceId } = request.body as { sourceId: string };
      const { copied } = await mergeConversations(app.inbox, { storeId, targetId: conversation.id, sourceId, actor });
      return { ...(await respond(storeId, conversation.id)), copied };
    },
  );
}

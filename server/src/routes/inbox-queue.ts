/**
 * The queue across every store the agent works for: conversations per view with filters and search,
 * counts per view, and the agent's @mentions. A store filter outside the agent's stores is refused.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { INBOX_VIEWS, PRIORITIES, type InboxFilters, type InboxView } from '../../../protocol/agent-events.js';
import { listMemberships } from '../auth/agents-repository.js';
import { countViews, listItems, type InboxSort } from '../inbox/views-repository.js';
import { toInboxItems } from '../inbox/inbox-items.js';
import { listMentions } from '../inbox/mentions.js';
import { STORE_ID } from './inbox-helpers.js';

const Filters = {
  storeId: Type.Optional(STORE_ID),
  language: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$' })),
  channel: Type.Optional(Type.String({ maxLength: 32 })),
  intent: Type.Optional(Type.String({ maxLength: 32 })),
  priority: Type.Optional(Type.Union(PRIORITIES.map((p) => Type.Literal(p)))),
  label: Type.Optional(Type.String({ maxLength: 40 })),
  q: Type.Optional(Type.String({ maxLength: 200 })),
};

export async function inboxQueueRoutes(app: FastifyInstance): Promise<void> {
  /** The stores this request may see: all of the agent's, or the one asked for if it is theirs. */
  async function scope(request: FastifyRequest, storeId: string | undefined): Promise<{ agentId: string; storeIds: string[] }> {
    const session = await app.requireAgent(request);
    const mine = (await listMemberships(app.db, session.agentId)).map((m) => m.storeId);
    if (storeId && !mine.includes(storeId)) throw new ParleyError('FORBIDDEN');
    return { agentId: session.agentId, storeIds: storeId ? [storeId] : mine };
  }

  const filtersOf = (query: Record<string, unknown>): InboxFilters => {
    const { view: _view, sort: _sort, limit: _limit, offset: _offset, storeId: _store, ...rest } = query;
    return rest as InboxFilters;
  };

  app.get(
    '/conversations',
    {
      schema: {
        querystring: Type.Object({
          view: Type.Optional(Type.Union(INBOX_VIEWS.map((v) => Type.Literal(v)))),
          sort: Type.Optional(Type.Union([Type.Literal('recent'), Type.Literal('oldest'), Type.Literal('priority')])),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
          ...Filters,
        }),
      },
    },
    async (request) => {
      const query = request.query as Record<string, unknown> & { view?: InboxView; sort?: InboxSort; limit?: number; offset?: number; storeId?: string };
      const { agentId, storeIds } = await scope(request, query.storeId);
      const rows = await listItems(app.db, {
        storeIds,
        agentId,
        view: query.view ?? 'open',
        filters: filtersOf(query),
        sort: query.sort ?? 'recent',
        limit: query.limit ?? 100,
        offset: query.offset ?? 0,
      });
      return { conversations: await toInboxItems(app.db, rows, app.inbox.now()) };
    },
  );

  app.get('/counts', { schema: { querystring: Type.Object(Filters) } }, async (request) => {
    const query = request.query as Record<string, unknown> & { storeId?: string };
    const { agentId, storeIds } = await scope(request, query.storeId);
    return { counts: await countViews(app.db, storeIds, agentId, filtersOf(query)) };
  });

  app.get('/mentions', { schema: { querystring: Type.Object({ unread: Type.Optional(Type.Boolean()) }) } }, async (request) => {
    const { agentId, storeIds } = await scope(request, undefined);
    return { mentions: await listMentions(app.db, agentId, storeIds, (request.query as { unread?: boolean }).unread === true) };
  });
}

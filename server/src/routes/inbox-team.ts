/** The store's agents as the inbox needs them: assignment menus, @mention completion, who is online. */
import type { FastifyInstance } from 'fastify';
import type { StoreMember } from '../../../protocol/agent-events.js';
import { listMembers, mentionHandle, type MemberRow } from '../inbox/members-repository.js';
import { connectedAgentIds } from '../inbox/presence.js';
import { agentInStore, StoreParams } from './inbox-helpers.js';

export function toStoreMember(m: MemberRow, connected: ReadonlySet<string>): StoreMember {
  return {
    agentId: m.agent_id,
    name: m.name,
    email: m.email,
    role: m.role,
    team: m.team,
    capacity: m.capacity,
    languages: m.languages,
    timezone: m.timezone,
    availability: m.availability,
    connected: connected.has(m.agent_id),
    load: m.load,
    handle: mentionHandle(m.email),
  };
}

export async function inboxTeamRoutes(app: FastifyInstance): Promise<void> {
  app.get('/members', { schema: { params: StoreParams } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    await agentInStore(app, request, storeId);
    const connected = await connectedAgentIds(app.inbox.agents(), storeId);
    return { members: (await listMembers(app.db, storeId)).map((m) => toStoreMember(m, connected)) };
  });
}

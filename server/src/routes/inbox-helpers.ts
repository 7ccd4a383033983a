/** Shared pieces of the inbox routes: parameter schemas and "the agent, in this store, on this conversation". */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { getAgent, type AgentRow } from '../auth/agents-repository.js';
import { getConversation, type ConversationRow } from '../conversations/conversations-repository.js';
import type { Membership } from '../auth/agents-repository.js';

export const STORE_ID = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' });
export const UUID = Type.String({ format: 'uuid' });
export const StoreParams = Type.Object({ storeId: STORE_ID });
export const ConversationParams = Type.Object({ storeId: STORE_ID, conversationId: UUID });

export interface AgentInStore {
  agent: AgentRow;
  membership: Membership;
  actor: { agentId: string; name: string };
}

/** The signed-in agent, who must belong to the store (admin role when asked). */
export async function agentInStore(app: FastifyInstance, request: FastifyRequest, storeId: string, role?: 'admin'): Promise<AgentInStore> {
  const { session, membership } = await app.requireStoreMember(request, storeId, role);
  const agent = await getAgent(app.db, session.agentId);
  if (!agent) throw new ParleyError('UNAUTHENTICATED');
  return { agent, membership, actor: { agentId: agent.id, name: agent.name } };
}

/** As agentInStore, plus the conversation, which must be the store's (no cross-tenant ids). */
export async function agentOnConversation(app: FastifyInstance, request: FastifyRequest): Promise<AgentInStore & { conversation: ConversationRow; storeId: string }> {
  const { storeId, conversationId } = request.params as { storeId: string; conversationId: string };
  const base = await agentInStore(app, request, storeId);
  const conversation = await getConversation(app.db, storeId, conversationId);
  if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
  return { ...base, conversation, storeId };
}

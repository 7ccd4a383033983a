/**
 * Who has the inbox open, and who is looking at which conversation. Read from the sockets
 * themselves (`fetchSockets`), so with the Redis adapter it covers every node without extra state.
 */
import type { Namespace } from 'socket.io';
import type { AgentRef } from '../../../protocol/agent-events.js';

export const storeRoom = (storeId: string) => `store:${storeId}`;
export const agentRoom = (agentId: string) => `agent:${agentId}`;

/** What the /agents namespace keeps on each socket. */
export interface AgentSocketData {
  agentId: string;
  name: string;
  storeIds: string[];
  languages: string[];
  /** The conversation open on this socket's screen, and its store. */
  viewing: string | null;
  viewingStore: string | null;
}

async function socketsOf(nsp: Namespace | undefined, storeId: string): Promise<AgentSocketData[]> {
  if (!nsp) return [];
  const sockets = await nsp.in(storeRoom(storeId)).fetchSockets();
  return sockets.map((s) => s.data as AgentSocketData).filter((d) => d && typeof d.agentId === 'string');
}

/** Agents of the store with at least one inbox tab open. */
export async function connectedAgentIds(nsp: Namespace | undefined, storeId: string): Promise<Set<string>> {
  return new Set((await socketsOf(nsp, storeId)).map((d) => d.agentId));
}

/** Agents with this conversation open, once each. */
export async function viewersOf(nsp: Namespace | undefined, storeId: string, conversationId: string): Promise<AgentRef[]> {
  const seen = new Map<string, AgentRef>();
  for (const d of await socketsOf(nsp, storeId)) {
    if (d.viewing === conversationId) seen.set(d.agentId, { agentId: d.agentId, name: d.name });
  }
  return [...seen.values()];
}

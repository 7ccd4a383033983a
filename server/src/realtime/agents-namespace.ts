/**
 * The inbox side. Agents authenticate with their session cookie; the handshake's Origin must be this
 * server (no cross-site socket hijacking). Each agent joins the rooms of the stores they work for.
 */
import type { FastifyInstance } from 'fastify';
import type { Namespace, Server, Socket } from 'socket.io';
import type { AgentClientToServer, AgentServerToClient } from '../../../protocol/agent-events.js';
import { ParleyError } from '../errors.js';
import { findSession, SESSION_COOKIE } from '../auth/sessions.js';
import { getAgent, listMemberships } from '../auth/agents-repository.js';
import { getConversation } from '../conversations/conversations-repository.js';
import { isRecord, withAck } from './acks.js';
import { storeRoom } from './socket-hub.js';

interface AgentSocketData {
  agentId: string;
  name: string;
  storeIds: string[];
}

type AgentSocket = Socket<AgentClientToServer, AgentServerToClient, Record<string, never>, AgentSocketData>;

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function sameOrigin(origin: string | undefined, host: string | undefined, publicUrl: string | undefined): boolean {
  if (!origin) return true; // non-browser clients send no Origin; the cookie still has to be valid
  try {
    const o = new URL(origin);
    return o.host === host || (publicUrl !== undefined && o.origin === new URL(publicUrl).origin);
  } catch {
    return false;
  }
}

export function registerAgentsNamespace(app: FastifyInstance, io: Server): Namespace {
  const nsp = io.of('/agents') as unknown as Namespace<AgentClientToServer, AgentServerToClient, Record<string, never>, AgentSocketData>;

  nsp.use((socket, next) => {
    const headers = socket.request.headers;
    if (!sameOrigin(headers.origin, headers.host, app.config.publicUrl)) return next(new Error('origin not allowed'));
    const token = readCookie(headers.cookie, SESSION_COOKIE);
    if (!token) return next(new Error('not signed in'));
    (async () => {
      const session = await findSession(app.db, token);
      if (!session) return next(new Error('not signed in'));
      const agent = await getAgent(app.db, session.agentId);
      const memberships = await listMemberships(app.db, session.agentId);
      socket.data = { agentId: session.agentId, name: agent?.name ?? 'Agent', storeIds: memberships.map((m) => m.storeId) };
      next();
    })().catch((err: unknown) => {
      app.log.error({ err }, 'agent handshake failed');
      next(new Error('temporarily unavailable'));
    });
  });

  nsp.on('connection', (socket: AgentSocket) => {
    const log = app.log.child({ ns: 'agents', agent: socket.data.agentId });
    for (const storeId of socket.data.storeIds) void socket.join(storeRoom(storeId));

    const requireStore = (storeId: unknown): string => {
      if (typeof storeId !== 'string' || !socket.data.storeIds.includes(storeId)) throw new ParleyError('FORBIDDEN');
      return storeId;
    };

    socket.on('message:send', (data, ack) =>
      withAck(log, ack, async () => {
        if (!isRecord(data) || typeof data.text !== 'string' || typeof data.clientId !== 'string' || typeof data.conversationId !== 'string') {
          throw new ParleyError('VALIDATION', 'message:send needs {storeId, conversationId, clientId, text}');
        }
        const storeId = requireStore(data.storeId);
        const message = await app.conversations.sendAgentMessage({
          storeId,
          conversationId: data.conversationId,
          agentId: socket.data.agentId,
          clientId: data.clientId,
          text: data.text,
          internal: data.internal === true,
        });
        return { message };
      }),
    );

    socket.on('typing', (data) => {
      if (!isRecord(data) || typeof data.conversationId !== 'string') return;
      const conversationId = data.conversationId;
      const typing = data.typing === true;
      // Only relay for conversations of the agent's own stores.
      void (async () => {
        for (const storeId of socket.data.storeIds) {
          if (await getConversation(app.db, storeId, conversationId)) {
            app.hub.typing(storeId, conversationId, { author: 'agent', name: socket.data.name, agentId: socket.data.agentId }, typing);
            return;
          }
        }
      })().catch((err: unknown) => log.warn({ err }, 'typing relay failed'));
    });
  });
  return nsp as unknown as Namespace;
}

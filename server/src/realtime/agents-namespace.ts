/**
 * The inbox side. Agents authenticate with their session cookie; the handshake's Origin must be this
 * server (no cross-site socket hijacking). Each agent joins the rooms of the stores they work for and
 * a room of their own (mentions, "log out everywhere"). Sockets remember which conversation is on
 * screen, which is how everyone sees who else is viewing it.
 */
import type { FastifyInstance } from 'fastify';
import type { Namespace, Server, Socket } from 'socket.io';
import type { AgentClientToServer, AgentServerToClient } from '../../../protocol/agent-events.js';
import { ParleyError } from '../errors.js';
import { findSession, SESSION_COOKIE } from '../auth/sessions.js';
import { getAgent, listMemberships } from '../auth/agents-repository.js';
import { getConversation } from '../conversations/conversations-repository.js';
import { agentRoom, connectedAgentIds, storeRoom, viewersOf, type AgentSocketData } from '../inbox/presence.js';
import { sendReply } from '../inbox/replies.js';
import { assignBacklog } from '../inbox/assignment.js';
import { isRecord, withAck } from './acks.js';

type AgentSocket = Socket<AgentClientToServer, AgentServerToClient, Record<string, never>, AgentSocketData>;
type AgentNamespace = Namespace<AgentClientToServer, AgentServerToClient, Record<string, never>, AgentSocketData>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

const namespaceOf = (app: FastifyInstance) => app.inbox.agents() as AgentNamespace | undefined;

/** Tells a store's agents who is online and available (for assignment menus and the team list). */
export async function broadcastOnline(app: FastifyInstance, storeId: string): Promise<void> {
  const nsp = namespaceOf(app);
  if (!nsp) return;
  const connected = [...(await connectedAgentIds(app.inbox.agents(), storeId))];
  const { rows } = await app.db.query<{ id: string }>(`SELECT id FROM agents WHERE id = ANY($1::uuid[]) AND availability = 'online'`, [connected]);
  nsp.to(storeRoom(storeId)).emit('agents:online', { storeId, agentIds: rows.map((r) => r.id) });
}

async function broadcastViewers(app: FastifyInstance, storeId: string, conversationId: string): Promise<void> {
  const viewers = await viewersOf(app.inbox.agents(), storeId, conversationId);
  namespaceOf(app)?.to(storeRoom(storeId)).emit('presence:updated', { conversationId, viewers });
}

export function registerAgentsNamespace(app: FastifyInstance, io: Server): Namespace {
  const nsp = io.of('/agents') as unknown as AgentNamespace;

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
      socket.data = {
        agentId: session.agentId,
        name: agent?.name ?? 'Agent',
        languages: agent?.languages ?? ['en'],
        storeIds: memberships.map((m) => m.storeId),
        viewing: null,
        viewingStore: null,
      };
      next();
    })().catch((err: unknown) => {
      app.log.error({ err }, 'agent handshake failed');
      next(new Error('temporarily unavailable'));
    });
  });

  nsp.on('connection', (socket: AgentSocket) => {
    const log = app.log.child({ ns: 'agents', agent: socket.data.agentId });
    for (const storeId of socket.data.storeIds) void socket.join(storeRoom(storeId));
    void socket.join(agentRoom(socket.data.agentId));
    for (const storeId of socket.data.storeIds) {
      void broadcastOnline(app, storeId).catch((err: unknown) => log.warn({ err }, 'presence broadcast failed'));
      // An agent arriving for the shift picks up conversations that waited for someone.
      void assignBacklog(app.inbox, storeId).catch((err: unknown) => log.warn({ err }, 'backlog assignment failed'));
    }

    const requireStore = (storeId: unknown): string => {
      if (typeof storeId !== 'string' || !socket.data.storeIds.includes(storeId)) throw new ParleyError('FORBIDDEN');
      return storeId;
    };

    /** The store of a conversation among the agent's stores, or undefined. */
    const storeOf = async (conversationId: string): Promise<string | undefined> => {
      if (!UUID.test(conversationId)) return undefined;
      for (const storeId of socket.data.storeIds) if (await getConversation(app.db, storeId, conversationId)) return storeId;
      return undefined;
    };

    socket.on('message:send', (data, ack) =>
      withAck(log, ack, async () => {
        if (!isRecord(data) || typeof data.text !== 'string' || typeof data.clientId !== 'string' || typeof data.conversationId !== 'string') {
          throw new ParleyError('VALIDATION', 'message:send needs {storeId, conversationId, clientId, text}');
        }
        const storeId = requireStore(data.storeId);
        const message = await sendReply(app.inbox, {
          storeId,
          conversationId: data.conversationId,
          agent: { agentId: socket.data.agentId, name: socket.data.name, languages: socket.data.languages },
          clientId: data.clientId,
          text: data.text,
          internal: data.internal === true,
          translate: (data as { translate?: unknown }).translate === true,
        });
        return { message };
      }),
    );

    socket.on('typing', (data) => {
      if (!isRecord(data) || typeof data.conversationId !== 'string') return;
      const conversationId = data.conversationId;
      const typing = data.typing === true;
      // Only relay for conversations of the agent's own stores.
      void storeOf(conversationId)
        .then((storeId) => {
          if (storeId) app.hub.typing(storeId, conversationId, { author: 'agent', name: socket.data.name, agentId: socket.data.agentId }, typing);
        })
        .catch((err: unknown) => log.warn({ err }, 'typing relay failed'));
    });

    socket.on('conversation:view', (data) => {
      const wanted = isRecord(data) && typeof data.conversationId === 'string' ? data.conversationId : null;
      void (async () => {
        const previous = socket.data.viewing ? { id: socket.data.viewing, storeId: socket.data.viewingStore! } : null;
        const storeId = wanted ? await storeOf(wanted) : undefined;
        socket.data.viewing = storeId ? wanted : null;
        socket.data.viewingStore = storeId ?? null;
        if (previous && previous.id !== socket.data.viewing) await broadcastViewers(app, previous.storeId, previous.id);
        if (storeId && wanted) await broadcastViewers(app, storeId, wanted);
      })().catch((err: unknown) => log.warn({ err }, 'viewing update failed'));
    });

    socket.on('disconnect', () => {
      const viewing = socket.data.viewing ? { id: socket.data.viewing, storeId: socket.data.viewingStore! } : null;
      void (async () => {
        if (viewing) await broadcastViewers(app, viewing.storeId, viewing.id);
        for (const storeId of socket.data.storeIds) await broadcastOnline(app, storeId);
      })().catch(() => undefined);
    });
  });
  return nsp as unknown as Namespace;
}

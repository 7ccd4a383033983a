/**
 * Agent authentication for HTTP routes: the session cookie identifies the agent, the X-CSRF-Token
 * header must match the session on state-changing methods, and store routes check membership.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ParleyError } from '../errors.js';
import { findSession, SESSION_COOKIE, type Session } from '../auth/sessions.js';
import { listMemberships, type Membership } from '../auth/agents-repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    agentSession: Session | null;
  }
  interface FastifyInstance {
    requireAgent(request: FastifyRequest): Promise<Session>;
    requireStoreMember(request: FastifyRequest, storeId: string, role?: 'admin'): Promise<{ session: Session; membership: Membership }>;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAgentAuth(app: FastifyInstance): void {
  app.decorateRequest('agentSession', null);

  app.decorate('requireAgent', async (request: FastifyRequest): Promise<Session> => {
    if (request.agentSession) return request.agentSession;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await findSession(app.db, token) : undefined;
    if (!session) throw new ParleyError('UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new ParleyError('CSRF');
    }
    request.agentSession = session;
    return session;
  });

  app.decorate('requireStoreMember', async (request: FastifyRequest, storeId: string, role?: 'admin') => {
    const session = await app.requireAgent(request);
    const membership = (await listMemberships(app.db, session.agentId)).find((m) => m.storeId === storeId);
    // Not revealing whether the store exists: an outsider gets the same answer either way.
    if (!membership) throw new ParleyError('FORBIDDEN');
    if (role === 'admin' && membership.role !== 'admin') throw new ParleyError('FORBIDDEN', 'This needs the admin role');
    return { session, membership };
  });
}

/** Agent login, logout (this device or everywhere) and "who am I" for the inbox. */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { verifyPassword } from '../auth/passwords.js';
import { findAgentByEmail, getAgent, listMemberships } from '../auth/agents-repository.js';
import { createSession, revokeAllSessions, revokeSession, SESSION_COOKIE, SESSION_DAYS } from '../auth/sessions.js';

const LoginBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

// A fixed hash so unknown emails cost the same time as wrong passwords (no account enumeration).
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function authRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    '/login',
    {
      schema: { body: LoginBody },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      const agent = await findAgentByEmail(app.db, email.trim());
      const ok = await verifyPassword(password, agent?.password_hash ?? DUMMY_HASH);
      if (!agent || !ok || agent.disabled_at) throw new ParleyError('BAD_CREDENTIALS');
      const { token, csrfToken } = await createSession(app.db, agent.id);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https' || Boolean(app.config.publicUrl?.startsWith('https://')),
        maxAge: SESSION_DAYS * 24 * 3600,
      });
      return { agent: { id: agent.id, name: agent.name, email: agent.email }, csrfToken, stores: await listMemberships(app.db, agent.id) };
    },
  );

  app.get('/me', async (request) => {
    const session = await app.requireAgent(request);
    const agent = await getAgent(app.db, session.agentId);
    if (!agent) throw new ParleyError('UNAUTHENTICATED');
    return {
      agent: { id: agent.id, name: agent.name, email: agent.email, languages: agent.languages, timezone: agent.timezone },
      csrfToken: session.csrfToken,
      stores: await listMemberships(app.db, agent.id),
    };
  });

  app.post('/logout', async (request, reply) => {
    const session = await app.requireAgent(request);
    await revokeSession(app.db, session.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post('/logout-all', async (request, reply) => {
    const session = await app.requireAgent(request);
    await revokeAllSessions(app.db, session.agentId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
}

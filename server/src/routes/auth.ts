/**
 * Agent accounts: login (rate-limited), logout (this device or everywhere), "who am I", profile
 * (name, languages, time zone, availability), password change, and accepting an invitation.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { findAgentByEmail, getAgent, listMemberships, setAgentPassword, updateAgentProfile } from '../auth/agents-repository.js';
import { createSession, revokeAllSessions, revokeSession, SESSION_COOKIE, SESSION_DAYS } from '../auth/sessions.js';
import { acceptInvite, findOpenInvite } from '../auth/invites.js';
import { isValidTimeZone } from '../support-hours/index.js';
import { agentRoom } from '../inbox/presence.js';
import { assignBacklog } from '../inbox/assignment.js';
import { broadcastOnline } from '../realtime/agents-namespace.js';

const LoginBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

const ProfileBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    languages: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$' }), { minItems: 1, maxItems: 12 })),
    timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    availability: Type.Optional(Type.Union([Type.Literal('online'), Type.Literal('away')])),
  },
  { additionalProperties: false },
);

// A fixed hash so unknown emails cost the same time as wrong passwords (no account enumeration).
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Password guessing is limited per account and address (10 a minute), and per address overall (60 a
 * minute): a whole team signing in from one office at the start of a shift is not locked out.
 */
const accountKey = (request: FastifyRequest): string => {
  const body = request.body as { email?: unknown; token?: unknown } | undefined;
  const session = request.cookies[SESSION_COOKIE]?.slice(0, 16) ?? 'anonymous';
  const who = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : typeof body?.token === 'string' ? 'invite' : session;
  return `${request.ip}|${who}`;
};
const LOGIN_LIMIT = { max: 10, timeWindow: '1 minute', hook: 'preHandler' as const, keyGenerator: accountKey };

const ADDRESS_RATE = { max: 60, windowMs: 60_000 };

export async function authRoutes(app: FastifyInstance): Promise<void> {
  // @fastify/rate-limit runs one limit per request, so the per-address cap uses the shared limiter.
  const perAddress = async (request: FastifyRequest) => {
    const verdict = await app.limiter.hit([{ scope: 'login-ip', subject: request.ip, rate: ADDRESS_RATE }]);
    if (!verdict.allowed) throw new ParleyError('RATE_LIMITED', 'Too many sign-in attempts from your network; wait a minute', { retryAfterMs: verdict.retryAfterMs });
  };
  async function startSession(request: FastifyRequest, reply: FastifyReply, agentId: string) {
    const { token, csrfToken } = await createSession(app.db, agentId);
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https' || Boolean(app.config.publicUrl?.startsWith('https://')),
      maxAge: SESSION_DAYS * 24 * 3600,
    });
    return csrfToken;
  }

  async function whoAmI(agentId: string, csrfToken: string) {
    const agent = await getAgent(app.db, agentId);
    if (!agent || agent.disabled_at) throw new ParleyError('UNAUTHENTICATED');
    return {
      agent: {
        id: agent.id,
        name: agent.name,
        email: agent.email,
        languages: agent.languages,
        timezone: agent.timezone,
        availability: agent.availability,
      },
      csrfToken,
      stores: await listMemberships(app.db, agent.id),
    };
  }

  app.post('/login', { schema: { body: LoginBody }, onRequest: perAddress, config: { rateLimit: LOGIN_LIMIT } }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string };
    const agent = await findAgentByEmail(app.db, email.trim());
    const ok = await verifyPassword(password, agent?.password_hash ?? DUMMY_HASH);
    if (!agent || !ok || agent.disabled_at) throw new ParleyError('BAD_CREDENTIALS');
    return whoAmI(agent.id, await startSession(request, reply, agent.id));
  });

  app.get('/me', async (request) => {
    const session = await app.requireAgent(request);
    return whoAmI(session.agentId, session.csrfToken);
  });

  app.patch('/me', { schema: { body: ProfileBody } }, async (request) => {
    const session = await app.requireAgent(request);
    const body = request.body as { name?: string; languages?: string[]; timezone?: string; availability?: 'online' | 'away' };
    if (body.timezone !== undefined && !isValidTimeZone(body.timezone)) throw new ParleyError('VALIDATION', `"${body.timezone}" is not an IANA time zone`);
    await updateAgentProfile(app.db, session.agentId, { ...body, name: body.name?.trim() });
    if (body.availability === 'online') {
      // Coming back online picks up whatever waited in the agent's stores.
      for (const m of await listMemberships(app.db, session.agentId)) await assignBacklog(app.inbox, m.storeId);
    }
    if (body.availability) {
      for (const m of await listMemberships(app.db, session.agentId)) void broadcastOnline(app, m.storeId);
    }
    return whoAmI(session.agentId, session.csrfToken);
  });

  app.post(
    '/password',
    {
      schema: { body: Type.Object({ current: Type.String({ minLength: 1, maxLength: 200 }), next: Type.String({ minLength: 10, maxLength: 200 }) }) },
      onRequest: perAddress,
      config: { rateLimit: LOGIN_LIMIT },
    },
    async (request) => {
      const session = await app.requireAgent(request);
      const { current, next } = request.body as { current: string; next: string };
      const agent = await getAgent(app.db, session.agentId);
      if (!agent || !(await verifyPassword(current, agent.password_hash))) throw new ParleyError('BAD_CREDENTIALS', 'The current password is wrong');
      await setAgentPassword(app.db, agent.id, await hashPassword(next));
      // Other devices must sign in again with the new password; this one stays signed in.
      await app.db.query('UPDATE agent_sessions SET revoked_at = now() WHERE agent_id = $1 AND id <> $2 AND revoked_at IS NULL', [agent.id, session.sessionId]);
      return { ok: true };
    },
  );

  app.post('/logout', async (request, reply) => {
    const session = await app.requireAgent(request);
    await revokeSession(app.db, session.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post('/logout-all', async (request, reply) => {
    const session = await app.requireAgent(request);
    await revokeAllSessions(app.db, session.agentId);
    app.inbox.agents()?.in(agentRoom(session.agentId)).disconnectSockets(true);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  const TokenBody = Type.Object({ token: Type.String({ minLength: 16, maxLength: 100 }) });

  app.post('/invites/lookup', { schema: { body: TokenBody }, onRequest: perAddress, config: { rateLimit: LOGIN_LIMIT } }, async (request) => {
    const invite = await findOpenInvite(app.db, (request.body as { token: string }).token);
    if (!invite) throw new ParleyError('NOT_FOUND', 'This invitation is unknown, used or expired');
    return { storeName: invite.store_name, email: invite.email, role: invite.role, hasAccount: Boolean(await findAgentByEmail(app.db, invite.email)) };
  });

  app.post(
    '/invites/accept',
    {
      schema: {
        body: Type.Object({
          token: Type.String({ minLength: 16, maxLength: 100 }),
          name: Type.Optional(Type.String({ maxLength: 80 })),
          password: Type.String({ minLength: 1, maxLength: 200 }),
        }),
      },
      onRequest: perAddress,
      config: { rateLimit: LOGIN_LIMIT },
    },
    async (request, reply) => {
      const body = request.body as { token: string; name?: string; password: string };
      const { agentId } = await acceptInvite(app.db, body.token, body);
      return whoAmI(agentId, await startSession(request, reply, agentId));
    },
  );
}

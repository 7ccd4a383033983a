/**
 * Admins manage the store's team: invite by e-mail (the link is returned and, with SMTP, e-mailed),
 * change role, team and capacity, remove an agent. A store always keeps at least one admin.
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import type { Role } from '../../../protocol/agent-events.js';
import { createInvite, listInvites, revokeInvite, type InviteRow } from '../auth/invites.js';
import { countAdmins, getMember, listMembers, removeMember, updateMember } from '../inbox/members-repository.js';
import { agentRoom, connectedAgentIds } from '../inbox/presence.js';
import { publicBaseUrl } from '../lib/public-url.js';
import { toStoreMember } from './inbox-team.js';
import { agentInStore, STORE_ID, StoreParams, UUID } from './inbox-helpers.js';

const ROLE = Type.Union([Type.Literal('agent'), Type.Literal('admin')]);
const TEAM = Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()]);
const MemberParams = Type.Object({ storeId: STORE_ID, agentId: UUID });

const toInvite = (i: InviteRow) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  team: i.team,
  createdAt: new Date(i.created_at).toISOString(),
  expiresAt: new Date(i.expires_at).toISOString(),
});

export async function adminAgentRoutes(app: FastifyInstance): Promise<void> {
  app.get('/admin/agents', { schema: { params: StoreParams } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    await agentInStore(app, request, storeId, 'admin');
    const connected = await connectedAgentIds(app.inbox.agents(), storeId);
    return {
      members: (await listMembers(app.db, storeId)).map((m) => toStoreMember(m, connected)),
      invites: (await listInvites(app.db, storeId)).map(toInvite),
    };
  });

  app.post(
    '/admin/invites',
    { schema: { params: StoreParams, body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), role: ROLE, team: Type.Optional(TEAM) }) } },
    async (request, reply) => {
      const { storeId } = request.params as { storeId: string };
      const { agent, membership } = await agentInStore(app, request, storeId, 'admin');
      const body = request.body as { email: string; role: Role; team?: string | null };
      const { invite, token } = await createInvite(app.db, { storeId, ...body, invitedBy: agent.id });
      // The token travels in the fragment, which browsers never send to servers or proxies' logs.
      const link = `${publicBaseUrl(app.config, request)}/inbox/invite#token=${token}`;
      let emailed = false;
      if (app.inbox.mailer) {
        try {
          await app.inbox.mailer.send({
            from: app.config.email.from,
            to: invite.email,
            replyTo: app.config.email.from,
            subject: `${agent.name} invited you to the ${membership.storeName} inbox`,
            text: `${agent.name} invited you to answer customers of ${membership.storeName} in Parley (role: ${invite.role}).\n\nAccept the invitation: ${link}\n\nThe link works once, for ${7} days.\n`,
            messageId: `<parley.invite.${invite.id}@${new URL(link).hostname}>`,
          });
          emailed = true;
        } catch (err) {
          request.log.warn({ err }, 'invitation e-mail failed');
        }
      }
      return reply.status(201).send({ invite: toInvite(invite), link, emailed });
    },
  );

  app.delete('/admin/invites/:inviteId', { schema: { params: Type.Object({ storeId: STORE_ID, inviteId: UUID }) } }, async (request) => {
    const { storeId, inviteId } = request.params as { storeId: string; inviteId: string };
    await agentInStore(app, request, storeId, 'admin');
    await revokeInvite(app.db, storeId, inviteId);
    return { ok: true };
  });

  app.patch(
    '/admin/agents/:agentId',
    {
      schema: {
        params: MemberParams,
        body: Type.Object({ role: Type.Optional(ROLE), team: Type.Optional(TEAM), capacity: Type.Optional(Type.Integer({ minimum: 0, maximum: 200 })) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { storeId, agentId } = request.params as { storeId: string; agentId: string };
      await agentInStore(app, request, storeId, 'admin');
      const body = request.body as { role?: Role; team?: string | null; capacity?: number };
      const member = await getMember(app.db, storeId, agentId);
      if (!member) throw new ParleyError('NOT_FOUND', 'Not an agent of this store');
      if (body.role === 'agent' && member.role === 'admin' && (await countAdmins(app.db, storeId)) <= 1) {
        throw new ParleyError('CONFLICT', 'The store needs at least one admin');
      }
      await updateMember(app.db, storeId, agentId, body);
      const connected = await connectedAgentIds(app.inbox.agents(), storeId);
      return { member: toStoreMember((await getMember(app.db, storeId, agentId))!, connected) };
    },
  );

  app.delete('/admin/agents/:agentId', { schema: { params: MemberParams } }, async (request) => {
    const { storeId, agentId } = request.params as { storeId: string; agentId: string };
    await agentInStore(app, request, storeId, 'admin');
    const member = await getMember(app.db, storeId, agentId);
    if (!member) throw new ParleyError('NOT_FOUND', 'Not an agent of this store');
    if (member.role === 'admin' && (await countAdmins(app.db, storeId)) <= 1) throw new ParleyError('CONFLICT', 'The store needs at least one admin');
    const released = await removeMember(app.db, storeId, agentId);
    // Their open sockets still hold the store's room: make them reconnect with fresh memberships.
    app.inbox.agents()?.in(agentRoom(agentId)).disconnectSockets(true);
    for (const id of released) await app.conversations.publishSummary(storeId, id);
    return { ok: true, released: released.length };
  });
}

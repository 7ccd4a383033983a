/**
 * Invitations: an admin invites an e-mail address to a store with a role; the link carries a one-time
 * token (only its hash is stored) that lets the invitee set their name and password, or — if they
 * already have a Parley account — join with their existing password.
 */
import { randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../db/types.js';
import { ParleyError } from '../errors.js';
import { hashToken } from '../conversations/tokens.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { addMembership, createAgent, findAgentByEmail } from './agents-repository.js';
import type { Role } from '../../../protocol/agent-events.js';

export const INVITE_DAYS = 7;

export interface InviteRow {
  id: string;
  store_id: string;
  store_name: string;
  email: string;
  role: Role;
  team: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

const INVITE_SELECT = `SELECT i.id, i.store_id, s.name AS store_name, i.email, i.role, i.team, i.created_at, i.expires_at, i.accepted_at, i.revoked_at
  FROM agent_invites i JOIN stores s ON s.id = i.store_id`;

export async function createInvite(
  q: Queryable,
  input: { storeId: string; email: string; role: Role; team?: string | null; invitedBy: string },
): Promise<{ invite: InviteRow; token: string }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ParleyError('VALIDATION', 'That is not an e-mail address');
  const member = await q.query(
    'SELECT 1 FROM store_agents sa JOIN agents a ON a.id = sa.agent_id WHERE sa.store_id = $1 AND a.email = $2',
    [input.storeId, email],
  );
  if (member.rows.length) throw new ParleyError('CONFLICT', `${email} already works for this store`);
  // A new invitation replaces any earlier one for the same address.
  await q.query('UPDATE agent_invites SET revoked_at = now() WHERE store_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL', [
    input.storeId,
    email,
  ]);
  const token = randomBytes(24).toString('base64url');
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO agent_invites (store_id, email, role, team, token_hash, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) RETURNING id`,
    [input.storeId, email, input.role, input.team ?? null, hashToken(token), input.invitedBy, INVITE_DAYS],
  );
  const invite = (await q.query<InviteRow>(`${INVITE_SELECT} WHERE i.id = $1`, [rows[0]!.id])).rows[0]!;
  return { invite, token };
}

/** A usable invitation for this token, or undefined (unknown, used, revoked or expired). */
export async function findOpenInvite(q: Queryable, token: string): Promise<InviteRow | undefined> {
  const { rows } = await q.query<InviteRow>(
    `${INVITE_SELECT} WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`,
    [hashToken(token)],
  );
  return rows[0];
}

export async function listInvites(q: Queryable, storeId: string): Promise<InviteRow[]> {
  const { rows } = await q.query<InviteRow>(
    `${INVITE_SELECT} WHERE i.store_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now() ORDER BY i.created_at DESC`,
    [storeId],
  );
  return rows;
}

export async function revokeInvite(q: Queryable, storeId: string, id: string): Promise<void> {
  const { affectedRows } = await q.query('UPDATE agent_invites SET revoked_at = now() WHERE store_id = $1 AND id = $2 AND accepted_at IS NULL', [storeId, id]);
  if (affectedRows === 0) throw new ParleyError('NOT_FOUND', 'Unknown or already used invitation');
}

/** Joins the store: creates the account (new address) or checks the existing account's password. */
export async function acceptInvite(db: Db, token: string, input: { name?: string; password: string }): Promise<{ agentId: string; storeId: string }> {
  const invite = await findOpenInvite(db, token);
  if (!invite) throw new ParleyError('NOT_FOUND', 'This invitation is unknown, used or expired');
  const existing = await findAgentByEmail(db, invite.email);
  if (existing) {
    if (!(await verifyPassword(input.password, existing.password_hash))) throw new ParleyError('BAD_CREDENTIALS', 'You already have an account: enter its password');
  } else {
    if (!input.name?.trim()) throw new ParleyError('VALIDATION', 'Your name is needed');
    if (input.password.length < 10) throw new ParleyError('VALIDATION', 'The password needs at least 10 characters');
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const claimed = await tx.query('UPDATE agent_invites SET accepted_at = now() WHERE id = $1 AND accepted_at IS NULL', [invite.id]);
    if (claimed.affectedRows === 0) throw new ParleyError('NOT_FOUND', 'This invitation was just used');
    const agentId = existing?.id ?? (await createAgent(tx, { email: invite.email, name: input.name!.trim(), passwordHash: passwordHash! })).id;
    await addMembership(tx, invite.store_id, agentId, invite.role);
    if (invite.team) await tx.query('UPDATE store_agents SET team = $3 WHERE store_id = $1 AND agent_id = $2', [invite.store_id, agentId, invite.team]);
    return { agentId, storeId: invite.store_id };
  });
}

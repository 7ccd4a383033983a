/**
 * Agent sessions: a random token in an httpOnly cookie, stored only as its hash, with a per-session
 * CSRF token the inbox sends back in a header on every state-changing request.
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/types.js';
import { hashToken } from '../conversations/tokens.js';

export const SESSION_COOKIE = 'parley_session';
export const SESSION_DAYS = 14;

export interface Session {
  agentId: string;
  csrfToken: string;
  sessionId: string;
}

export async function createSession(q: Queryable, agentId: string): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await q.query(
    `INSERT INTO agent_sessions (id, agent_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
    [hashToken(token), agentId, csrfToken, SESSION_DAYS],
  );
  return { token, csrfToken };
}

export async function findSession(q: Queryable, token: string): Promise<Session | undefined> {
  const { rows } = await q.query<{ id: string; agent_id: string; csrf_token: string }>(
    `SELECT s.id, s.agent_id, s.csrf_token FROM agent_sessions s JOIN agents a ON a.id = s.agent_id
     WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [hashToken(token)],
  );
  const r = rows[0];
  return r ? { agentId: r.agent_id, csrfToken: r.csrf_token, sessionId: r.id } : undefined;
}

export async function revokeSession(q: Queryable, sessionId: string): Promise<void> {
  await q.query('UPDATE agent_sessions SET revoked_at = now() WHERE id = $1', [sessionId]);
}

/** "Log out everywhere". */
export async function revokeAllSessions(q: Queryable, agentId: string): Promise<void> {
  await q.query('UPDATE agent_sessions SET revoked_at = now() WHERE agent_id = $1 AND revoked_at IS NULL', [agentId]);
}

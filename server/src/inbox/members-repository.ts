/** The agents of a store: role, team, capacity and current workload. */
import type { Queryable } from '../db/types.js';
import type { Role } from '../../../protocol/agent-events.js';

export interface MemberRow {
  agent_id: string;
  name: string;
  email: string;
  role: Role;
  team: string | null;
  capacity: number;
  languages: string[];
  timezone: string;
  availability: 'online' | 'away';
  last_assigned_at: Date | null;
  load: number;
}

const MEMBER_SELECT = `SELECT sa.agent_id, a.name, a.email, sa.role, sa.team, sa.capacity, a.languages, a.timezone, a.availability,
  sa.last_assigned_at,
  (SELECT count(*)::int FROM conversations c WHERE c.store_id = sa.store_id AND c.assignee_id = sa.agent_id AND c.status IN ('open', 'pending')) AS load
  FROM store_agents sa JOIN agents a ON a.id = sa.agent_id`;

export async function listMembers(q: Queryable, storeId: string): Promise<MemberRow[]> {
  const { rows } = await q.query<MemberRow>(`${MEMBER_SELECT} WHERE sa.store_id = $1 AND a.disabled_at IS NULL ORDER BY a.name`, [storeId]);
  return rows;
}

export async function getMember(q: Queryable, storeId: string, agentId: string): Promise<MemberRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(agentId)) return undefined;
  const { rows } = await q.query<MemberRow>(`${MEMBER_SELECT} WHERE sa.store_id = $1 AND sa.agent_id = $2 AND a.disabled_at IS NULL`, [storeId, agentId]);
  return rows[0];
}

export async function updateMember(
  q: Queryable,
  storeId: string,
  agentId: string,
  patch: { role?: Role; team?: string | null; capacity?: number },
): Promise<boolean> {
  const sets: string[] = [];
  const params: unknown[] = [storeId, agentId];
  for (const [column, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  if (sets.length === 0) return true;
  const { affectedRows } = await q.query(`UPDATE store_agents SET ${sets.join(', ')} WHERE store_id = $1 AND agent_id = $2`, params);
  return affectedRows > 0;
}

/** Removes the agent from the store; their open conversations go back to the unassigned queue. */
export async function removeMember(q: Queryable, storeId: string, agentId: string): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `UPDATE conversations SET assignee_id = NULL, updated_at = now() WHERE store_id = $1 AND assignee_id = $2 AND status <> 'resolved' RETURNING id`,
    [storeId, agentId],
  );
  await q.query('DELETE FROM store_agents WHERE store_id = $1 AND agent_id = $2', [storeId, agentId]);
  return rows.map((r) => r.id);
}

export async function countAdmins(q: Queryable, storeId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM store_agents WHERE store_id = $1 AND role = 'admin'`, [storeId]);
  return rows[0]?.n ?? 0;
}

/** What to type after "@" to mention someone: the local part of their e-mail address. */
export const mentionHandle = (email: string): string => email.split('@')[0]!.toLowerCase();

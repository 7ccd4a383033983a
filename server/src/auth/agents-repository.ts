import type { Queryable } from '../db/types.js';

export interface AgentRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  languages: string[];
  timezone: string;
  availability: 'online' | 'away';
  disabled_at: Date | null;
}

export interface Membership {
  storeId: string;
  storeName: string;
  role: 'agent' | 'admin';
}

export async function createAgent(
  q: Queryable,
  a: { email: string; name: string; passwordHash: string; languages?: string[]; timezone?: string },
): Promise<AgentRow> {
  const { rows } = await q.query<AgentRow>(
    `INSERT INTO agents (email, name, password_hash, languages, timezone) VALUES (lower($1), $2, $3, $4, $5)
     ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING *`,
    [a.email, a.name, a.passwordHash, a.languages ?? ['en'], a.timezone ?? 'UTC'],
  );
  return rows[0]!;
}

export async function addMembership(q: Queryable, storeId: string, agentId: string, role: 'agent' | 'admin'): Promise<void> {
  await q.query(
    `INSERT INTO store_agents (store_id, agent_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (store_id, agent_id) DO UPDATE SET role = EXCLUDED.role`,
    [storeId, agentId, role],
  );
}

export async function findAgentByEmail(q: Queryable, email: string): Promise<AgentRow | undefined> {
  const { rows } = await q.query<AgentRow>('SELECT * FROM agents WHERE email = lower($1)', [email]);
  return rows[0];
}

export async function getAgent(q: Queryable, id: string): Promise<AgentRow | undefined> {
  const { rows } = await q.query<AgentRow>('SELECT * FROM agents WHERE id = $1', [id]);
  return rows[0];
}

export async function listMemberships(q: Queryable, agentId: string): Promise<Membership[]> {
  const { rows } = await q.query<{ store_id: string; name: string; role: 'agent' | 'admin' }>(
    'SELECT sa.store_id, s.name, sa.role FROM store_agents sa JOIN stores s ON s.id = sa.store_id WHERE sa.agent_id = $1 ORDER BY s.name',
    [agentId],
  );
  return rows.map((r) => ({ storeId: r.store_id, storeName: r.name, role: r.role }));
}

export async function updateAgentProfile(
  q: Queryable,
  agentId: string,
  patch: { name?: string; languages?: string[]; timezone?: string; availability?: 'online' | 'away' },
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [agentId];
  for (const [column, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  if (sets.length) await q.query(`UPDATE agents SET ${sets.join(', ')} WHERE id = $1`, params);
}

export async function setAgentPassword(q: Queryable, agentId: string, passwordHash: string): Promise<void> {
  await q.query('UPDATE agents SET password_hash = $2 WHERE id = $1', [agentId, passwordHash]);
}

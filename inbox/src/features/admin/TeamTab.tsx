/** Agents of the store (role, team, capacity, online) and invitations. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import type { StoreMember } from '../../../../protocol/agent-events.js';
import { api } from '../../lib/api.js';
import { loadMembers, reportError } from '../../state/actions.js';
import { toast, useStore } from '../../state/store.js';
import type { Team } from './settings-types.js';

interface Invite {
  id: string;
  email: string;
  role: string;
  team: string | null;
  expiresAt: string;
}

export function TeamTab(props: { storeId: string; teams: Team[] }) {
  const storeId = props.storeId;
  const teams = props.teams;
  const myId = useStore((s) => s.me?.agent.id);
  const members = useVar<StoreMember[]>([]);
  const invites = useVar<Invite[]>([]);
  const email = useVar('');
  const role = useVar<'agent' | 'admin'>('agent');
  const team = useVar('');
  const link = useVar<string | null>(null);

  const load = () =>
    api.get<{ members: StoreMember[]; invites: Invite[] }>(`/api/stores/${storeId}/admin/agents`).then((r) => {
      members.set(r.members);
      invites.set(r.invites);
    }, reportError);
  useEffect(() => void load(), [storeId]);

  const patch = async (agentId: string, body: Record<string, unknown>) => {
    try {
      await api.patch(`/api/stores/${storeId}/admin/agents/${agentId}`, body);
      await load();
      void loadMembers(storeId);
    } catch (err) {
      reportError(err);
    }
  };
  const remove = async (m: StoreMember) => {
    if (!window.confirm(`Remove ${m.name} from this store? Their open conversations go back to the queue.`)) return;
    await api.del(`/api/stores/${storeId}/admin/agents/${m.agentId}`).then(load, reportError);
  };
  const invite = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await api.post<{ link: string; emailed: boolean }>(`/api/stores/${storeId}/admin/invites`, { email: email.value, role: role.value, team: team.value || null });
      link.set(r.link);
      email.set('');
      toast(r.emailed ? `Invitation e-mailed to ${email.value}` : 'Invitation created: send the link below');
      await load();
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <div class="admin-grid">
      <section class="card">
        <h3>Agents</h3>
        <table class="table">
          <thead>
            <tr>
              <th>Agent</th>
              <th>Role</th>
              <th>Team</th>
              <th title="Most open conversations automatic assignment gives this agent">Capacity</th>
              <th>Load</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {members.value.map((m) => (
              <tr key={m.agentId}>
                <td>
                  <span class={`dot ${m.connected && m.availability === 'online' ? 'dot-on' : 'dot-off'}`} /> <strong>{m.name}</strong>
                  <div class="small muted">
                    {m.email} · {m.languages.join(', ')} · {m.timezone}
                  </div>
                </td>
                <td>
                  <select value={m.role} aria-label={`Role of ${m.name}`} onChange={(e) => void patch(m.agentId, { role: e.currentTarget.value })}>
                    <option value="agent">agent</option>
                    <option value="admin">admin</option>
                  </select>
                </td>
                <td>
                  <select value={m.team ?? ''} aria-label={`Team of ${m.name}`} onChange={(e) => void patch(m.agentId, { team: e.currentTarget.value || null })}>
                    <option value="">—</option>
                    {teams.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input class="input-narrow" type="number" min={0} max={200} value={m.capacity} aria-label={`Capacity of ${m.name}`} onChange={(e) => void patch(m.agentId, { capacity: Number(e.currentTarget.value) })} />
                </td>
                <td>{m.load}</td>
                <td>
                  {m.agentId !== myId && (
                    <button class="btn btn-small btn-danger-outline" onClick={() => void remove(m)}>
                      Remove
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card">
        <h3>Invite an agent</h3>
        <form class="row" onSubmit={invite}>
          <input type="email" required placeholder="name@company.com" aria-label="E-mail to invite" value={email.value} onInput={(e) => email.set(e.currentTarget.value)} />
          <select value={role.value} aria-label="Role" onChange={(e) => role.set(e.currentTarget.value as 'agent' | 'admin')}>
            <option value="agent">agent</option>
            <option value="admin">admin</option>
          </select>
          <select value={team.value} aria-label="Team" onChange={(e) => team.set(e.currentTarget.value)}>
            <option value="">no team</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <button class="btn btn-primary" type="submit">
            Invite
          </button>
        </form>
        {link.value && (
          <p class="invite-link">
            Link (valid 7 days, works once): <input readOnly value={link.value} onFocus={(e) => e.currentTarget.select()} />
          </p>
        )}
        {invites.value.length > 0 && (
          <ul class="plain-list">
            {invites.value.map((i) => (
              <li key={i.id} class="row-between">
                <span>
                  {i.email} · {i.role} <span class="muted small">expires {new Date(i.expiresAt).toLocaleDateString()}</span>
                </span>
                <button class="btn btn-small" onClick={() => void api.del(`/api/stores/${storeId}/admin/invites/${i.id}`).then(load, reportError)}>
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

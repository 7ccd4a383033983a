/** Canned responses per language, with placeholders filled from the conversation when inserted. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import type { CannedResponse } from '../../../../protocol/agent-events.js';
import { api } from '../../lib/api.js';
import { reportError } from '../../state/actions.js';
import { toast } from '../../state/store.js';
import { list } from './settings-types.js';

const PLACEHOLDERS = ['first_name', 'customer_name', 'order_number', 'tracking_number', 'tracking_url', 'agent_name', 'store_name'];
const EMPTY = { id: '', shortcut: '', language: '', title: '', body: '', intents: '' };

export function CannedTab(props: { storeId: string; locales: string[]; intents: string[] }) {
  const storeId = props.storeId;
  const locales = props.locales;
  const intents = props.intents;
  const items = useVar<CannedResponse[]>([]);
  const form = useVar({ ...EMPTY, language: locales[0] ?? 'en' });
  const load = () => api.get<{ canned: CannedResponse[] }>(`/api/stores/${storeId}/canned`).then((r) => items.set(r.canned), reportError);
  useEffect(() => void load(), [storeId]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { shortcut: form.value.shortcut, language: form.value.language, title: form.value.title, body: form.value.body, intents: list(form.value.intents) };
    try {
      if (form.value.id) await api.put(`/api/stores/${storeId}/canned/${form.value.id}`, body);
      else await api.post(`/api/stores/${storeId}/canned`, body);
      toast('Canned response saved');
      form.set({ ...EMPTY, language: form.value.language });
      await load();
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <div class="admin-grid">
      <section class="card">
        <h3>Canned responses</h3>
        <table class="table">
          <thead>
            <tr>
              <th>Shortcut</th>
              <th>Lang</th>
              <th>Text</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.value.map((c) => (
              <tr key={c.id}>
                <td>
                  <code>/{c.shortcut}</code>
                  <div class="small muted">{c.title}</div>
                </td>
                <td>{c.language}</td>
                <td class="small">{c.body}</td>
                <td class="nowrap">
                  <button class="btn btn-small" onClick={() => form.set({ id: c.id, shortcut: c.shortcut, language: c.language, title: c.title, body: c.body, intents: c.intents.join(', ') })}>
                    Edit
                  </button>{' '}
                  <button class="btn btn-small btn-danger-outline" onClick={() => void api.del(`/api/stores/${storeId}/canned/${c.id}`).then(load, reportError)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <form class="card" onSubmit={submit}>
        <h3>{form.value.id ? 'Edit' : 'New'} canned response</h3>
        <div class="row">
          <label>
            Shortcut
            <input required pattern="[a-z0-9][a-z0-9_-]{0,39}" value={form.value.shortcut} onInput={(e) => form.set({ ...form.value, shortcut: e.currentTarget.value })} />
          </label>
          <label>
            Language
            <select value={form.value.language} onChange={(e) => form.set({ ...form.value, language: e.currentTarget.value })}>
              {locales.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label>
            Title
            <input required value={form.value.title} onInput={(e) => form.set({ ...form.value, title: e.currentTarget.value })} />
          </label>
        </div>
        <label>
          Text
          <textarea required rows={4} value={form.value.body} onInput={(e) => form.set({ ...form.value, body: e.currentTarget.value })} />
        </label>
        <p class="small muted">Placeholders: {PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}</p>
        <label>
          Topics it fits (offered first by the copilot): {intents.join(', ')}
          <input value={form.value.intents} onInput={(e) => form.set({ ...form.value, intents: e.currentTarget.value })} />
        </label>
        <div class="dialog-actions">
          {form.value.id && (
            <button type="button" class="btn" onClick={() => form.set({ ...EMPTY, language: form.value.language })}>
              Cancel
            </button>
          )}
          <button class="btn btn-primary" type="submit">
            Save
          </button>
        </div>
      </form>
    </div>
  );
}

/** When the assistant hands over (settings.handoff) and what happens next (settings.inbox). */
import { useVar } from '../../lib/use-var.js';
import { PRIORITIES, type Priority } from '../../../../protocol/agent-events.js';
import { reportError } from '../../state/actions.js';
import { toast } from '../../state/store.js';
import { list, type StoreSettings } from './settings-types.js';

export function RulesTab(props: { settings: StoreSettings; save: (patch: Partial<StoreSettings>) => Promise<void> }) {
  const settings = props.settings;
  const save = props.save;
  const inbox = useVar(settings.inbox);
  const handoff = useVar(settings.handoff);
  const glossary = useVar(settings.inbox.glossary.join('\n'));
  const topics = useVar(settings.handoff.sensitiveTopics.join(', '));
  const vipTags = useVar(settings.handoff.vipTags.join(', '));

  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await save({ inbox: { ...inbox.value, glossary: list(glossary.value) }, handoff: { ...handoff.value, sensitiveTopics: list(topics.value), vipTags: list(vipTags.value) } });
      toast('Rules saved');
    } catch (err) {
      reportError(err);
    }
  };
  const setPriority = (intent: string, p: string) => {
    const next = { ...inbox.value.priorityByIntent };
    if (p) next[intent] = p as Priority;
    else delete next[intent];
    inbox.set({ ...inbox.value, priorityByIntent: next });
  };

  return (
    <form class="admin-grid" onSubmit={submit}>
      <section class="card">
        <h3>When the assistant hands over</h3>
        <label class="toggle">
          <input type="checkbox" checked={handoff.value.onFrustration} onChange={(e) => handoff.set({ ...handoff.value, onFrustration: e.currentTarget.checked })} /> Hand over when the shopper is frustrated
        </label>
        <label>
          Unanswered turns in a row before handing over
          <input type="number" min={1} max={10} value={handoff.value.lowConfidenceTurns} onInput={(e) => handoff.set({ ...handoff.value, lowConfidenceTurns: Number(e.currentTarget.value) })} />
        </label>
        <label>
          Topics that always go to a person
          <input value={topics.value} onInput={(e) => topics.set(e.currentTarget.value)} />
        </label>
        <label>
          VIP customers
          <select value={handoff.value.vip} onChange={(e) => handoff.set({ ...handoff.value, vip: e.currentTarget.value as StoreSettings['handoff']['vip'] })}>
            <option value="always">always get a person</option>
            <option value="on_friction">get a person at the first sign of friction</option>
            <option value="never">are treated like everyone</option>
          </select>
        </label>
        <label>
          Customer tags that mean VIP
          <input value={vipTags.value} onInput={(e) => vipTags.set(e.currentTarget.value)} />
        </label>
      </section>
      <section class="card">
        <h3>After the hand-off</h3>
        <label class="toggle">
          <input type="checkbox" checked={inbox.value.autoAssign} onChange={(e) => inbox.set({ ...inbox.value, autoAssign: e.currentTarget.checked })} /> Assign automatically, in turn, to online agents with free capacity
        </label>
        <label class="toggle">
          <input type="checkbox" checked={inbox.value.routeByLanguage} onChange={(e) => inbox.set({ ...inbox.value, routeByLanguage: e.currentTarget.checked })} /> Prefer agents who speak the shopper's language
        </label>
        <label class="toggle">
          <input type="checkbox" checked={inbox.value.emailFollowUp} onChange={(e) => inbox.set({ ...inbox.value, emailFollowUp: e.currentTarget.checked })} /> E-mail replies to shoppers who left an address and went offline
        </label>
        <label>
          First reply target (business minutes)
          <input type="number" min={1} max={10080} value={inbox.value.slaFirstReplyMinutes} onInput={(e) => inbox.set({ ...inbox.value, slaFirstReplyMinutes: Number(e.currentTarget.value) })} />
        </label>
        <h4>Priority by topic</h4>
        <div class="priority-grid">
          {settings.intents.map((intent) => (
            <label key={intent} class="field-inline">
              <span>{intent.replace('_', ' ')}</span>
              <select value={inbox.value.priorityByIntent[intent] ?? ''} onChange={(e) => setPriority(intent, e.currentTarget.value)}>
                <option value="">—</option>
                {PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <label>
          Brand glossary (kept untranslated; one term per line)
          <textarea rows={4} value={glossary.value} onInput={(e) => glossary.set(e.currentTarget.value)} />
        </label>
      </section>
      <div class="admin-save">
        <button class="btn btn-primary" type="submit">
          Save rules
        </button>
      </div>
    </form>
  );
}

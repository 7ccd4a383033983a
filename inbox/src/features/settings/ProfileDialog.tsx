/** The agent's own settings: name, languages (first = the one translations are shown in), time zone, password. */
import { useVar } from '../../lib/use-var.js';
import { setState, useStore } from '../../state/store.js';
import { logout, reportError, updateProfile } from '../../state/actions.js';
import { api } from '../../lib/api.js';
import { toast } from '../../state/store.js';

export function ProfileDialog() {
  const me = useStore((s) => s.me)!;
  const name = useVar(me.agent.name);
  const languages = useVar(me.agent.languages.join(', '));
  const timezone = useVar(me.agent.timezone);
  const current = useVar('');
  const next = useVar('');
  const close = () => setState({ showProfile: false });

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await updateProfile({ name: name.value, timezone: timezone.value, languages: languages.value.split(/[,\s]+/).filter(Boolean) });
      toast('Profile saved');
      close();
    } catch (err) {
      reportError(err);
    }
  };
  const changePassword = async () => {
    try {
      await api.post('/api/auth/password', { current: current.value, next: next.value });
      toast('Password changed; other devices were signed out');
      current.set('');
      next.set('');
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <div class="dialog-backdrop" onClick={close}>
      <div class="dialog" role="dialog" aria-label="Profile" onClick={(e) => e.stopPropagation()}>
      <form onSubmit={save}>
        <h3>Your profile</h3>
        <label>
          Name
          <input value={name.value} onInput={(e) => name.set(e.currentTarget.value)} />
        </label>
        <label>
          Languages you answer in (first is your reading language)
          <input value={languages.value} onInput={(e) => languages.set(e.currentTarget.value)} placeholder="en, es" />
        </label>
        <label>
          Time zone
          <input value={timezone.value} onInput={(e) => timezone.set(e.currentTarget.value)} placeholder="Europe/Madrid" />
        </label>
        <div class="dialog-actions">
          <button type="button" class="btn btn-danger-outline" onClick={() => void logout(true)}>
            Sign out everywhere
          </button>
          <span class="spacer" />
          <button type="button" class="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary">
            Save
          </button>
        </div>
        <h4>Change password</h4>
        <div class="row">
          <input type="password" placeholder="Current password" value={current.value} onInput={(e) => current.set(e.currentTarget.value)} />
          <input type="password" placeholder="New password (10+)" value={next.value} onInput={(e) => next.set(e.currentTarget.value)} />
          <button type="button" class="btn" disabled={!current.value || next.value.length < 10} onClick={() => void changePassword()}>
            Change
          </button>
        </div>
      </form>
      </div>
    </div>
  );
}

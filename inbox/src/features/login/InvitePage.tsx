/** Accepting an invitation: the token comes in the URL fragment (#token=…), never sent to the server in a URL. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import { api, ApiError } from '../../lib/api.js';
import { acceptInvite } from '../../state/actions.js';

interface InviteInfo {
  storeName: string;
  email: string;
  role: string;
  hasAccount: boolean;
}

export function InvitePage() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  const info = useVar<InviteInfo | null>(null);
  const error = useVar<string | null>(null);
  const name = useVar('');
  const password = useVar('');

  useEffect(() => {
    api.post<InviteInfo>('/api/auth/invites/lookup', { token }).then(info.set, (err: unknown) => error.set(err instanceof ApiError ? err.message : 'Invalid invitation'));
  }, [token]);

  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await acceptInvite(token, name.value, password.value);
    } catch (err) {
      error.set(err instanceof ApiError ? err.message : 'Could not accept the invitation');
    }
  };

  return (
    <div class="auth-page">
      <form class="auth-card" onSubmit={submit} aria-label="Accept invitation">
        <div class="brand brand-large">
          <span class="brand-mark">P</span> Parley
        </div>
        {!info.value && !error.value && <p>Checking the invitation…</p>}
        {info.value && (
          <>
            <h1>Join {info.value.storeName}</h1>
            <p class="muted">
              You were invited as <strong>{info.value.role}</strong> with {info.value.email}.
            </p>
            {!info.value.hasAccount && (
              <label>
                Your name
                <input required value={name.value} onInput={(e) => name.set(e.currentTarget.value)} />
              </label>
            )}
            <label>
              {info.value.hasAccount ? 'Your existing password' : 'Choose a password (10+ characters)'}
              <input type="password" required minLength={info.value.hasAccount ? 1 : 10} value={password.value} onInput={(e) => password.set(e.currentTarget.value)} />
            </label>
            <button class="btn btn-primary btn-block" type="submit">
              Join the inbox
            </button>
          </>
        )}
        {error.value && <p class="form-error" role="alert">{error.value}</p>}
      </form>
    </div>
  );
}

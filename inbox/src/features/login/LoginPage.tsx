/** Sign-in for agents. */
import { useVar } from '../../lib/use-var.js';
import { login } from '../../state/actions.js';
import { ApiError } from '../../lib/api.js';

export function LoginPage() {
  const email = useVar('');
  const password = useVar('');
  const error = useVar<string | null>(null);
  const busy = useVar(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    busy.set(true);
    error.set(null);
    try {
      await login(email.value, password.value);
    } catch (err) {
      error.set(err instanceof ApiError ? err.message : 'Could not sign in');
    } finally {
      busy.set(false);
    }
  };

  return (
    <div class="auth-page">
      <form class="auth-card" onSubmit={submit} aria-label="Sign in">
        <div class="brand brand-large">
          <span class="brand-mark">P</span> Parley
        </div>
        <h1>Sign in to the inbox</h1>
        <label>
          E-mail
          <input name="email" type="email" autocomplete="username" required value={email.value} onInput={(e) => email.set(e.currentTarget.value)} />
        </label>
        <label>
          Password
          <input name="password" type="password" autocomplete="current-password" required value={password.value} onInput={(e) => password.set(e.currentTarget.value)} />
        </label>
        {error.value && <p class="form-error" role="alert">{error.value}</p>}
        <button class="btn btn-primary btn-block" type="submit" disabled={busy.value}>
          {busy.value ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}

import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client';
import { ErrorSummary, type Problem, problemAt, TextField } from '../forms/fields';
import { type SignedInUser, useSession } from './session';

/** "in 14 minutes (at 10:32)": when a throttled sign-in may be tried again. */
export function retryWhen(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const at = new Date(Date.now() + seconds * 1000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `in ${minutes} minute${minutes === 1 ? '' : 's'} (at ${at})`;
}

/** Email and password; every refusal said plainly at the field or above the form. */
export function SignInForm({ initialEmail = '', onSignedIn, idPrefix = 'sign-in' }: { initialEmail?: string; onSignedIn: (user: SignedInUser) => void; idPrefix?: string }) {
  const session = useSession();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const ids = { form: `${idPrefix}-form`, email: `${idPrefix}-email`, password: `${idPrefix}-password` };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!email.trim()) found.push({ id: ids.email, message: 'Enter your email address' });
    if (!password) found.push({ id: ids.password, message: 'Enter your password' });
    setAttempt((n) => n + 1);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const user = await session.signIn(email.trim(), password);
      setPassword('');
      onSignedIn(user);
    } catch (error) {
      let message = error instanceof Error ? error.message : String(error);
      if (error instanceof ApiError && error.code === 'TOO_MANY_REQUESTS') {
        message = `Too many sign-in attempts for this email from this address. Try again ${retryWhen(error.retryAfterSeconds ?? 900)}.`;
      } else if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT')) {
        message = `Sign-in refused: ${message}`;
      }
      setProblems([{ id: ids.password, message }]);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id={ids.form} onSubmit={submit} noValidate className="stacked-form">
      <ErrorSummary problems={problems} focusKey={attempt} />
      <TextField id={ids.email} label="Email" type="email" autoComplete="username" value={email} onChange={setEmail} error={problemAt(problems, ids.email)} required />
      <TextField
        id={ids.password}
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={problemAt(problems, ids.password)}
        required
      />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

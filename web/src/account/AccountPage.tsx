import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, execute } from '../api/client';
import { useGraphQL } from '../api/use-query';
import { RequireRole } from '../auth/RequireRole';
import { roleLabel } from '../auth/roles';
import { type SignedInUser, useSession } from '../auth/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatDateTime } from '../components/time';
import { useDocumentTitle } from '../components/use-document-title';
import { ErrorSummary, type Problem, problemAt, TextField } from '../forms/fields';
import { ApiTokensDocument, ChangePasswordDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from './account.operations';

export default function AccountPage() {
  useDocumentTitle('Your account');
  return (
    <RequireRole title="Your account">
      {(user) => (
        <>
          <h1>Your account</h1>
          <AccountFacts user={user} />
          <PasswordForm />
          <ApiTokens />
        </>
      )}
    </RequireRole>
  );
}

function AccountFacts({ user }: { user: SignedInUser }) {
  return (
    <dl className="facts">
      <dt>Email</dt>
      <dd>{user.email}</dd>
      <dt>Role</dt>
      <dd>{roleLabel(user.role)}</dd>
      {user.jurisdictions.length > 0 && (
        <>
          <dt>Writes for</dt>
          <dd>{user.jurisdictions.map((j) => `${j.name} (${j.code})`).join(', ')}</dd>
        </>
      )}
      {user.authority && (
        <>
          <dt>Speaks for</dt>
          <dd>{user.authority.name}</dd>
        </>
      )}
    </dl>
  );
}

const MIN_PASSWORD = 12;

function PasswordForm() {
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found: Problem[] = [];
    if (!current) found.push({ id: 'pw-current', message: 'Enter your current password' });
    if (next.length < MIN_PASSWORD) found.push({ id: 'pw-new', message: `The new password needs at least ${MIN_PASSWORD} characters` });
    if (next !== confirm) found.push({ id: 'pw-confirm', message: 'The two new passwords differ' });
    setAttempt((n) => n + 1);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { changePassword } = await execute(ChangePasswordDocument, { currentPassword: current, newPassword: next });
      session.replaceToken(changePassword.token, changePassword.expiresAt);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The API refuses short and common new passwords with BAD_USER_INPUT, a wrong current one otherwise.
      const id = error instanceof ApiError && error.code === 'BAD_USER_INPUT' && !/current/i.test(message) ? 'pw-new' : 'pw-current';
      setProblems([{ id, message }]);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="password-heading" className="record-section">
      <h2 id="password-heading">Change your password</h2>
      <p className="hint">At least {MIN_PASSWORD} characters, and not one of the commonly used passwords. Your other sessions end.</p>
      <form onSubmit={submit} noValidate className="stacked-form">
        <ErrorSummary problems={problems} focusKey={attempt} />
        <TextField id="pw-current" label="Current password" type="password" autoComplete="current-password" value={current} onChange={setCurrent} error={problemAt(problems, 'pw-current')} required />
        <TextField id="pw-new" label="New password" type="password" autoComplete="new-password" value={next} onChange={setNext} error={problemAt(problems, 'pw-new')} required />
        <TextField id="pw-confirm" label="New password again" type="password" autoComplete="new-password" value={confirm} onChange={setConfirm} error={problemAt(problems, 'pw-confirm')} required />
        <button type="submit" className="primary" disabled={busy}>
          Change password
        </button>
        {done && (
          <p role="status" className="success">
            Your password is changed. Your other sessions have ended.
          </p>
        )}
      </form>
    </section>
  );
}

function ApiTokens() {
  const queryClient = useQueryClient();
  const tokens = useGraphQL(ApiTokensDocument, {});
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const shown = useRef<HTMLInputElement>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: [ApiTokensDocument.toString()] });

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!name.trim()) found.push({ id: 'token-name', message: 'Name the token (what it is for)' });
    const expires = days.trim() === '' ? undefined : Number(days);
    if (expires !== undefined && !(Number.isInteger(expires) && expires > 0))
      found.push({ id: 'token-days', message: `Days until it expires: "${days}" is not a whole number of days; leave it empty for a token that lasts until revoked` });
    setAttempt((n) => n + 1);
    setProblems(found);
    if (found.length) return;
    try {
      const { createApiToken } = await execute(CreateApiTokenDocument, { name: name.trim(), expiresInDays: expires });
      setCreated({ name: createApiToken.apiToken.name, token: createApiToken.token });
      setName('');
      setDays('');
      await refresh();
      requestAnimationFrame(() => shown.current?.focus());
    } catch (error) {
      setProblems([{ id: 'token-name', message: error instanceof Error ? error.message : String(error) }]);
      setAttempt((n) => n + 1);
    }
  };

  const revoke = async (id: string, tokenName: string) => {
    if (!window.confirm(`Revoke the token "${tokenName}"? Scripts using it stop working at once.`)) return;
    setRevokeError(null);
    try {
      await execute(RevokeApiTokenDocument, { id });
      await refresh();
    } catch (error) {
      setRevokeError(error);
    }
  };

  return (
    <section aria-labelledby="tokens-heading" className="record-section">
      <h2 id="tokens-heading">API tokens</h2>
      <p className="hint">Long-lived tokens for scripts, acting as you. A token is shown once, when it is created.</p>
      {created && (
        <div className="notice" role="status">
          <label htmlFor="new-token">
            New token “{created.name}”: copy it now, it will not be shown again
          </label>
          <input id="new-token" ref={shown} readOnly value={created.token} onFocus={(e) => e.target.select()} className="token-value" />
        </div>
      )}
      <form onSubmit={create} noValidate className="inline-form">
        <ErrorSummary problems={problems} focusKey={attempt} />
        <TextField id="token-name" label="What it is for" value={name} onChange={setName} error={problemAt(problems, 'token-name')} required />
        <TextField id="token-days" label="Days until it expires" hint="Empty: until revoked" inputMode="numeric" value={days} onChange={setDays} error={problemAt(problems, 'token-days')} />
        <button type="submit">Create token</button>
      </form>
      {revokeError ? <ErrorMessage error={revokeError} /> : null}
      {tokens.error ? (
        <ErrorMessage error={tokens.error} />
      ) : tokens.data ? (
        tokens.data.apiTokens.length === 0 ? (
          <p className="hint">No API tokens.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="sr-only">Your API tokens</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Last used</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.apiTokens.map((t) => (
                  <tr key={t.id}>
                    <td>{t.name}</td>
                    <td>
                      <code>{t.display}</code>
                    </td>
                    <td>{formatDateTime(t.createdAt)}</td>
                    <td>{t.expiresAt ? formatDateTime(t.expiresAt) : 'Never'}</td>
                    <td>{formatDateTime(t.lastUsedAt)}</td>
                    <td>
                      {t.revokedAt ? (
                        `Revoked ${formatDateTime(t.revokedAt)}`
                      ) : (
                        <button type="button" onClick={() => revoke(t.id, t.name)} aria-label={`Revoke ${t.name}`}>
                          Revoke
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : (
        <p className="hint">Loading…</p>
      )}
    </section>
  );
}

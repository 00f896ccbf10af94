import { type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { sessionToken, useSignedInQuery } from '../api/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { type RequestDirection, type RequestFilter, type RequestStatus } from '../gql/graphql';
import { formatDate } from '../labels';
import { ACTION_LABELS, KIND_LABELS, STATUS_LABELS } from './request-labels';
import { RequestRemindersDocument, TrackedRequestsDocument, ViewerDocument } from './requests.operations';
import { SignInNotice } from './SignInNotice';

const DIRECTIONS: Record<RequestDirection, string> = { OUTGOING: 'Outgoing (sent)', INCOMING: 'Incoming (received)' };

/**
 * My State's requests (every request for the secretariat): what waits on whom (the reminders), then the register,
 * newest first, with status, due date and an overdue marker. Filters for direction and status live in the URL and
 * apply to both.
 */
export function RequestsPage() {
  useDocumentTitle('Requests');
  const [params, setParams] = useSearchParams();
  const direction = (['OUTGOING', 'INCOMING'] as const).find((d) => d === params.get('direction')) ?? null;
  const status = (Object.keys(STATUS_LABELS) as RequestStatus[]).find((s) => s === params.get('status')) ?? null;
  const filter: RequestFilter = { direction, statuses: status ? [status] : null };
  const viewer = useSignedInQuery(ViewerDocument, {});
  const list = useSignedInQuery(TrackedRequestsDocument, { first: 100, filter });
  const reminders = useSignedInQuery(RequestRemindersDocument, { filter });
  if (!sessionToken()) {
    return (
      <article className="record">
        <h1>Requests</h1>
        <SignInNotice />
      </article>
    );
  }
  const state = viewer.data?.me?.authority?.jurisdiction;
  const requests = list.data?.requests;
  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['direction', 'status']) {
      const value = data.get(name);
      if (typeof value === 'string' && value) next.set(name, value);
    }
    setParams(next);
  };
  const other = (r: {
    direction: RequestDirection;
    requestingState: { name: string };
    requestedState: { name: string };
  }) => (r.direction === 'OUTGOING' ? `To ${r.requestedState.name}` : `From ${r.requestingState.name}`);
  return (
    <article className="record" aria-labelledby="record-title">
      <h1 id="record-title">Requests{state ? ` of ${state.name}` : ''}</h1>
      <p className="lead">
        Requests for mutual legal assistance and extradition, drafted step by step or registered when received, and
        tracked to their closure.
      </p>
      {viewer.data?.me?.role === 'AUTHORITY' && (
        <p className="actions">
          <Link className="button" to="/requests/new">
            Draft a request
          </Link>
          <Link className="button" to="/requests/register">
            Register an incoming request
          </Link>
        </p>
      )}
      <form className="statistics-filters" onSubmit={onFilter} aria-label="Filter the requests" key={params.toString()}>
        <div className="field">
          <label htmlFor="filter-direction">Direction</label>
          <select id="filter-direction" name="direction" defaultValue={direction ?? ''}>
            <option value="">Both</option>
            {Object.entries(DIRECTIONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={status ?? ''}>
            <option value="">Any</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filter</button>
      </form>
      {(viewer.error || list.error || reminders.error) && (
        <ErrorMessage error={viewer.error ?? list.error ?? reminders.error} />
      )}

      <section className="record-section" aria-labelledby="waiting">
        <h2 id="waiting">What waits on whom</h2>
        <p className="hint">Open requests, overdue first, then by due date.</p>
        {reminders.isPending ? (
          <p className="hint">Loading…</p>
        ) : reminders.data && reminders.data.requestReminders.length === 0 ? (
          <p className="empty">No open request waits on anyone.</p>
        ) : reminders.data ? (
          <div className="table-scroll">
            <table className="requests-table reminders-table">
              <caption className="sr-only">Open requests: what each waits for and on whom</caption>
              <thead>
                <tr>
                  <th scope="col">Request</th>
                  <th scope="col">Waits for</th>
                  <th scope="col">On</th>
                  <th scope="col">Since</th>
                  <th scope="col">Due</th>
                </tr>
              </thead>
              <tbody>
                {reminders.data.requestReminders.map((w) => (
                  <tr key={w.request.id}>
                    <td>
                      <Link to={`/requests/${w.request.id}`}>
                        {KIND_LABELS[w.request.kind] ?? w.request.kind} — {other(w.request)}
                      </Link>
                      {(w.request.reference || w.request.subject) && (
                        <div className="hint">
                          {[w.request.reference, w.request.subject].filter(Boolean).join(' · ')}
                        </div>
                      )}
                    </td>
                    <td>{ACTION_LABELS[w.action] ?? w.action}</td>
                    <td>{w.waitingOnUs ? <strong>Us ({w.waitingOn})</strong> : w.waitingOn}</td>
                    <td>{formatDate(w.since)}</td>
                    <td>
                      {formatDate(w.dueOn) ?? '—'}
                      {w.overdue && (
                        <>
                          {' '}
                          <span className="overdue-badge">Overdue</span>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section className="record-section" aria-labelledby="register">
        <h2 id="register">Register</h2>
        {list.isPending ? (
          <p className="hint" role="status">
            Loading…
          </p>
        ) : requests && requests.edges.length === 0 ? (
          <p className="empty">No request{direction || status ? ' matches these filters' : ' yet'}.</p>
        ) : requests ? (
          <div className="table-scroll">
            <table className="requests-table">
              <caption className="sr-only">Requests, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Request</th>
                  <th scope="col">Direction</th>
                  <th scope="col">Status</th>
                  <th scope="col">Due</th>
                  <th scope="col">Case</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {requests.edges.map(({ node: r }) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/requests/${r.id}`}>
                        {KIND_LABELS[r.kind] ?? r.kind} —{' '}
                        {r.direction === 'OUTGOING' ? r.requestedState.name : r.requestingState.name}
                      </Link>
                      {(r.reference || r.subject) && (
                        <div className="hint">{[r.reference, r.subject].filter(Boolean).join(' · ')}</div>
                      )}
                    </td>
                    <td>{other(r)}</td>
                    <td>
                      {STATUS_LABELS[r.status] ?? r.status}
                      {r.status === 'DRAFT' && !r.completeness.complete && <div className="hint">items missing</div>}
                    </td>
                    <td>
                      {formatDate(r.dueOn) ?? '—'}
                      {r.overdue && (
                        <>
                          {' '}
                          <span className="overdue-badge">Overdue</span>
                        </>
                      )}
                    </td>
                    <td>{r.case?.reference}</td>
                    <td>{formatDate(r.createdAt.slice(0, 10))}</td>
                    <td>
                      {r.status === 'DRAFT' && (
                        <Link to={`/requests/new?id=${r.id}&step=authorities`}>Continue drafting</Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {requests.pageInfo.hasNextPage && (
              <p className="hint">The 100 newest of {requests.totalCount} are shown: filter to see others.</p>
            )}
          </div>
        ) : null}
      </section>
    </article>
  );
}

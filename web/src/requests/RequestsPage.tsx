import { Link } from 'react-router';
import { sessionToken, useSignedInQuery } from '../api/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { formatDate } from '../labels';
import { KIND_LABELS, STATUS_LABELS } from './request-labels';
import { RequestsListDocument, ViewerDocument } from './requests.operations';
import { SignInNotice } from './SignInNotice';

/** My State's requests (every request for the secretariat), newest first, drafts to resume. */
export function RequestsPage() {
  useDocumentTitle('Requests');
  const viewer = useSignedInQuery(ViewerDocument, {});
  const list = useSignedInQuery(RequestsListDocument, { first: 100 });
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
  return (
    <article className="record" aria-labelledby="record-title">
      <h1 id="record-title">Requests{state ? ` of ${state.name}` : ''}</h1>
      <p className="lead">
        Requests for mutual legal assistance and extradition, drafted step by step and tracked to their closure.
      </p>
      {viewer.data?.me?.role === 'AUTHORITY' && (
        <p>
          <Link className="button" to="/requests/new">
            Draft a request
          </Link>
        </p>
      )}
      {(viewer.error || list.error) && <ErrorMessage error={viewer.error ?? list.error} />}
      {list.isPending ? (
        <p className="hint" role="status">
          Loading…
        </p>
      ) : requests && requests.edges.length === 0 ? (
        <p className="empty">No request yet.</p>
      ) : requests ? (
        <div className="table-scroll">
          <table className="requests-table">
            <caption className="sr-only">Requests, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Request</th>
                <th scope="col">Direction</th>
                <th scope="col">Status</th>
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
                      {KIND_LABELS[r.kind] ?? r.kind} — {r.requestedState.name}
                    </Link>
                    {r.subject && <div className="hint">{r.subject}</div>}
                  </td>
                  <td>{r.direction === 'OUTGOING' ? `To ${r.requestedState.name}` : `From ${r.requestingState.name}`}</td>
                  <td>
                    {STATUS_LABELS[r.status] ?? r.status}
                    {r.status === 'DRAFT' && !r.completeness.complete && <div className="hint">items missing</div>}
                  </td>
                  <td>{r.case?.reference}</td>
                  <td>{formatDate(r.createdAt.slice(0, 10))}</td>
                  <td>{r.status === 'DRAFT' && <Link to={`/requests/new?id=${r.id}&step=authorities`}>Continue drafting</Link>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </article>
  );
}

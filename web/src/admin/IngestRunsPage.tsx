import { Link } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { RequireRole } from '../auth/RequireRole';
import { canReview } from '../auth/roles';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatDateTime } from '../components/time';
import { useDocumentTitle } from '../components/use-document-title';
import { type IngestRunsQuery } from '../gql/graphql';
import { IngestRunsDocument } from './admin.operations';

type Run = IngestRunsQuery['ingestRuns']['edges'][number]['node'];

export default function IngestRunsPage() {
  useDocumentTitle('Ingest runs');
  return (
    <RequireRole title="Ingest runs" allow={canReview}>
      {() => <IngestRuns />}
    </RequireRole>
  );
}

function IngestRuns() {
  const runs = usePaged<Run>(['ingest-runs'], async (after, signal) => toSlice((await execute(IngestRunsDocument, { first: 50, after }, signal)).ingestRuns));
  return (
    <>
      <h1>Ingest runs</h1>
      <p>Every catalogue loaded with <code>portal ingest</code>, newest first: who, when, the counts, and every rejected row.</p>
      {runs.error ? (
        <ErrorMessage error={runs.error} />
      ) : runs.isPending ? (
        <p className="hint">Loading…</p>
      ) : runs.nodes.length === 0 ? (
        <p className="hint">No catalogue has been loaded yet.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table>
              <caption className="sr-only">Ingest runs, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Started</th>
                  <th scope="col">By</th>
                  <th scope="col">Status</th>
                  <th scope="col">Read</th>
                  <th scope="col">Created</th>
                  <th scope="col">Updated</th>
                  <th scope="col">Unchanged</th>
                  <th scope="col">Rejected</th>
                </tr>
              </thead>
              <tbody>
                {runs.nodes.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/ingest-runs/${r.id}`}>{r.file ?? '(no file)'}</Link>
                      <span className="hint"> {r.kind.toLowerCase()}{r.format ? `, ${r.format}` : ''}</span>
                    </td>
                    <td>{formatDateTime(r.startedAt)}</td>
                    <td>{r.startedBy}</td>
                    <td>
                      {r.status.toLowerCase()}
                      {r.error ? `: ${r.error}` : ''}
                    </td>
                    <td>{r.read.toLocaleString('en')}</td>
                    <td>{r.created.toLocaleString('en')}</td>
                    <td>{r.updated.toLocaleString('en')}</td>
                    <td>{r.unchanged.toLocaleString('en')}</td>
                    <td>{r.rejected.toLocaleString('en')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="list-footer">
            Showing {runs.nodes.length} of {runs.totalCount} runs.{' '}
            {runs.hasMore && (
              <button type="button" onClick={runs.loadMore} disabled={runs.loadingMore}>
                Show more runs
              </button>
            )}
          </p>
        </>
      )}
    </>
  );
}

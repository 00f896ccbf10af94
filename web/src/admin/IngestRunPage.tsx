import { Link, useParams } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { useGraphQL } from '../api/use-query';
import { RequireRole } from '../auth/RequireRole';
import { canReview } from '../auth/roles';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatDateTime } from '../components/time';
import { useDocumentTitle } from '../components/use-document-title';
import { type IngestRejectionsQuery } from '../gql/graphql';
import { IngestRejectionsDocument, IngestRunDocument } from './admin.operations';

type Rejection = NonNullable<IngestRejectionsQuery['ingestRun']>['rejections']['edges'][number]['node'];

export default function IngestRunPage() {
  const { id = '' } = useParams();
  useDocumentTitle('Ingest run');
  return (
    <RequireRole title="Ingest run" allow={canReview}>
      {() => <IngestRun id={id} />}
    </RequireRole>
  );
}

function IngestRun({ id }: { id: string }) {
  const run = useGraphQL(IngestRunDocument, { id });
  const rejections = usePaged<Rejection>(['ingest-rejections', id], async (after, signal) =>
    toSlice((await execute(IngestRejectionsDocument, { id, first: 100, after }, signal)).ingestRun?.rejections),
  );
  if (run.error) return <ErrorMessage error={run.error} />;
  if (!run.data) return <p className="hint">Loading…</p>;
  const r = run.data.ingestRun;
  if (!r) return <h1>Ingest run not found</h1>;
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/ingest-runs">Ingest runs</Link> › {r.file ?? r.id}
      </p>
      <h1>Ingest run: {r.file ?? '(no file)'}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          {r.status.toLowerCase()}
          {r.error ? `: ${r.error}` : ''}
        </dd>
        <dt>Started</dt>
        <dd>
          {formatDateTime(r.startedAt)} by {r.startedBy}
        </dd>
        <dt>Finished</dt>
        <dd>{formatDateTime(r.finishedAt)}</dd>
        <dt>What</dt>
        <dd>
          {r.kind.toLowerCase()} records, {r.format ?? 'unknown format'}
          {r.compressed ? ', gzip' : ''}
          {r.publish ? ', published as loaded' : ', loaded as drafts'}
        </dd>
        <dt>Counts</dt>
        <dd>
          read {r.read.toLocaleString('en')}, created {r.created.toLocaleString('en')}, updated {r.updated.toLocaleString('en')}, unchanged{' '}
          {r.unchanged.toLocaleString('en')}, rejected {r.rejected.toLocaleString('en')}
        </dd>
      </dl>
      <section aria-labelledby="rejections-heading" className="record-section">
        <h2 id="rejections-heading">
          Rejected rows <span className="count-badge">{rejections.totalCount}</span>
        </h2>
        {rejections.error ? (
          <ErrorMessage error={rejections.error} />
        ) : rejections.isPending ? (
          <p className="hint">Loading…</p>
        ) : rejections.nodes.length === 0 ? (
          <p className="hint">No row was rejected.</p>
        ) : (
          <>
            <div className="table-scroll">
              <table>
                <caption className="sr-only">Rejected rows, in line order</caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Reference</th>
                    <th scope="col">Field</th>
                    <th scope="col">Value</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {rejections.nodes.map((x, i) => (
                    <tr key={`${x.line}-${x.field}-${i}`}>
                      <td>{x.line}</td>
                      <td>{x.reference ?? '—'}</td>
                      <td>
                        <code>{x.field}</code>
                      </td>
                      <td>{x.value ?? '—'}</td>
                      <td>{x.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="list-footer">
              Showing {rejections.nodes.length} of {rejections.totalCount}.{' '}
              {rejections.hasMore && (
                <button type="button" onClick={rejections.loadMore} disabled={rejections.loadingMore}>
                  Show more rejected rows
                </button>
              )}
            </p>
          </>
        )}
      </section>
    </>
  );
}

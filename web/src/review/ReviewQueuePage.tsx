import { Link, useLocation } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { RequireRole } from '../auth/RequireRole';
import { canReview } from '../auth/roles';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatDateTime } from '../components/time';
import { useDocumentTitle } from '../components/use-document-title';
import { ReviewQueueDocument } from './review.operations';

export default function ReviewQueuePage() {
  useDocumentTitle('Review');
  return (
    <RequireRole title="Review" allow={canReview}>
      {() => <ReviewQueue />}
    </RequireRole>
  );
}

function ReviewQueue() {
  const message = (useLocation().state as { message?: string } | null)?.message;
  const queue = useGraphQL(ReviewQueueDocument, { first: 100 });
  return (
    <>
      <h1>Review</h1>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <p>Submissions waiting for the secretariat: open one to compare it with its published version and decide.</p>
      {queue.error ? (
        <ErrorMessage error={queue.error} />
      ) : !queue.data ? (
        <p className="hint">Loading…</p>
      ) : (
        (['cases', 'laws'] as const).map((kind) => {
          const list = queue.data[kind];
          return (
            <section key={kind} aria-labelledby={`queue-${kind}`} className="record-section">
              <h2 id={`queue-${kind}`}>
                Submitted {kind} <span className="count-badge">{list.totalCount}</span>
              </h2>
              {list.edges.length === 0 ? (
                <p className="hint">Nothing to review.</p>
              ) : (
                <ul className="record-list">
                  {list.edges.map(({ node }) => (
                    <li key={node.reference}>
                      <Link to={`/review/${kind === 'cases' ? 'case' : 'law'}/${encodeURIComponent(node.reference)}`}>{node.title}</Link>
                      <span className="hint">
                        {' '}
                        {node.reference} · {node.jurisdiction.name} · submitted version of {formatDateTime(node.updatedAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {list.totalCount > list.edges.length && <p className="hint">The first {list.edges.length} are shown; decide on them to see the next.</p>}
            </section>
          );
        })
      )}
    </>
  );
}

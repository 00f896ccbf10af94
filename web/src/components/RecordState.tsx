import { Link } from 'react-router';
import { ErrorMessage } from './ErrorMessage';
import { useDocumentTitle } from './use-document-title';

/** What a record page shows while loading, on error, or when the record does not exist (or is not public). */
export function RecordState({ isPending, error, what }: { isPending: boolean; error: unknown; what: string }) {
  useDocumentTitle(isPending ? 'Loading' : error ? 'Error' : `${what} not found`);
  if (isPending) return <p className="hint" role="status">Loading…</p>;
  if (error) return <ErrorMessage error={error} />;
  return (
    <div>
      <h1>{what} not found</h1>
      <p>
        There is no published record with this reference. <Link to="/">Search the portal</Link>.
      </p>
    </div>
  );
}

import { Link } from 'react-router';
import { sessionToken, useSignedInQuery } from '../api/session';
import { ViewerDocument } from './requests.operations';

/** On a case page, for authority accounts: start a request from this case. */
export function DraftRequestLink({ caseReference }: { caseReference: string }) {
  const viewer = useSignedInQuery(ViewerDocument, {}, { enabled: Boolean(sessionToken()) });
  if (viewer.data?.me?.role !== 'AUTHORITY') return null;
  return (
    <p className="draft-request">
      <Link className="button" to={`/requests/new?case=${encodeURIComponent(caseReference)}`}>
        Draft a request from this case
      </Link>
    </p>
  );
}

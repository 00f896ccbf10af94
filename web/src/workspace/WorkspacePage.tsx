import { Link, useLocation } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { RequireRole } from '../auth/RequireRole';
import { canEdit } from '../auth/roles';
import { type SignedInUser } from '../auth/session';
import { PagedList } from '../components/PagedList';
import { formatDateTime } from '../components/time';
import { useDocumentTitle } from '../components/use-document-title';
import { type RecordStatus } from '../gql/graphql';
import { StatusBadge } from './StatusBadge';
import { MyCasesDocument, MyLawsDocument } from './workspace.operations';

/** Records not (or no longer) public: what a contributor is writing, has submitted, or got back. */
const UNPUBLISHED: RecordStatus[] = ['DRAFT', 'SUBMITTED', 'REJECTED', 'WITHDRAWN'];

export default function WorkspacePage() {
  useDocumentTitle('Workspace');
  return (
    <RequireRole title="Workspace" allow={canEdit}>
      {(user) => <Workspace user={user} />}
    </RequireRole>
  );
}

interface Row {
  reference: string;
  title: string;
  status: RecordStatus;
  reviewNote?: string | null;
  updatedAt: string;
  jurisdiction: { code: string; name: string };
}

function RecordRow({ row, kind }: { row: Row; kind: 'cases' | 'laws' }) {
  return (
    <div className="workspace-row">
      <h3>
        <Link to={`/workspace/${kind}/${encodeURIComponent(row.reference)}`}>{row.title}</Link>
      </h3>
      <p className="hit-facts">
        <StatusBadge status={row.status} /> {row.reference} · {row.jurisdiction.name} · changed {formatDateTime(row.updatedAt)}
      </p>
      {row.reviewNote && (
        <p className="review-note">
          <strong>Secretariat's note:</strong> {row.reviewNote}
        </p>
      )}
    </div>
  );
}

function Workspace({ user }: { user: SignedInUser }) {
  const message = (useLocation().state as { message?: string } | null)?.message;
  const cases = usePaged<Row>(['workspace-cases', user.id], async (after, signal) =>
    toSlice((await execute(MyCasesDocument, { statuses: UNPUBLISHED, first: 20, after }, signal)).cases),
  );
  const laws = usePaged<Row>(['workspace-laws', user.id], async (after, signal) =>
    toSlice((await execute(MyLawsDocument, { statuses: UNPUBLISHED, first: 20, after }, signal)).laws),
  );
  const scope =
    user.role === 'CONTRIBUTOR'
      ? `Drafts and submissions of ${user.jurisdictions.map((j) => j.name).join(', ')}, with their status and the secretariat's notes.`
      : 'Every unpublished case and law, with its status and the review notes.';
  return (
    <>
      <h1>Workspace</h1>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <p>{scope}</p>
      <p className="actions-row">
        <Link className="button-link" to="/workspace/cases/new">
          New case
        </Link>
        <Link className="button-link" to="/workspace/laws/new">
          New law
        </Link>
      </p>
      <PagedList title="Cases" noun="case" list={cases} keyOf={(r) => r.reference} render={(r) => <RecordRow row={r} kind="cases" />} empty="No unpublished cases." />
      <PagedList title="Laws" noun="law" list={laws} keyOf={(r) => r.reference} render={(r) => <RecordRow row={r} kind="laws" />} empty="No unpublished laws." />
    </>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { execute } from '../api/client';
import { useGraphQL } from '../api/use-query';
import { RequireRole } from '../auth/RequireRole';
import { canReview } from '../auth/roles';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatDateTime } from '../components/time';
import { useDocumentTitle } from '../components/use-document-title';
import { ErrorSummary, type Problem, problemAt, problemsFrom, TextArea } from '../forms/fields';
import { humanize } from '../labels';
import { StatusBadge } from '../workspace/StatusBadge';
import { diffRecords, showValue, type Snapshot, versionsFromAudit } from './diff';
import {
  ApproveCaseDocument, ApproveLawDocument, RejectCaseDocument, RejectLawDocument, RequestCaseChangesDocument, RequestLawChangesDocument,
  ReviewCaseDocument, ReviewLawDocument,
} from './review.operations';

type Kind = 'case' | 'law';

export default function ReviewPage() {
  const { kind, reference = '' } = useParams();
  useDocumentTitle(`Review ${reference}`);
  if (kind !== 'case' && kind !== 'law') return <h1>Page not found</h1>;
  return (
    <RequireRole title={`Review ${reference}`} allow={canReview}>
      {() => <Review kind={kind} reference={reference} />}
    </RequireRole>
  );
}

interface Entry {
  id: string;
  action: string;
  actor: string;
  at: string;
  after?: unknown;
}

function Review({ kind, reference }: { kind: Kind; reference: string }) {
  const filter = { entityType: kind, entityId: reference };
  const caseQuery = useGraphQL(ReviewCaseDocument, { reference, filter }, { enabled: kind === 'case' });
  const lawQuery = useGraphQL(ReviewLawDocument, { reference, filter }, { enabled: kind === 'law' });
  const query = kind === 'case' ? caseQuery : lawQuery;
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!query.data) return <p className="hint">Loading…</p>;
  const record = 'case' in query.data ? query.data.case : 'law' in query.data ? query.data.law : null;
  if (!record) {
    return (
      <>
        <h1>Not found</h1>
        <p>
          No {kind} {reference}. <Link to="/review">Back to the queue</Link>.
        </p>
      </>
    );
  }
  const entries: Entry[] = query.data.auditLog.edges.map((e) => e.node);
  const { submitted, published, publishedAt } = versionsFromAudit(entries, kind);

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/review">Review</Link> › {reference}
      </p>
      <h1>{record.title}</h1>
      <p>
        <StatusBadge status={record.status} /> {humanize(kind)} {reference} · {record.jurisdiction.name} ·{' '}
        <Link to={`/workspace/${kind === 'case' ? 'cases' : 'laws'}/${encodeURIComponent(reference)}`}>open in the editor</Link>
      </p>
      {submitted ? (
        <Diff published={published} publishedAt={publishedAt} submitted={submitted} />
      ) : (
        <p className="notice">The audit log holds no version of this record to compare.</p>
      )}
      {record.status === 'SUBMITTED' || record.status === 'REJECTED' || record.status === 'WITHDRAWN' ? (
        <Decision kind={kind} reference={reference} status={record.status} />
      ) : (
        <p className="notice">This {kind} is {record.status.toLowerCase()}: there is nothing to decide.</p>
      )}
      {record.history && record.history.length > 0 && (
        <section aria-labelledby="history-heading" className="record-section">
          <h2 id="history-heading">History</h2>
          <ol className="history">
            {record.history.map((h, i) => (
              <li key={i}>
                {formatDateTime(h.at)}: {humanize(h.action)} by {h.actor}
                {h.note ? ` — “${h.note}”` : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function Diff({ published, publishedAt, submitted }: { published: Snapshot | null; publishedAt: string | null; submitted: Snapshot }) {
  const [all, setAll] = useState(false);
  const rows = diffRecords(published, submitted);
  const changed = rows.filter((r) => r.change !== 'same');
  const shown = all ? rows : changed;
  return (
    <section aria-labelledby="diff-heading" className="record-section">
      <h2 id="diff-heading">Submission beside the published version</h2>
      <p>
        {published
          ? `Published version of ${formatDateTime(publishedAt)}; ${changed.length} field${changed.length === 1 ? '' : 's'} changed.`
          : 'Never published: every field given is new.'}{' '}
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show unchanged fields too
        </label>
      </p>
      <div className="table-scroll">
        <table className="diff">
          <caption className="sr-only">Fields of the submission and of the published version</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Published</th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.field} className={`diff-${r.change}`} data-field={r.field}>
                <th scope="row">
                  {humanize(r.field.replace(/([A-Z])/g, ' $1'))}
                  {r.change !== 'same' && <span className="diff-tag"> ({r.change})</span>}
                </th>
                <td className="diff-old">{showValue(r.published)}</td>
                <td className="diff-new">{showValue(r.submitted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Decision({ kind, reference, status }: { kind: Kind; reference: string; status: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const decide = async (step: 'approve' | 'reject' | 'requestChanges') => {
    if (step !== 'approve' && !reason.trim()) {
      setProblems([{ id: 'review-reason', message: 'Reason: say why, for the editors of the record (it is kept in its history)' }]);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const variables = { reference, reason: reason.trim() };
      if (kind === 'case') {
        if (step === 'approve') await execute(ApproveCaseDocument, { reference });
        else if (step === 'reject') await execute(RejectCaseDocument, variables);
        else await execute(RequestCaseChangesDocument, variables);
      } else {
        if (step === 'approve') await execute(ApproveLawDocument, { reference });
        else if (step === 'reject') await execute(RejectLawDocument, variables);
        else await execute(RequestLawChangesDocument, variables);
      }
      await queryClient.invalidateQueries();
      const done = { approve: 'published', reject: 'rejected', requestChanges: 'sent back to its editors as a draft' }[step];
      navigate('/review', { state: { message: `${humanize(kind)} ${reference} was ${done}.` } });
    } catch (error) {
      setProblems(problemsFrom(error, 'review-reason'));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="decision-heading" className="record-section">
      <h2 id="decision-heading">Decision</h2>
      <ErrorSummary problems={problems} focusKey={attempt} />
      <TextArea
        id="review-reason"
        label="Reason"
        hint="Needed to reject or to request changes; the record's editors read it."
        value={reason}
        onChange={setReason}
        error={problemAt(problems, 'review-reason')}
      />
      <div className="actions-row">
        {status !== 'REJECTED' && (
          <button type="button" className="primary" disabled={busy} onClick={() => void decide('approve')}>
            Approve and publish
          </button>
        )}
        {status === 'SUBMITTED' && (
          <button type="button" disabled={busy} onClick={() => void decide('reject')}>
            Reject
          </button>
        )}
        {status !== 'WITHDRAWN' && (
          <button type="button" disabled={busy} onClick={() => void decide('requestChanges')}>
            Request changes
          </button>
        )}
      </div>
    </section>
  );
}

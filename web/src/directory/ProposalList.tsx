import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { execute } from '../api/client';
import { formatDateTime } from '../components/time';
import { ErrorSummary, type Problem, problemAt, problemsFrom, TextArea } from '../forms/fields';
import { type AuthorityProposalsQuery } from '../gql/graphql';
import { showValue } from '../review/diff';
import { humanize } from '../labels';
import { ApproveProposalDocument, RejectProposalDocument } from './directory.operations';

export type Proposal = AuthorityProposalsQuery['authorityProposals']['edges'][number]['node'];

/** Proposed changes, field by field; the secretariat approves them (they are applied) or rejects them with a reason. */
export function ProposalList({ proposals, canDecide, showAuthority }: { proposals: Proposal[]; canDecide: boolean; showAuthority: boolean }) {
  if (proposals.length === 0) return <p className="hint">No proposals.</p>;
  return (
    <ul className="proposal-list">
      {proposals.map((p) => (
        <li key={p.id} className="proposal" data-proposal={p.id}>
          <h3>
            {showAuthority && p.authority ? (
              <>
                <Link to={`/directory/${p.authority.id}`}>{p.authority.name}</Link> ({p.authority.jurisdiction.name}):{' '}
              </>
            ) : null}
            {humanize(p.status)} proposal of {formatDateTime(p.createdAt)}
          </h3>
          <p className="hint">
            By {p.proposedBy}
            {p.reviewedBy ? `; decided by ${p.reviewedBy} on ${formatDateTime(p.reviewedAt)}` : ''}
          </p>
          {p.reason && (
            <p className="review-note">
              <strong>Reason for rejection:</strong> {p.reason}
            </p>
          )}
          <div className="table-scroll">
            <table className="diff">
              <caption className="sr-only">Fields the proposal changes</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  {p.status === 'PENDING' && <th scope="col">Now</th>}
                  <th scope="col">Proposed</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries((p.changes ?? {}) as Record<string, unknown>).map(([field, value]) => (
                  <tr key={field} data-field={field}>
                    <th scope="row">{humanize(field.replace(/([A-Z])/g, ' $1'))}</th>
                    {p.status === 'PENDING' && <td className="diff-old">{showValue(stripTypename((p.authority as Record<string, unknown> | null)?.[field]))}</td>}
                    <td className="diff-new">{value === null ? '(cleared)' : showValue(value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canDecide && p.status === 'PENDING' && <Decide id={p.id} />}
        </li>
      ))}
    </ul>
  );
}

function Decide({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const reasonId = `reason-${id}`;
  const decide = async (approve: boolean) => {
    if (!approve && !reason.trim()) {
      setProblems([{ id: reasonId, message: 'Reason: say why the changes are rejected (the authority reads it)' }]);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      if (approve) await execute(ApproveProposalDocument, { id });
      else await execute(RejectProposalDocument, { id, reason: reason.trim() });
      await queryClient.invalidateQueries();
    } catch (error) {
      setProblems(problemsFrom(error, reasonId));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="decision">
      <ErrorSummary problems={problems} focusKey={attempt} />
      <TextArea id={reasonId} label="Reason (needed to reject)" rows={2} value={reason} onChange={setReason} error={problemAt(problems, reasonId)} />
      <div className="actions-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void decide(true)}>
          Approve and apply
        </button>
        <button type="button" disabled={busy} onClick={() => void decide(false)}>
          Reject
        </button>
      </div>
    </div>
  );
}

/** Values as the API answers them, without GraphQL's bookkeeping. */
function stripTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripTypename);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__typename').map(([k, v]) => [k, stripTypename(v)]));
  return value;
}

import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { runSignedIn, sessionToken, useSignedInQuery } from '../api/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { formatDate, humanize } from '../labels';
import { caseHref } from '../links';
import { downloadDocument } from './download';
import { RecordEventForm } from './RecordEventForm';
import {
  BASIS_LABELS,
  EVENT_LABELS,
  formLabel,
  GROUND_LABELS,
  KIND_LABELS,
  NATURE_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
} from './request-labels';
import { RecordRequestEventDocument, RequestDraftDocument } from './requests.operations';
import { SignInNotice } from './SignInNotice';

/**
 * A request: what it says, its status and due date, its history with authors; record what happened to it (and close
 * it); for an outgoing request, what is missing and warnings, download it, mark it as sent.
 */
export function RequestPage() {
  const id = useParams().id ?? '';
  const query = useSignedInQuery(RequestDraftDocument, { id });
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const r = query.data?.request;
  useDocumentTitle(r ? `${KIND_LABELS[r.kind] ?? r.kind} request to ${r.requestedState.name}` : 'Request');
  if (!sessionToken()) {
    return (
      <article className="record">
        <h1>Request</h1>
        <SignInNotice />
      </article>
    );
  }
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!r)
    return (
      <p className="hint" role="status">
        {query.isPending ? 'Loading…' : 'Request not found.'}
      </p>
    );

  const act = async (what: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      await queryClient.invalidateQueries({ queryKey: ['signed-in'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const extradition = r.kind === 'EXTRADITION';
  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-treaty">{KIND_LABELS[r.kind] ?? r.kind}</span>{' '}
        <span className="reference">{r.reference ?? r.id}</span>
      </p>
      <h1 id="record-title">
        {extradition ? 'Request for extradition' : 'Request for mutual legal assistance'} — {r.requestingState.name} to{' '}
        {r.requestedState.name}
      </h1>
      <p className="status-line">
        Status: <strong>{STATUS_LABELS[r.status] ?? r.status}</strong>
        {r.direction === 'INCOMING' ? `, received from ${r.requestingState.name}` : `, to ${r.requestedState.name}`}
        {r.sentOn && `, sent on ${formatDate(r.sentOn)}`}
        {r.receivedOn && `, received on ${formatDate(r.receivedOn)}`}
        {r.dueOn && `, due on ${formatDate(r.dueOn)}`}
        {r.completedOn && `, closed on ${formatDate(r.completedOn)}`}
        {r.overdue && (
          <>
            {' '}
            <span className="overdue-badge">Overdue</span>
          </>
        )}
      </p>
      {r.direction === 'OUTGOING' && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void act(() => downloadDocument(r.id, 'docx'))}>
            Download .docx
          </button>
          <button type="button" disabled={busy} onClick={() => void act(() => downloadDocument(r.id, 'pdf'))}>
            Download .pdf
          </button>
          {r.status === 'DRAFT' && (
            <>
              <Link className="button" to={`/requests/new?id=${r.id}&step=authorities`}>
                Continue drafting
              </Link>
              <button
                type="button"
                disabled={busy || !r.completeness.complete}
                onClick={() =>
                  void act(() => runSignedIn(RecordRequestEventDocument, { id: r.id, event: { type: 'SENT' } }))
                }
              >
                Mark as sent
              </button>
            </>
          )}
        </div>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <RecordEventForm
        id={r.id}
        allowed={r.allowedEvents}
        onRecorded={() => queryClient.invalidateQueries({ queryKey: ['signed-in'] })}
      />

      {r.direction === 'OUTGOING' && (
        <section className="record-section" aria-labelledby="completeness">
          <h2 id="completeness">Completeness</h2>
          {r.completeness.complete ? (
            <p className="complete-notice">Complete: no essential item is missing.</p>
          ) : (
            <p className="warnings">Essential items are missing: the request cannot be sent yet.</p>
          )}
          {r.completeness.missing.length > 0 && (
            <ul className="missing-list">
              {r.completeness.missing.map((m) => (
                <li
                  key={`${m.field}-${m.requirement}`}
                  className={m.essential ? 'missing-essential' : 'missing-recommended'}
                >
                  <strong>{m.essential ? 'Essential' : 'Recommended'}:</strong> {m.message}
                </li>
              ))}
            </ul>
          )}
          {r.warnings.length > 0 && (
            <ul className="warnings">
              {r.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section className="record-section" aria-labelledby="content">
        <h2 id="content">Content</h2>
        <dl className="facts">
          <Fact term="Addressee">{r.addressee?.name}</Fact>
          <Fact term="Requesting authority">{r.requestingAuthority}</Fact>
          <Fact term="Contact">{r.requestingAuthorityContact}</Fact>
          <Fact term="Case">{r.case && <Link to={caseHref(r.case.reference)}>{r.case.reference}</Link>}</Fact>
          <Fact term="Subject">{r.subject}</Fact>
          <Fact term="Nature">{r.proceedingsNature && NATURE_LABELS[r.proceedingsNature]}</Fact>
          <Fact term="Conducting authority">{r.conductingAuthority}</Fact>
          <Fact term="Legal basis">
            {r.legalBasis &&
              `${r.legalBasisTreaty ? r.legalBasisTreaty.title : BASIS_LABELS[r.legalBasis]}${r.legalBasisDetail ? ` — ${r.legalBasisDetail}` : ''}`}
          </Fact>
          <Fact term="Language">{r.language}</Fact>
          <Fact term="Urgent">{r.urgent && (r.urgencyReason ?? 'Yes')}</Fact>
          <Fact term="Confidential">{r.confidential && (r.confidentialityReason ?? 'Yes')}</Fact>
        </dl>
        {r.facts && (
          <>
            <h3>Facts</h3>
            <p className="prose">{r.facts}</p>
          </>
        )}
        {r.offences.length > 0 && (
          <>
            <h3>Offences</h3>
            <ol>
              {r.offences.map((o, i) => (
                <li key={i}>
                  {o.description ?? (o.crimeType && humanize(o.crimeType))}{' '}
                  {o.provision && <span className="hint">({o.provision})</span>}
                  {o.penalty && <div className="hint">Penalty: {o.penalty}</div>}
                </li>
              ))}
            </ol>
          </>
        )}
        {extradition && r.personSought?.name && (
          <>
            <h3>Person sought</h3>
            <p>{r.personSought.name}</p>
          </>
        )}
        {!extradition && r.persons.length > 0 && (
          <>
            <h3>Persons concerned</h3>
            <ul>
              {r.persons.map((p, i) => (
                <li key={i}>
                  {p.name} {p.role && `(${ROLE_LABELS[p.role]})`}
                </li>
              ))}
            </ul>
          </>
        )}
        {r.measures.length > 0 && (
          <>
            <h3>{extradition ? 'Extradition requested of' : 'Assistance sought'}</h3>
            <ul>
              {r.measures.map((m) => (
                <li key={m.form}>
                  <strong>{formLabel(m.form)}</strong>
                  {m.description && `: ${m.description}`}
                </li>
              ))}
            </ul>
          </>
        )}
        {r.purpose && (
          <>
            <h3>Purpose</h3>
            <p>{r.purpose}</p>
          </>
        )}
      </section>

      <section className="record-section" aria-labelledby="history">
        <h2 id="history">History</h2>
        {r.events.length === 0 ? (
          <p className="empty">Nothing recorded yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="requests-table">
              <caption className="sr-only">What happened to the request, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Event</th>
                  <th scope="col">Recorded by</th>
                  <th scope="col">Note</th>
                  <th scope="col">Status after</th>
                </tr>
              </thead>
              <tbody>
                {r.events.map((e, i) => (
                  <tr key={i}>
                    <td>{formatDate(e.date)}</td>
                    <td>
                      {EVENT_LABELS[e.type] ?? e.type}
                      {e.refusalGrounds.length > 0 && (
                        <ul className="grounds">
                          {e.refusalGrounds.map((g) => (
                            <li key={g}>{GROUND_LABELS[g] ?? g}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{e.author}</td>
                    <td className="prose">{e.note}</td>
                    <td>{STATUS_LABELS[e.statusAfter] ?? e.statusAfter}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <p>
        <Link to="/requests">All requests</Link>
      </p>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { RequireRole } from '../auth/RequireRole';
import { canReview } from '../auth/roles';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatDateTime } from '../components/time';
import { useDocumentTitle } from '../components/use-document-title';
import { ErrorSummary, type Problem, problemAt, SelectField, TextField } from '../forms/fields';
import { type AuditFilter, type AuditLogQuery } from '../gql/graphql';
import { AuditLogDocument } from './admin.operations';

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

const ENTITY_TYPES = ['case', 'law', 'authority', 'authority-proposal', 'user', 'api-token', 'ingest-run', 'jurisdiction', 'directory'].map((v) => ({ value: v, label: v }));
const FIELDS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
type FilterForm = Record<(typeof FIELDS)[number], string>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default function AuditLogPage() {
  useDocumentTitle('Audit log');
  return (
    <RequireRole title="Audit log" allow={canReview}>
      {() => <AuditLog />}
    </RequireRole>
  );
}

/** The filter in the URL (so a filtered log can be bookmarked) as the API's AuditFilter; dates are whole UTC days. */
function toFilter(f: FilterForm): AuditFilter {
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    actor: f.actor || undefined,
    action: f.action || undefined,
    entityType: f.entityType || undefined,
    entityId: f.entityId || undefined,
    from: DATE.test(f.from) ? `${f.from}T00:00:00.000Z` : undefined,
    to: DATE.test(f.to) ? nextDay(f.to) : undefined,
  };
}

function AuditLog() {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FIELDS.map((k) => [k, params.get(k) ?? ''])) as FilterForm;
  const [form, setForm] = useState<FilterForm>(applied);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const filter = toFilter(applied);
  const entries = usePaged<Entry>(['audit-log', filter], async (after, signal) => toSlice((await execute(AuditLogDocument, { filter, first: 50, after }, signal)).auditLog));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    for (const key of ['from', 'to'] as const) {
      if (form[key] && !DATE.test(form[key])) found.push({ id: `audit-${key}`, message: `${key === 'from' ? 'From' : 'To'}: "${form[key]}" is not a date (YYYY-MM-DD)` });
    }
    setProblems(found);
    setAttempt((n) => n + 1);
    if (found.length) return;
    const next = new URLSearchParams();
    for (const k of FIELDS) if (form[k].trim()) next.set(k, form[k].trim());
    setParams(next);
  };
  const set = (key: keyof FilterForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <>
      <h1>Audit log</h1>
      <p>Every write, newest first: who, when, what, and the state before and after.</p>
      <form onSubmit={apply} noValidate className="filter-form" aria-label="Filter the audit log">
        <ErrorSummary problems={problems} focusKey={attempt} />
        <div className="grid-fields">
          <TextField id="audit-actor" label="Who (email or cli:user)" value={form.actor} onChange={set('actor')} />
          <TextField id="audit-action" label="Action" hint="e.g. case.approve" value={form.action} onChange={set('action')} />
          <SelectField id="audit-entityType" label="What kind of record" value={form.entityType} onChange={set('entityType')} options={ENTITY_TYPES} blank="Any" />
          <TextField id="audit-entityId" label="Reference or id" value={form.entityId} onChange={set('entityId')} />
          <TextField id="audit-from" label="From (day)" type="date" value={form.from} onChange={set('from')} error={problemAt(problems, 'audit-from')} />
          <TextField id="audit-to" label="To (day, included)" type="date" value={form.to} onChange={set('to')} error={problemAt(problems, 'audit-to')} />
        </div>
        <div className="actions-row">
          <button type="submit">Filter</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setForm(Object.fromEntries(FIELDS.map((k) => [k, ''])) as FilterForm);
              setParams(new URLSearchParams());
            }}
          >
            Clear the filter
          </button>
        </div>
      </form>
      <section aria-labelledby="audit-results" className="record-section">
        <h2 id="audit-results" aria-live="polite">
          {entries.isPending ? 'Loading…' : `${entries.totalCount.toLocaleString('en')} entries`}
        </h2>
        {entries.error ? (
          <ErrorMessage error={entries.error} />
        ) : (
          <>
            <ul className="audit-list">
              {entries.nodes.map((e) => (
                <li key={e.id}>
                  <p>
                    <strong>{e.action}</strong> on {e.entityType} {e.entityId ?? ''} by {e.actor}, {formatDateTime(e.at)}
                  </p>
                  {(e.before != null || e.after != null) && (
                    <details>
                      <summary>Before and after</summary>
                      <div className="before-after">
                        <div>
                          <h3>Before</h3>
                          <pre>{e.before == null ? '—' : JSON.stringify(e.before, null, 2)}</pre>
                        </div>
                        <div>
                          <h3>After</h3>
                          <pre>{e.after == null ? '—' : JSON.stringify(e.after, null, 2)}</pre>
                        </div>
                      </div>
                    </details>
                  )}
                </li>
              ))}
            </ul>
            {entries.hasMore && (
              <button type="button" onClick={entries.loadMore} disabled={entries.loadingMore}>
                Show more entries
              </button>
            )}
          </>
        )}
      </section>
    </>
  );
}

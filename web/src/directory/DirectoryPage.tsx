import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { execute } from '../api/client';
import { useGraphQL } from '../api/use-query';
import { canReadRestrictedDirectory, canReview } from '../auth/roles';
import { useSession } from '../auth/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { WorldMap } from '../search/WorldMap';
import { plural } from '../labels';
import { DirectoryDocument, DirectoryExportDocument, DirectoryRestrictedDocument, ProposalsDocument } from './directory.operations';
import { kindLabel } from './labels';
import { ProposalList } from './ProposalList';

interface Row {
  id: string;
  name: string;
  kinds: string[];
  jurisdiction: { code: string; name: string; region: string };
  contact?: { email?: string | null; phone?: string | null } | null;
}

/** The directory of competent national authorities: public (who they are, per State, on a map); contact details for the accounts that may read them. */
export default function DirectoryPage() {
  useDocumentTitle('Directory of competent national authorities');
  const { user, loading } = useSession();
  const restricted = canReadRestrictedDirectory(user?.role);
  const publicList = useGraphQL(DirectoryDocument, {}, { enabled: !loading && !restricted });
  const fullList = useGraphQL(DirectoryRestrictedDocument, {}, { enabled: !loading && restricted });
  const list = restricted ? fullList : publicList;
  const [params, setParams] = useSearchParams();
  const selected = params.getAll('country');

  const rows: Row[] = useMemo(() => list.data?.authorities ?? [], [list.data]);
  const byState = useMemo(() => {
    const groups = new Map<string, { name: string; rows: Row[] }>();
    for (const r of rows) {
      const g = groups.get(r.jurisdiction.code) ?? { name: r.jurisdiction.name, rows: [] };
      g.rows.push(r);
      groups.set(r.jurisdiction.code, g);
    }
    return [...groups].sort((a, b) => a[1].name.localeCompare(b[1].name));
  }, [rows]);
  const counts = byState.map(([code, g]) => ({ value: code, label: g.name, count: g.rows.length }));
  const shown = selected.length ? byState.filter(([code]) => selected.includes(code)) : byState;
  const toggle = (code: string) => {
    const next = new URLSearchParams(params);
    next.delete('country');
    for (const c of selected.includes(code) ? selected.filter((x) => x !== code) : [...selected, code]) next.append('country', c);
    setParams(next);
  };

  return (
    <>
      <h1>Directory of competent national authorities</h1>
      <p>
        The authorities States designated to receive, respond to and process requests for extradition, mutual legal assistance and the other forms of
        cooperation of the Convention and its Protocols.{' '}
        {restricted ? 'Your account reads their contact details.' : 'Contact details are for competent authorities and the secretariat.'}
      </p>
      {user?.role === 'AUTHORITY' && user.authority && (
        <p className="notice">
          Your authority: <Link to={`/directory/${user.authority.id}`}>{user.authority.name}</Link> — propose changes to its record there.
        </p>
      )}
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <p className="hint">Loading…</p>
      ) : (
        <>
          <WorldMap counts={counts} selected={selected} onToggle={toggle} />
          {selected.length > 0 && (
            <p>
              Showing {selected.length === 1 ? 'one State' : `${selected.length} States`}.{' '}
              <button type="button" className="link-button" onClick={() => setParams(new URLSearchParams())}>
                Show every State
              </button>
            </p>
          )}
          <p className="hint">
            {plural(rows.length, 'authority', 'authorities')} of {plural(byState.length, 'State')}.
          </p>
          {shown.map(([code, g]) => (
            <section key={code} aria-labelledby={`state-${code}`} className="record-section directory-state" data-state={code}>
              <h2 id={`state-${code}`}>
                <Link to={`/jurisdictions/${code}`}>{g.name}</Link>
              </h2>
              <ul className="record-list">
                {g.rows.map((r) => (
                  <li key={r.id}>
                    <Link to={`/directory/${r.id}`}>{r.name}</Link>
                    <span className="hint"> — {r.kinds.map(kindLabel).join(', ')}</span>
                    {r.contact && (r.contact.email || r.contact.phone) && (
                      <span className="contact-line">
                        {' '}
                        {[r.contact.email, r.contact.phone].filter(Boolean).join(' · ')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {canReview(user?.role) && <SecretariatDesk />}
    </>
  );
}

function SecretariatDesk() {
  const pending = useGraphQL(ProposalsDocument, { status: 'PENDING', first: 100 });
  const [exportError, setExportError] = useState<unknown>(null);
  const download = async (format: 'JSON' | 'CSV') => {
    setExportError(null);
    try {
      const { directoryExport } = await execute(DirectoryExportDocument, { format });
      const blob = new Blob([directoryExport], { type: format === 'CSV' ? 'text/csv' : 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `directory.${format.toLowerCase()}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setExportError(error);
    }
  };
  return (
    <>
      <section aria-labelledby="proposals-heading" className="record-section">
        <h2 id="proposals-heading">
          Proposed changes waiting for a decision {pending.data && <span className="count-badge">{pending.data.authorityProposals.totalCount}</span>}
        </h2>
        {pending.error ? (
          <ErrorMessage error={pending.error} />
        ) : !pending.data ? (
          <p className="hint">Loading…</p>
        ) : (
          <ProposalList proposals={pending.data.authorityProposals.edges.map((e) => e.node)} canDecide showAuthority />
        )}
      </section>
      <section aria-labelledby="export-heading" className="record-section">
        <h2 id="export-heading">Export the directory</h2>
        <p>The whole directory, contact details included, for the printed handbook.</p>
        <div className="actions-row">
          <button type="button" onClick={() => void download('CSV')}>
            Download CSV
          </button>
          <button type="button" onClick={() => void download('JSON')}>
            Download JSON
          </button>
        </div>
        {exportError ? <ErrorMessage error={exportError} /> : null}
      </section>
    </>
  );
}

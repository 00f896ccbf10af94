import { useState } from 'react';
import { downloadWithSession } from '../api/download';
import { sessionToken } from '../api/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { type SearchState, serializeSearch } from './search-state';

/** The formats of `/export.<extension>`; JSON and NDJSON are catalogues of one kind of record. */
const FORMATS: { extension: string; label: string; detail: string; catalogue?: boolean }[] = [
  { extension: 'csv', label: 'CSV', detail: 'spreadsheet, one row per record' },
  { extension: 'json', label: 'JSON', detail: 'catalogue records, loadable with portal ingest', catalogue: true },
  { extension: 'ndjson', label: 'NDJSON', detail: 'catalogue records, one a line', catalogue: true },
  { extension: 'ris', label: 'RIS', detail: 'Zotero, EndNote, Mendeley' },
  { extension: 'csl.json', label: 'CSL-JSON', detail: 'citation processors' },
];

/**
 * "Export": the current search (every page of it, in its order, up to 100,000 records) as a file. Signed out, a
 * plain link streams it; signed in, it is fetched with the session so it holds what the account may read.
 */
export function ExportMenu({ state }: { state: SearchState }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const query = serializeSearch({ ...state, trail: [] }).toString();
  const signedIn = sessionToken() !== null;
  const download = async (href: string, extension: string) => {
    setError(null);
    setBusy(extension);
    try {
      await downloadWithSession(href, `portal-export.${extension}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div className="export-panel">
        <p className="hint">This search, every page of it in the order shown (up to 100,000 records).</p>
        <ul>
          {FORMATS.map(({ extension, label, detail, catalogue }) => {
            const href = `/export.${extension}${query ? `?${query}` : ''}`;
            if (catalogue && !state.type) {
              return (
                <li key={extension} className="unavailable">
                  {label} <span className="hint">({detail}): choose Cases, Laws or Publications first</span>
                </li>
              );
            }
            return (
              <li key={extension}>
                {signedIn ? (
                  <button type="button" className="link-button" disabled={busy !== null} onClick={() => void download(href, extension)}>
                    {label}
                  </button>
                ) : (
                  <a href={href} download>
                    {label}
                  </a>
                )}{' '}
                <span className="hint">({detail}){busy === extension ? ' preparing…' : ''}</span>
              </li>
            );
          })}
        </ul>
        {error !== null && <ErrorMessage error={error} />}
      </div>
    </details>
  );
}

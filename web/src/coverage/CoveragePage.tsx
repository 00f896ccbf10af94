import { useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { RecordState } from '../components/RecordState';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { formatDate } from '../labels';
import { jurisdictionHref } from '../links';
import { searchHref } from '../search/search-state';
import { WorldMap } from '../search/WorldMap';
import { YearChart } from '../search/YearChart';
import { COLUMNS, type Completeness, type CountryRow, coverageCsv, percent, type Sort, sortRows } from './coverage-table';

const CoveragePageDocument = graphql(`
  query CoveragePage {
    coverage {
      caseCount
      lawCount
      completeness {
        court
        decisionDate
        articles
        defendants
        sentence
      }
      byCountry {
        code
        name
        region
        caseCount
        lawCount
        latestDecisionDate
        latestCaseAddedAt
        latestLawAddedAt
        completeness {
          court
          decisionDate
          articles
          defendants
          sentence
        }
      }
      byYear {
        year
        cases
        laws
      }
    }
  }
`);

const FIELDS: { key: keyof Omit<Completeness, '__typename'>; label: string }[] = [
  { key: 'court', label: 'Court' },
  { key: 'decisionDate', label: 'Decision date' },
  { key: 'articles', label: 'Articles of the Convention or Protocols' },
  { key: 'defendants', label: 'Defendants' },
  { key: 'sentence', label: 'Sentence' },
];

/** What the published catalogue covers, State by State and year by year, and where its cases lack data. */
export function CoveragePage() {
  useDocumentTitle('Coverage');
  const { data, isPending, error } = useGraphQL(CoveragePageDocument, {});
  const navigate = useNavigate();
  const [kind, setKind] = useState<'cases' | 'laws'>('cases');
  const kindId = useId();
  const coverage = data?.coverage;
  if (!coverage) return <RecordState isPending={isPending} error={error} what="Coverage" />;

  const counts = coverage.byCountry
    .map((c) => ({ value: c.code, label: c.name, count: kind === 'cases' ? c.caseCount : c.lawCount }))
    .filter((c) => c.count > 0);
  const years = (pick: 'cases' | 'laws') =>
    coverage.byYear.filter((y) => y[pick] > 0).map((y) => ({ value: String(y.year), label: String(y.year), count: y[pick] }));

  return (
    <article className="record" aria-labelledby="record-title">
      <h1 id="record-title">Coverage of the catalogue</h1>
      <p className="lead">
        {coverage.caseCount.toLocaleString('en')} published cases and {coverage.lawCount.toLocaleString('en')} published laws from{' '}
        {coverage.byCountry.length} States. Drafts and submissions under review are not counted.
      </p>

      <section className="record-section" aria-labelledby="completeness">
        <h2 id="completeness">How complete the cases are</h2>
        <p className="hint">
          Share of published cases that record each field. A case records a sentence when one of its charges does, or when every
          charge ended in acquittal or dismissal (no sentence is due).
        </p>
        <ul className="bar-list">
          {FIELDS.map((f) => (
            <li key={f.key}>
              <span>{f.label}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${100 * (coverage.completeness[f.key] ?? 0)}%` }} />
              </span>
              <span className="count">{percent(coverage.completeness[f.key])}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="record-section" aria-labelledby="where">
        <h2 id="where">Where and when</h2>
        <p>
          <label htmlFor={kindId}>Show </label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as 'cases' | 'laws')}>
            <option value="cases">cases</option>
            <option value="laws">laws</option>
          </select>
        </p>
        <WorldMap
          counts={counts}
          selected={[]}
          onToggle={(code) => navigate(jurisdictionHref(code))}
          caption={kind === 'cases' ? 'Published cases by State' : 'Published laws by State'}
          counted={kind === 'cases' ? 'published cases' : 'published laws'}
        />
        <div className="coverage-years">
          <YearChart
            years={years('cases')}
            from={null}
            to={null}
            onSelectYear={(year) => navigate(searchHref({ type: 'CASE', yearFrom: year, yearTo: year }))}
            caption="Cases per year of decision"
            noun="cases"
          />
          <YearChart
            years={years('laws')}
            from={null}
            to={null}
            onSelectYear={(year) => navigate(searchHref({ type: 'LAW', yearFrom: year, yearTo: year }))}
            caption="Laws per year of enactment"
            noun="laws"
          />
        </div>
      </section>

      <CountryTable rows={coverage.byCountry} />
    </article>
  );
}

function CountryTable({ rows }: { rows: CountryRow[] }) {
  const [sort, setSort] = useState<Sort>({ key: 'cases', descending: true });
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const download = () => {
    const url = URL.createObjectURL(new Blob([coverageCsv(sorted)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'coverage.csv';
    a.click();
    URL.revokeObjectURL(url);
  };
  const low = (share: number | null | undefined) => (share != null && share < 0.5 ? 'share-low' : undefined);
  return (
    <section className="record-section" aria-labelledby="by-state">
      <h2 id="by-state">By State</h2>
      <p className="hint">
        Sort by any column to see where data is missing; shares under half are marked. The latest decision is the latest decision
        date among the State's published cases; "added" is when its latest case was published in the portal.
      </p>
      <p>
        <button type="button" onClick={download}>
          Download as CSV
        </button>
      </p>
      <div className="table-scroll">
        <table className="coverage-table">
          <caption className="sr-only">Published cases and laws by State, sorted by {COLUMNS.find((c) => c.key === sort.key)!.heading}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setSort({ key: c.key, descending: active ? !sort.descending : c.key !== 'name' })}
                    >
                      {c.heading}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  <Link to={jurisdictionHref(r.code)}>{r.name}</Link>
                </th>
                <td>{r.caseCount.toLocaleString('en')}</td>
                <td>{r.lawCount.toLocaleString('en')}</td>
                <td>{formatDate(r.latestDecisionDate) ?? '—'}</td>
                <td>{formatDate(r.latestCaseAddedAt?.slice(0, 10)) ?? '—'}</td>
                {(['court', 'decisionDate', 'articles', 'defendants', 'sentence'] as const).map((k) => (
                  <td key={k} className={low(r.completeness[k])}>
                    {percent(r.completeness[k])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

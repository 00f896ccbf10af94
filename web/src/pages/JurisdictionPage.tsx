import { Link, useParams } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { useGraphQL } from '../api/use-query';
import { ErrorMessage } from '../components/ErrorMessage';
import { PagedList } from '../components/PagedList';
import { RecordState } from '../components/RecordState';
import { CaseSummary, LawSummary } from '../components/summaries';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { type JurisdictionPageQuery } from '../gql/graphql';
import { formatDate, humanize, ratificationKindLabel } from '../labels';
import { instrumentHref } from '../links';
import { searchHref } from '../search/search-state';

const JurisdictionPageDocument = graphql(`
  query JurisdictionPage($code: String!) {
    jurisdiction(code: $code) {
      code
      name
      officialName
      region
      subregion
      legalSystem
      unStatus
      caseCount
      lawCount
      ratifications {
        instrumentCode
        instrument {
          shortTitle
        }
        kind
        signedOn
        ratifiedOn
        conventionAsExtraditionBasis
        isSample
      }
    }
    instruments {
      code
      shortTitle
    }
  }
`);

const JurisdictionCrimeTypesDocument = graphql(`
  query JurisdictionCrimeTypes($code: String!) {
    search(input: { filters: { countries: [$code] }, types: [CASE], first: 1 }) {
      total
      facets {
        field
        values {
          value
          label
          count
        }
      }
    }
  }
`);

const JurisdictionCasesDocument = graphql(`
  query JurisdictionCases($code: String!, $after: String) {
    jurisdiction(code: $code) {
      cases(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...CaseSummary
          }
        }
      }
    }
  }
`);

const JurisdictionLawsDocument = graphql(`
  query JurisdictionLaws($code: String!, $after: String) {
    jurisdiction(code: $code) {
      laws(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LawSummary
          }
        }
      }
    }
  }
`);

type JurisdictionRecord = NonNullable<JurisdictionPageQuery['jurisdiction']>;

/** A State: where it stands with the Convention and Protocols, its cases by crime type, its laws and cases. */
export function JurisdictionPage() {
  const code = (useParams().code ?? '').toUpperCase();
  const { data, isPending, error } = useGraphQL(JurisdictionPageDocument, { code });
  const cases = usePaged(['jurisdiction-cases', code], async (after, signal) =>
    toSlice((await execute(JurisdictionCasesDocument, { code, after }, signal)).jurisdiction?.cases),
  );
  const laws = usePaged(['jurisdiction-laws', code], async (after, signal) =>
    toSlice((await execute(JurisdictionLawsDocument, { code, after }, signal)).jurisdiction?.laws),
  );
  const jurisdiction = data?.jurisdiction;
  useDocumentTitle(jurisdiction?.name);
  if (!jurisdiction || !data) return <RecordState isPending={isPending} error={error} what="State" />;

  const facts: [string, string | null | undefined][] = [
    ['Official name', jurisdiction.officialName],
    ['Code', jurisdiction.code],
    ['Region', [jurisdiction.region, jurisdiction.subregion].filter(Boolean).join(' – ')],
    ['Legal system', jurisdiction.legalSystem ? humanize(jurisdiction.legalSystem) : null],
    ['Status at the United Nations', UN_STATUS[jurisdiction.unStatus] ?? jurisdiction.unStatus],
  ];

  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-jurisdiction">State</span>
      </p>
      <h1 id="record-title">{jurisdiction.name}</h1>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>

      <Ratifications jurisdiction={jurisdiction} instruments={data.instruments} />
      <CrimeTypeCounts code={jurisdiction.code} />

      <PagedList
        title="Laws"
        noun="law"
        list={laws}
        keyOf={(l) => l.reference}
        render={(l) => <LawSummary record={l} showCountry={false} />}
        searchHref={searchHref({ type: 'LAW', filters: { country: [jurisdiction.code] } })}
        empty="No published law of this State yet."
      />
      <PagedList
        title="Cases"
        noun="case"
        list={cases}
        keyOf={(c) => c.reference}
        render={(c) => <CaseSummary record={c} showCountry={false} />}
        searchHref={searchHref({ type: 'CASE', filters: { country: [jurisdiction.code] } })}
        empty="No published case from this State yet."
      />
    </article>
  );
}

const UN_STATUS: Record<string, string> = {
  MEMBER: 'Member State',
  OBSERVER: 'Observer State',
  REIO: 'Regional economic integration organization',
};

function Ratifications({ jurisdiction, instruments }: { jurisdiction: JurisdictionRecord; instruments: { code: string; shortTitle: string }[] }) {
  const byInstrument = new Map(jurisdiction.ratifications.map((r) => [r.instrumentCode as string, r]));
  const anySample = jurisdiction.ratifications.some((r) => r.isSample);
  return (
    <section className="record-section" aria-labelledby="ratifications">
      <h2 id="ratifications">Convention and Protocols</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Instrument</th>
              <th scope="col">Status</th>
              <th scope="col">Signed</th>
              <th scope="col">Party since</th>
            </tr>
          </thead>
          <tbody>
            {instruments.map((instrument) => {
              const r = byInstrument.get(instrument.code);
              return (
                <tr key={instrument.code}>
                  <th scope="row">
                    <Link to={instrumentHref(instrument.code)}>{instrument.shortTitle}</Link>
                  </th>
                  <td>
                    {r ? (r.ratifiedOn ? ratificationKindLabel(r.kind) : 'Signatory') : 'No record'}
                    {r?.conventionAsExtraditionBasis && <span className="hint"> · takes the Convention as legal basis for extradition (art. 16(5))</span>}
                  </td>
                  <td>{formatDate(r?.signedOn) ?? '—'}</td>
                  <td>{formatDate(r?.ratifiedOn) ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {anySample && <p className="hint">Sample ratification data shipped with the demonstration, not an official record.</p>}
    </section>
  );
}

function CrimeTypeCounts({ code }: { code: string }) {
  const { data, error, isPending } = useGraphQL(JurisdictionCrimeTypesDocument, { code });
  const values = data?.search.facets.find((f) => f.field === 'crimeType')?.values ?? [];
  return (
    <section className="record-section" aria-labelledby="crime-types">
      <h2 id="crime-types">Cases by crime type</h2>
      {error ? (
        <ErrorMessage error={error} />
      ) : isPending ? (
        <p className="hint">Loading…</p>
      ) : values.length === 0 ? (
        <p className="hint">No published case from this State yet.</p>
      ) : (
        <ul className="bar-list">
          {values.map((v) => (
            <li key={v.value}>
              <Link to={searchHref({ type: 'CASE', filters: { country: [code], crimeType: [v.value] } })}>{v.label}</Link>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(100 * v.count) / Math.max(...values.map((x) => x.count))}%` }} />
              </span>
              <span className="count">{v.count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

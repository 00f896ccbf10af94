import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { useGraphQL } from '../api/use-query';
import { ErrorMessage } from '../components/ErrorMessage';
import { PagedList } from '../components/PagedList';
import { RecordState } from '../components/RecordState';
import { CaseSummary, LawSummary, PublicationSummary, TreatySummary } from '../components/summaries';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { type JurisdictionPageQuery } from '../gql/graphql';
import { formatDate, humanize, INSTRUMENT_ORDER, ratificationKindLabel } from '../labels';
import { articleHref, instrumentHref, lawHref, legalBasisHref } from '../links';
import { searchHref } from '../search/search-state';
import { SentencingFigures } from '../statistics/SentencingFigures';

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

const JurisdictionTreatiesDocument = graphql(`
  query JurisdictionTreaties($code: String!, $after: String) {
    jurisdiction(code: $code) {
      treaties(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...TreatySummary
          }
        }
      }
    }
  }
`);

const JurisdictionPublicationsDocument = graphql(`
  query JurisdictionPublications($code: String!, $after: String) {
    jurisdiction(code: $code) {
      publications(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PublicationSummary
          }
        }
      }
    }
  }
`);

const JurisdictionImplementationDocument = graphql(`
  query JurisdictionImplementation($code: String!, $instrument: InstrumentCode!) {
    jurisdiction(code: $code) {
      implementation(instrument: $instrument) {
        criminalization
        article {
          id
          number
          title
        }
        provisions {
          id
          number
          heading
          law {
            reference
            title
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
  const treaties = usePaged(['jurisdiction-treaties', code], async (after, signal) =>
    toSlice((await execute(JurisdictionTreatiesDocument, { code, after }, signal)).jurisdiction?.treaties),
  );
  const publications = usePaged(['jurisdiction-publications', code], async (after, signal) =>
    toSlice((await execute(JurisdictionPublicationsDocument, { code, after }, signal)).jurisdiction?.publications),
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
      <PagedList
        title="Treaties"
        noun="treaty"
        list={treaties}
        keyOf={(t) => t.reference}
        render={(t) => <TreatySummary record={t} />}
        empty="No treaty of this State is loaded: that does not mean it has none."
      />
      <p>
        <Link to={legalBasisHref(jurisdiction.code)}>Find the legal basis for a request from or to {jurisdiction.name}</Link>
      </p>
      <Implementation code={jurisdiction.code} name={jurisdiction.name} />
      <CrimeTypeCounts code={jurisdiction.code} />
      <SentencingFigures filter={{ country: jurisdiction.code }} breakdown="crimeType" subject={`cases of ${jurisdiction.name}`} />

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
      <PagedList
        title="Publications"
        noun="publication"
        list={publications}
        keyOf={(p) => p.reference}
        render={(p) => <PublicationSummary record={p} />}
        searchHref={searchHref({ type: 'PUBLICATION', filters: { country: [jurisdiction.code] } })}
        empty="No publication about this State in the bibliography yet."
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
  const ordered = [...instruments].sort((a, b) => INSTRUMENT_ORDER.indexOf(a.code) - INSTRUMENT_ORDER.indexOf(b.code));
  return (
    <section className="record-section" aria-labelledby="ratifications">
      <h2 id="ratifications">Convention and Protocols</h2>
      {jurisdiction.ratifications.length === 0 && (
        <p className="hint">
          No ratification of this State is loaded in the portal: its status is unknown here, which does not mean that it is not a
          party.
        </p>
      )}
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
            {ordered.map((instrument) => {
              const r = byInstrument.get(instrument.code);
              return (
                <tr key={instrument.code}>
                  <th scope="row">
                    <Link to={instrumentHref(instrument.code)}>{instrument.shortTitle}</Link>
                  </th>
                  <td>
                    {r ? (r.ratifiedOn ? ratificationKindLabel(r.kind) : 'Signatory, not ratified') : <span className="not-found-yet">Status not loaded</span>}
                    {r?.conventionAsExtraditionBasis === true && (
                      <span className="hint"> · takes the Convention as legal basis for extradition (art. 16(5))</span>
                    )}
                    {r?.conventionAsExtraditionBasis === false && (
                      <span className="hint"> · does not take the Convention as legal basis for extradition (art. 16(5))</span>
                    )}
                  </td>
                  <td>{formatDate(r?.signedOn) ?? '—'}</td>
                  <td>{formatDate(r?.ratifiedOn) ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {anySample && <p className="hint">Synthetic ratification data of the demonstration catalogue, not an official record.</p>}
    </section>
  );
}

/** Which articles of an instrument the State's loaded legislation implements, criminalization articles first. */
function Implementation({ code, name }: { code: string; name: string }) {
  const [instrument, setInstrument] = useState<'UNTOC' | 'TIP' | 'SOM' | 'FIREARMS'>('UNTOC');
  const selectId = useId();
  const { data, error, isPending } = useGraphQL(JurisdictionImplementationDocument, { code, instrument });
  const rows = data?.jurisdiction?.implementation ?? [];
  const found = rows.filter((r) => r.provisions.length > 0).length;
  return (
    <section className="record-section" aria-labelledby="implementation">
      <h2 id="implementation">Implementation in national law</h2>
      <p>
        <label htmlFor={selectId}>Instrument </label>
        <select id={selectId} value={instrument} onChange={(e) => setInstrument(e.target.value as typeof instrument)}>
          <option value="UNTOC">Organized Crime Convention</option>
          <option value="TIP">Trafficking in Persons Protocol</option>
          <option value="SOM">Smuggling of Migrants Protocol</option>
          <option value="FIREARMS">Firearms Protocol</option>
        </select>
      </p>
      <p className="hint">
        Articles that the legislation of {name} loaded in the portal implements, criminalization articles first. "No provision
        found" means that no implementing provision is loaded, not that none exists.
      </p>
      {error ? (
        <ErrorMessage error={error} />
      ) : isPending ? (
        <p className="hint">Loading…</p>
      ) : (
        <>
          <p>
            {found} of {rows.length} articles with a provision found.
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Provisions found</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.article.id}>
                    <th scope="row">
                      <Link to={articleHref(r.article.id)}>
                        Art. {r.article.number} {r.article.title}
                      </Link>
                      {r.criminalization && <span className="hint"> · criminalization</span>}
                    </th>
                    <td>
                      {r.provisions.length === 0 ? (
                        <span className="not-found-yet">No provision found</span>
                      ) : (
                        <ul>
                          {r.provisions.map((p) => (
                            <li key={p.id}>
                              <Link to={lawHref(p.law.reference)}>{p.law.title}</Link>, {[p.number, p.heading].filter(Boolean).join(' – ')}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
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

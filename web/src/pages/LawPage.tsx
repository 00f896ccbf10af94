import { Link, useParams } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { useGraphQL } from '../api/use-query';
import { PagedList } from '../components/PagedList';
import { RecordState } from '../components/RecordState';
import { CaseSummary } from '../components/summaries';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { formatDate, humanize } from '../labels';
import { articleHref, jurisdictionHref } from '../links';
import { searchHref } from '../search/search-state';

const LawPageDocument = graphql(`
  query LawPage($reference: String!) {
    law(reference: $reference) {
      reference
      title
      enactedOn
      legalStatus
      jurisdiction {
        code
        name
      }
      crimeTypes {
        code
        label
      }
      provisions {
        id
        number
        heading
        text
        articles {
          id
          title
        }
      }
      sources {
        label
        url
      }
    }
  }
`);

const LawCasesDocument = graphql(`
  query LawCases($reference: String!, $after: String) {
    law(reference: $reference) {
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

/** A law: its provisions with the articles each implements, and the cases applying it. */
export function LawPage() {
  const reference = useParams().reference ?? '';
  const { data, isPending, error } = useGraphQL(LawPageDocument, { reference });
  const cases = usePaged(['law-cases', reference], async (after, signal) =>
    toSlice((await execute(LawCasesDocument, { reference, after }, signal)).law?.cases),
  );
  const law = data?.law;
  useDocumentTitle(law?.title);
  if (!law) return <RecordState isPending={isPending} error={error} what="Law" />;

  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-law">Law</span> <span className="reference">{law.reference}</span>
      </p>
      <h1 id="record-title">{law.title}</h1>
      <dl className="facts">
        <div>
          <dt>State</dt>
          <dd>
            <Link to={jurisdictionHref(law.jurisdiction.code)}>{law.jurisdiction.name}</Link>
          </dd>
        </div>
        {law.enactedOn && (
          <div>
            <dt>Enacted</dt>
            <dd>{formatDate(law.enactedOn)}</dd>
          </div>
        )}
        {law.legalStatus && (
          <div>
            <dt>Status</dt>
            <dd>{humanize(law.legalStatus)}</dd>
          </div>
        )}
        {law.crimeTypes.length > 0 && (
          <div>
            <dt>Crime types</dt>
            <dd>
              <ul className="inline-list">
                {law.crimeTypes.map((c) => (
                  <li key={c.code}>
                    <Link to={searchHref({ type: 'LAW', filters: { crimeType: [c.code] } })}>{c.label}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      <section className="record-section" aria-labelledby="provisions">
        <h2 id="provisions">Provisions</h2>
        {law.provisions.length === 0 ? (
          <p className="hint">No provisions are recorded.</p>
        ) : (
          <ul className="provisions">
            {law.provisions.map((p) => (
              <li key={p.id}>
                <h3>
                  {p.number}
                  {p.heading && ` – ${p.heading}`}
                </h3>
                {p.text && <p className="prose">{p.text}</p>}
                {p.articles.length > 0 && (
                  <p className="implements">
                    Implements:{' '}
                    {p.articles.map((a, i) => (
                      <span key={a.id}>
                        {i > 0 && ', '}
                        <Link to={articleHref(a.id)}>
                          {a.id} ({a.title})
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <PagedList
        title="Cases applying this law"
        noun="case"
        list={cases}
        keyOf={(c) => c.reference}
        render={(c) => <CaseSummary record={c} showCountry={false} />}
        empty="No published case applies this law yet."
      />

      {law.sources.length > 0 && (
        <section className="record-section" aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ul>
            {law.sources.map((s, i) => (
              <li key={i}>{s.url ? <a href={s.url} rel="noopener noreferrer">{s.label}</a> : s.label}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

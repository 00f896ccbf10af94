import { Link, useParams } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { RecordState } from '../components/RecordState';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { cooperationKindLabel, formatDate, humanize } from '../labels';
import { jurisdictionHref, legalBasisHref } from '../links';

const TreatyPageDocument = graphql(`
  query TreatyPage($reference: String!) {
    treaty(reference: $reference) {
      reference
      title
      scope
      kinds
      adoptedOn
      inForceOn
      isSample
      sources {
        label
        url
      }
      parties {
        signedOn
        inForceOn
        jurisdiction {
          code
          name
        }
      }
    }
  }
`);

/** A treaty: scope, kinds of cooperation, dates, and its parties with the date it binds each. */
export function TreatyPage() {
  const reference = useParams().reference ?? '';
  const { data, isPending, error } = useGraphQL(TreatyPageDocument, { reference });
  const treaty = data?.treaty;
  useDocumentTitle(treaty?.title);
  if (!treaty) return <RecordState isPending={isPending} error={error} what="Treaty" />;
  const [first, second] = treaty.parties;

  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-treaty">Treaty</span> <span className="reference">{treaty.reference}</span>
      </p>
      <h1 id="record-title">{treaty.title}</h1>
      {treaty.isSample && <p className="hint">A synthetic treaty of the demonstration catalogue, not a real agreement.</p>}
      <dl className="facts">
        <div>
          <dt>Scope</dt>
          <dd>{humanize(treaty.scope)}</dd>
        </div>
        <div>
          <dt>Cooperation covered</dt>
          <dd>{treaty.kinds.map(cooperationKindLabel).join(', ')}</dd>
        </div>
        <div>
          <dt>Adopted</dt>
          <dd>{formatDate(treaty.adoptedOn) ?? 'Date not loaded'}</dd>
        </div>
        <div>
          <dt>Entry into force</dt>
          <dd>{formatDate(treaty.inForceOn) ?? 'Not in force, or the date is not loaded'}</dd>
        </div>
      </dl>

      <section className="record-section" aria-labelledby="parties">
        <h2 id="parties">Parties</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Signed</th>
                <th scope="col">In force for it</th>
              </tr>
            </thead>
            <tbody>
              {treaty.parties.map((p) => (
                <tr key={p.jurisdiction.code}>
                  <th scope="row">
                    <Link to={jurisdictionHref(p.jurisdiction.code)}>{p.jurisdiction.name}</Link>
                  </th>
                  <td>{formatDate(p.signedOn) ?? '—'}</td>
                  <td>{formatDate(p.inForceOn ?? treaty.inForceOn) ?? 'Not loaded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {first && second && (
          <p>
            <Link to={legalBasisHref(first.jurisdiction.code, second.jurisdiction.code, treaty.kinds[0])}>
              Legal basis between {first.jurisdiction.name} and {second.jurisdiction.name}
            </Link>
          </p>
        )}
      </section>

      {treaty.sources.length > 0 && (
        <section className="record-section" aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ul>
            {treaty.sources.map((s, i) => (
              <li key={i}>{s.url ? <a href={s.url}>{s.label}</a> : s.label}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

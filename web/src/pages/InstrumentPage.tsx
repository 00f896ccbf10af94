import { Link, useParams } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { RecordState } from '../components/RecordState';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { type InstrumentCode } from '../gql/graphql';
import { formatDate, plural } from '../labels';
import { articleHref } from '../links';

const InstrumentPageDocument = graphql(`
  query InstrumentPage($code: InstrumentCode!) {
    instrument(code: $code) {
      code
      title
      shortTitle
      adoptedOn
      entryIntoForce
      articles {
        id
        number
        title
        caseCount
        lawCount
      }
    }
  }
`);

const CODES: InstrumentCode[] = ['UNTOC', 'TIP', 'SOM', 'FIREARMS'];

/** An instrument: every article, with how many cases apply it and how many laws implement it. */
export function InstrumentPage() {
  const raw = (useParams().code ?? '').toUpperCase();
  const code = CODES.find((c) => c === raw);
  const { data, isPending, error } = useGraphQL(InstrumentPageDocument, { code: code ?? 'UNTOC' }, { enabled: code !== undefined });
  const instrument = code ? data?.instrument : null;
  useDocumentTitle(instrument?.shortTitle);
  if (!instrument) return <RecordState isPending={code !== undefined && isPending} error={error} what="Instrument" />;

  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-article">{instrument.shortTitle}</span>
      </p>
      <h1 id="record-title">{instrument.title}</h1>
      <dl className="facts">
        {instrument.adoptedOn && (
          <div>
            <dt>Adopted</dt>
            <dd>{formatDate(instrument.adoptedOn)}</dd>
          </div>
        )}
        {instrument.entryIntoForce && (
          <div>
            <dt>Entry into force</dt>
            <dd>{formatDate(instrument.entryIntoForce)}</dd>
          </div>
        )}
      </dl>
      <section className="record-section" aria-labelledby="articles">
        <h2 id="articles">Articles</h2>
        <ol className="record-list articles-list">
          {instrument.articles.map((a) => (
            <li key={a.id}>
              <Link to={articleHref(a.id)}>
                Article {a.number}: {a.title}
              </Link>
              <span className="list-facts">
                {plural(a.caseCount, 'case')} · {plural(a.lawCount, 'law')}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

import { Link, useParams } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { RecordState } from '../components/RecordState';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { publicationKindLabel } from '../labels';
import { articleHref, jurisdictionHref } from '../links';
import { searchHref } from '../search/search-state';

const PublicationPageDocument = graphql(`
  query PublicationPage($reference: String!) {
    publication(reference: $reference) {
      reference
      title
      authors
      year
      kind
      publisher
      language
      annotation
      url
      keywords
      isSample
      articles {
        id
        title
      }
      crimeTypes {
        code
        label
      }
      countries {
        code
        name
      }
    }
  }
`);

/** A publication of the bibliography: who wrote it, where it appeared, the annotation and what it concerns. */
export function PublicationPage() {
  const reference = useParams().reference ?? '';
  const { data, isPending, error } = useGraphQL(PublicationPageDocument, { reference });
  const publication = data?.publication;
  useDocumentTitle(publication?.title);
  if (!publication) return <RecordState isPending={isPending} error={error} what="Publication" />;
  const facts: [string, string | null][] = [
    ['Authors', publication.authors.join('; ') || null],
    ['Kind', publicationKindLabel(publication.kind)],
    [publication.kind === 'ARTICLE' ? 'Journal' : 'Publisher', publication.publisher],
    ['Year', publication.year ? String(publication.year) : null],
    ['Language', publication.language],
  ];

  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-publication">Publication</span> <span className="reference">{publication.reference}</span>
      </p>
      <h1 id="record-title">{publication.title}</h1>
      {publication.isSample && <p className="hint">A synthetic entry of the demonstration catalogue, not a real publication.</p>}
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
      {publication.annotation && (
        <section className="record-section" aria-labelledby="annotation">
          <h2 id="annotation">Annotation</h2>
          <p>{publication.annotation}</p>
        </section>
      )}
      {publication.url && (
        <p>
          <a href={publication.url}>Read the publication</a>
        </p>
      )}
      <section className="record-section" aria-labelledby="concerns">
        <h2 id="concerns">What it concerns</h2>
        <dl className="facts">
          {publication.articles.length > 0 && (
            <div>
              <dt>Articles</dt>
              <dd>
                {publication.articles.map((a, i) => (
                  <span key={a.id}>
                    {i > 0 && ', '}
                    <Link to={articleHref(a.id)}>
                      {a.id} {a.title}
                    </Link>
                  </span>
                ))}
              </dd>
            </div>
          )}
          {publication.crimeTypes.length > 0 && (
            <div>
              <dt>Crime types</dt>
              <dd>
                {publication.crimeTypes.map((c, i) => (
                  <span key={c.code}>
                    {i > 0 && ', '}
                    <Link to={searchHref({ type: 'PUBLICATION', filters: { crimeType: [c.code] } })}>{c.label}</Link>
                  </span>
                ))}
              </dd>
            </div>
          )}
          <div>
            <dt>States</dt>
            <dd>
              {publication.countries.length === 0
                ? 'None in particular'
                : publication.countries.map((c, i) => (
                    <span key={c.code}>
                      {i > 0 && ', '}
                      <Link to={jurisdictionHref(c.code)}>{c.name}</Link>
                    </span>
                  ))}
            </dd>
          </div>
          {publication.keywords.length > 0 && (
            <div>
              <dt>Keywords</dt>
              <dd>{publication.keywords.join(', ')}</dd>
            </div>
          )}
        </dl>
      </section>
    </article>
  );
}

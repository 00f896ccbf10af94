import { Link, useNavigate, useParams } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { useGraphQL } from '../api/use-query';
import { PagedList } from '../components/PagedList';
import { RecordState } from '../components/RecordState';
import { CaseSummary, PublicationSummary } from '../components/summaries';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { type ArticleLawsQuery } from '../gql/graphql';
import { instrumentHref, jurisdictionHref, lawHref } from '../links';
import { SentencingFigures } from '../statistics/SentencingFigures';
import { searchHref } from '../search/search-state';
import { WorldMap } from '../search/WorldMap';

const ArticlePageDocument = graphql(`
  query ArticlePage($id: String!) {
    article(id: $id) {
      id
      number
      title
      caseCount
      lawCount
      instrument {
        code
        title
        shortTitle
      }
    }
  }
`);

const ArticleCasesDocument = graphql(`
  query ArticleCases($id: String!, $after: String) {
    article(id: $id) {
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

const ArticleLawsDocument = graphql(`
  query ArticleLaws($id: String!, $after: String) {
    article(id: $id) {
      laws(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            reference
            title
            jurisdiction {
              code
              name
            }
            provisions {
              id
              number
              heading
              articles {
                id
              }
            }
          }
        }
      }
    }
  }
`);

const ArticleLibraryDocument = graphql(`
  query ArticleLibrary($id: String!) {
    article(id: $id) {
      implementingStates {
        provisionCount
        lawCount
        jurisdiction {
          code
          name
        }
      }
    }
    jurisdictions {
      code
      unStatus
    }
  }
`);

const ArticlePublicationsDocument = graphql(`
  query ArticlePublications($id: String!, $after: String) {
    article(id: $id) {
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

type ImplementingLaw = NonNullable<ArticleLawsQuery['article']>['laws']['edges'][number]['node'];

/** An article: its title and instrument, the national provisions implementing it by State, and the cases citing it. */
export function ArticlePage() {
  const id = useParams().id ?? '';
  const { data, isPending, error } = useGraphQL(ArticlePageDocument, { id });
  const cases = usePaged(['article-cases', id], async (after, signal) => toSlice((await execute(ArticleCasesDocument, { id, after }, signal)).article?.cases));
  const laws = usePaged(['article-laws', id], async (after, signal) => toSlice((await execute(ArticleLawsDocument, { id, after }, signal)).article?.laws));
  const publications = usePaged(['article-publications', id], async (after, signal) =>
    toSlice((await execute(ArticlePublicationsDocument, { id, after }, signal)).article?.publications),
  );
  const article = data?.article;
  useDocumentTitle(article ? `${article.id} ${article.title}` : null);
  if (!article) return <RecordState isPending={isPending} error={error} what="Article" />;

  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-article">Article</span> <span className="reference">{article.id}</span>
      </p>
      <h1 id="record-title">
        Article {article.number}: {article.title}
      </h1>
      <p className="lead">
        <Link to={instrumentHref(article.instrument.code)}>{article.instrument.title}</Link>
      </p>

      <StatesImplementing id={article.id} />

      <PagedList
        title="Implementing provisions by State"
        noun="law"
        list={laws}
        keyOf={(law) => law.reference}
        render={(law) => <ImplementingLawItem law={law} articleId={article.id} />}
        searchHref={searchHref({ type: 'LAW', filters: { article: [article.id] } })}
        empty="No published law is recorded as implementing this article yet."
      />

      <SentencingFigures filter={{ article: article.id }} breakdown="country" subject="cases applying this article" />

      <PagedList
        title="Cases applying this article"
        noun="case"
        list={cases}
        keyOf={(c) => c.reference}
        render={(c) => <CaseSummary record={c} />}
        searchHref={searchHref({ type: 'CASE', filters: { article: [article.id] } })}
        empty="No published case applies this article yet."
      />

      <PagedList
        title="Publications"
        noun="publication"
        list={publications}
        keyOf={(p) => p.reference}
        render={(p) => <PublicationSummary record={p} />}
        searchHref={searchHref({ type: 'PUBLICATION', filters: { article: [article.id] } })}
        empty="No publication about this article in the bibliography yet."
      />
    </article>
  );
}

function ImplementingLawItem({ law, articleId }: { law: ImplementingLaw; articleId: string }) {
  const provisions = law.provisions.filter((p) => p.articles.some((a) => a.id === articleId));
  return (
    <>
      <span className="list-country">
        <Link to={jurisdictionHref(law.jurisdiction.code)}>{law.jurisdiction.name}</Link>
      </span>
      <Link to={lawHref(law.reference)}>{law.title}</Link>
      {provisions.length > 0 && (
        <span className="list-facts">
          {provisions.map((p) => [p.number, p.heading].filter(Boolean).join(' – ')).join('; ')}
        </span>
      )}
    </>
  );
}

/** The States with and without an implementing provision loaded: a map, a count and the list. */
function StatesImplementing({ id }: { id: string }) {
  const navigate = useNavigate();
  const { data } = useGraphQL(ArticleLibraryDocument, { id });
  if (!data?.article) return null;
  const states = data.article.implementingStates;
  // States: the European Union (a regional organization) is not counted among them.
  const total = data.jurisdictions.filter((j) => j.unStatus !== 'REIO').length;
  const implementing = states.filter((s) => s.jurisdiction.code !== 'EUE').length;
  const counts = states.map((s) => ({ value: s.jurisdiction.code, label: s.jurisdiction.name, count: s.provisionCount }));
  return (
    <section className="record-section" aria-labelledby="implementing-states">
      <h2 id="implementing-states">Implementation by State</h2>
      <p>
        {implementing} of {total} States have an implementing provision loaded; for the other {total - implementing}, no
        provision is found, which means none is loaded, not that none exists.
      </p>
      {states.length > 0 && (
        <>
          <WorldMap counts={counts} selected={[]} onToggle={(code) => navigate(jurisdictionHref(code))} />
          <p className="tags">
            {states.map((s) => (
              <Link key={s.jurisdiction.code} className="tag" to={jurisdictionHref(s.jurisdiction.code)}>
                {s.jurisdiction.name} ({s.provisionCount})
              </Link>
            ))}
          </p>
        </>
      )}
    </section>
  );
}

import { useParams } from 'react-router';
import { execute } from '../api/client';
import { toSlice, usePaged } from '../api/use-paged';
import { useGraphQL } from '../api/use-query';
import { PagedList } from '../components/PagedList';
import { RecordState } from '../components/RecordState';
import { CaseSummary } from '../components/summaries';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { searchHref } from '../search/search-state';
import { SentencingFigures } from '../statistics/SentencingFigures';

const CrimeTypePageDocument = graphql(`
  query CrimeTypePage($code: String!) {
    crimeType(code: $code) {
      code
      label
      description
    }
  }
`);

const CrimeTypeCasesDocument = graphql(`
  query CrimeTypeCases($code: String!, $after: String) {
    cases(filter: { crimeTypes: [$code] }, orderBy: DECISION_DATE_DESC, first: 20, after: $after) {
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
`);

/** A crime type of the vocabulary: how its published cases were sentenced, by State, and the cases themselves. */
export function CrimeTypePage() {
  const code = (useParams().code ?? '').toLowerCase();
  const { data, isPending, error } = useGraphQL(CrimeTypePageDocument, { code });
  const cases = usePaged(['crime-type-cases', code], async (after, signal) =>
    toSlice((await execute(CrimeTypeCasesDocument, { code, after }, signal)).cases),
  );
  const crimeType = data?.crimeType;
  useDocumentTitle(crimeType?.label);
  if (!crimeType) return <RecordState isPending={isPending} error={error} what="Crime type" />;

  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-crime-type">Crime type</span>
      </p>
      <h1 id="record-title">{crimeType.label}</h1>
      {crimeType.description && <p className="lead">{crimeType.description}</p>}

      <SentencingFigures
        filter={{ crimeType: crimeType.code }}
        breakdown="country"
        subject={`cases of ${crimeType.label.toLowerCase()}`}
      />

      <PagedList
        title="Cases"
        noun="case"
        list={cases}
        keyOf={(c) => c.reference}
        render={(c) => <CaseSummary record={c} />}
        searchHref={searchHref({ type: 'CASE', filters: { crimeType: [crimeType.code] } })}
        empty="No published case of this crime type yet."
      />
    </article>
  );
}

import { Link } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { RecordState } from '../components/RecordState';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { formatDate } from '../labels';
import { instrumentHref } from '../links';

const InstrumentsDocument = graphql(`
  query Instruments {
    instruments {
      code
      title
      shortTitle
      adoptedOn
      entryIntoForce
      articles {
        id
      }
    }
  }
`);

/** The Convention and its three Protocols. */
export function InstrumentsPage() {
  const { data, isPending, error } = useGraphQL(InstrumentsDocument, {});
  useDocumentTitle('Convention and Protocols');
  if (!data) return <RecordState isPending={isPending} error={error} what="Instruments" />;
  return (
    <div className="record">
      <h1>The Convention and its Protocols</h1>
      <ul className="record-list">
        {data.instruments.map((i) => (
          <li key={i.code}>
            <Link to={instrumentHref(i.code)}>{i.title}</Link>
            <span className="list-facts">
              {[i.shortTitle, `${i.articles.length} articles`, i.adoptedOn && `adopted ${formatDate(i.adoptedOn)}`, i.entryIntoForce && `in force since ${formatDate(i.entryIntoForce)}`]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { Link } from 'react-router';
import { Snippet } from '../components/Snippet';
import { type SearchQuery } from '../gql/graphql';
import { courtLevelLabel, formatDate, humanize, publicationKindLabel } from '../labels';
import { caseHref, lawHref, publicationHref } from '../links';

export type Hit = SearchQuery['search']['hits'][number];

/** What a highlighted field is called for each kind of record. */
const LABEL_FIELDS: Record<string, string> = { crimeTypeLabels: 'Crime types', articleLabels: 'Articles', keywordLabels: 'Keywords' };
const FIELD_NAMES: Record<'Case' | 'Law' | 'Publication', Record<string, string>> = {
  Case: { ...LABEL_FIELDS, summary: 'Facts', body: 'Court and reasoning', reference: 'Reference' },
  Law: { ...LABEL_FIELDS, summary: 'Text', body: 'Provisions', reference: 'Reference' },
  Publication: { ...LABEL_FIELDS, summary: 'Annotation', body: 'Authors and publisher', reference: 'Reference' },
};
const KIND: Record<'Case' | 'Law' | 'Publication', { badge: string; label: string; href: (reference: string) => string }> = {
  Case: { badge: 'case', label: 'Case', href: caseHref },
  Law: { badge: 'law', label: 'Law', href: lawHref },
  Publication: { badge: 'publication', label: 'Publication', href: publicationHref },
};

/** The page of hits: title linked to the record, what kind of record, where and when, and the matching passages. */
export function HitList({ hits, firstNumber }: { hits: Hit[]; firstNumber: number }) {
  return (
    <ol className="hits" start={firstNumber}>
      {hits.map((hit) => (
        <li key={hit.cursor} className="hit">
          <HitItem hit={hit} />
        </li>
      ))}
    </ol>
  );
}

function HitItem({ hit }: { hit: Hit }) {
  const { record } = hit;
  const kind = KIND[record.__typename];
  const href = kind.href(record.reference);
  const titleHighlight = hit.highlights.find((h) => h.field === 'title');
  const passages = hit.highlights.filter((h) => h.field !== 'title');
  const facts =
    record.__typename === 'Case'
      ? [record.jurisdiction.name, record.court?.name, courtLevelLabel(record.courtLevel), formatDate(record.decisionDate)]
      : record.__typename === 'Law'
        ? [record.jurisdiction.name, record.enactedOn ? `Enacted ${formatDate(record.enactedOn)}` : null, record.legalStatus ? humanize(record.legalStatus) : null]
        : [record.authors.join(', '), publicationKindLabel(record.kind), record.publisher, record.year ? String(record.year) : null,
           record.countries.map((c) => c.name).join(', ')];

  return (
    <article aria-labelledby={`hit-${hit.cursor}`}>
      <p className="hit-kind">
        <span className={`badge badge-${kind.badge}`}>{kind.label}</span>
        <span className="reference">{record.reference}</span>
      </p>
      <h3 id={`hit-${hit.cursor}`}>
        <Link to={href}>{titleHighlight ? <Snippet html={titleHighlight.snippet} /> : record.title}</Link>
      </h3>
      <p className="hit-facts">{facts.filter(Boolean).join(' · ')}</p>
      {passages.length > 0 ? (
        <ul className="snippets">
          {passages.map((h, i) => (
            <li key={i}>
              <span className="snippet-field">{FIELD_NAMES[record.__typename][h.field] ?? humanize(h.field)}:</span> <Snippet html={h.snippet} />
            </li>
          ))}
        </ul>
      ) : (
        record.__typename === 'Case' && record.summary && <p className="snippet">{truncate(record.summary, 240)}</p>
      )}
      {record.crimeTypes.length > 0 && (
        <p className="tags">
          <span className="sr-only">Crime types: </span>
          {record.crimeTypes.map((c) => (
            <span key={c.code} className="tag">
              {c.label}
            </span>
          ))}
        </p>
      )}
    </article>
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length))}…`;
}

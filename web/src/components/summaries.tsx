import { Link } from 'react-router';
import { graphql } from '../gql';
import { type CaseSummaryFragment, type LawSummaryFragment, type PublicationSummaryFragment, type TreatySummaryFragment } from '../gql/graphql';
import { cooperationKindLabel, courtLevelLabel, formatDate, humanize, publicationKindLabel } from '../labels';
import { caseHref, lawHref, publicationHref, treatyHref } from '../links';

export const CaseSummaryFragmentDoc = graphql(`
  fragment CaseSummary on Case {
    reference
    title
    decisionDate
    courtLevel
    jurisdiction {
      code
      name
    }
  }
`);

export const LawSummaryFragmentDoc = graphql(`
  fragment LawSummary on Law {
    reference
    title
    enactedOn
    legalStatus
    jurisdiction {
      code
      name
    }
  }
`);

/** One line for a case in a list: its title (a link), reference, State, level and date. */
export function CaseSummary({ record, showCountry = true }: { record: CaseSummaryFragment; showCountry?: boolean }) {
  const facts = [record.reference, showCountry ? record.jurisdiction.name : null, courtLevelLabel(record.courtLevel), formatDate(record.decisionDate)];
  return (
    <>
      <Link to={caseHref(record.reference)}>{record.title}</Link>
      <span className="list-facts">{facts.filter(Boolean).join(' · ')}</span>
    </>
  );
}

/** One line for a law in a list. */
export function LawSummary({ record, showCountry = true }: { record: LawSummaryFragment; showCountry?: boolean }) {
  const facts = [
    record.reference,
    showCountry ? record.jurisdiction.name : null,
    record.enactedOn ? `enacted ${formatDate(record.enactedOn)}` : null,
    record.legalStatus ? humanize(record.legalStatus) : null,
  ];
  return (
    <>
      <Link to={lawHref(record.reference)}>{record.title}</Link>
      <span className="list-facts">{facts.filter(Boolean).join(' · ')}</span>
    </>
  );
}

export const TreatySummaryFragmentDoc = graphql(`
  fragment TreatySummary on Treaty {
    reference
    title
    scope
    kinds
    inForceOn
  }
`);

export const PublicationSummaryFragmentDoc = graphql(`
  fragment PublicationSummary on Publication {
    reference
    title
    authors
    year
    kind
    publisher
  }
`);

/** One line for a treaty in a list: title, scope, kinds, entry into force. */
export function TreatySummary({ record }: { record: TreatySummaryFragment }) {
  const facts = [
    humanize(record.scope),
    record.kinds.map(cooperationKindLabel).join(', '),
    record.inForceOn ? `in force since ${formatDate(record.inForceOn)}` : 'not in force, or date not loaded',
  ];
  return (
    <>
      <Link to={treatyHref(record.reference)}>{record.title}</Link>
      <span className="list-facts">{facts.join(' · ')}</span>
    </>
  );
}

/** One line for a publication: title, authors, kind, publisher and year. */
export function PublicationSummary({ record }: { record: PublicationSummaryFragment }) {
  const facts = [record.authors.join(', '), publicationKindLabel(record.kind), record.publisher, record.year ? String(record.year) : null];
  return (
    <>
      <Link to={publicationHref(record.reference)}>{record.title}</Link>
      <span className="list-facts">{facts.filter(Boolean).join(' · ')}</span>
    </>
  );
}

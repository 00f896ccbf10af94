import { Link } from 'react-router';
import { graphql } from '../gql';
import { type CaseSummaryFragment, type LawSummaryFragment } from '../gql/graphql';
import { courtLevelLabel, formatDate, humanize } from '../labels';
import { caseHref, lawHref } from '../links';

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

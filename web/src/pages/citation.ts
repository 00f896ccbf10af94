import { formatDate } from '../labels';

export interface CitableCase {
  reference: string;
  title: string;
  decisionDate?: string | null;
  court?: { name: string } | null;
  jurisdiction: { name: string };
}

/**
 * A citation of a case as lawyers write one: title, court and State, date of the decision, reference, then where
 * it was read. e.g. "United States v. Tran, United States District Court for the District of Minnesota
 * (United States of America), 26 March 2014, USA-2014-0314. Organized crime law portal, https://…/cases/USA-2014-0314
 * (accessed 23 November 2026)."
 */
export function caseCitation(record: CitableCase, url: string, accessed: Date): string {
  const where = record.court ? `${record.court.name} (${record.jurisdiction.name})` : record.jurisdiction.name;
  const parts = [record.title, where, formatDate(record.decisionDate), record.reference].filter(Boolean);
  const accessedOn = formatDate(accessed.toISOString().slice(0, 10));
  return `${parts.join(', ')}. Organized crime law portal, ${url} (accessed ${accessedOn}).`;
}

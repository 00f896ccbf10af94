/** Human wording for the API's codes. */

const COURT_LEVELS: Record<string, string> = {
  FIRST_INSTANCE: 'First instance',
  APPELLATE: 'Appellate',
  SUPREME: 'Supreme',
  OTHER: 'Other',
};

export function courtLevelLabel(level: string | null | undefined): string | null {
  return level ? (COURT_LEVELS[level] ?? level) : null;
}

const RATIFICATION_KINDS: Record<string, string> = {
  RATIFICATION: 'Ratification',
  ACCESSION: 'Accession',
  ACCEPTANCE: 'Acceptance',
  APPROVAL: 'Approval',
  SUCCESSION: 'Succession',
  FORMAL_CONFIRMATION: 'Formal confirmation',
};

export function ratificationKindLabel(kind: string | null | undefined): string {
  return kind ? (RATIFICATION_KINDS[kind] ?? kind) : 'Party';
}

/** "mutual-legal-assistance" → "Mutual legal assistance"; "COMMON_LAW" → "Common law". */
export function humanize(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "2014-03-26" → "26 March 2014" (dates are calendar dates: no time zone shift). */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

const COOPERATION_KINDS: Record<string, string> = {
  EXTRADITION: 'Extradition',
  MUTUAL_LEGAL_ASSISTANCE: 'Mutual legal assistance',
  TRANSFER_OF_SENTENCED_PERSONS: 'Transfer of sentenced persons',
  TRANSFER_OF_PROCEEDINGS: 'Transfer of criminal proceedings',
  CONFISCATION: 'Confiscation',
  JOINT_INVESTIGATION: 'Joint investigations',
  LAW_ENFORCEMENT: 'Law enforcement cooperation',
};
export const COOPERATION_KIND_CODES = Object.keys(COOPERATION_KINDS);

export function cooperationKindLabel(kind: string): string {
  return COOPERATION_KINDS[kind] ?? humanize(kind);
}

const PUBLICATION_KINDS: Record<string, string> = { BOOK: 'Book', ARTICLE: 'Journal article', REPORT: 'Report', MANUAL: 'Manual', GUIDE: 'Guide' };

export function publicationKindLabel(kind: string): string {
  return PUBLICATION_KINDS[kind] ?? humanize(kind);
}

/** The Convention first, then the Protocols. */
export const INSTRUMENT_ORDER = ['UNTOC', 'TIP', 'SOM', 'FIREARMS'];

/** A court and the place it sat, without naming the place twice ("High Court of Zambia at Ndola", not "…, Ndola"). */
export function courtAndPlace(court: string | null | undefined, place: string | null | undefined): string | null {
  if (!court) return place || null;
  if (!place || foldForCompare(court).includes(foldForCompare(place))) return court;
  return `${court}, ${place}`;
}

/**
 * A charge's sentence as written, with the prison term only when the text does not state it already
 * ("Imprisonment for 3 years", not "Imprisonment for 3 years; 36 months of imprisonment").
 */
export function sentenceLine(sentence: string | null | undefined, prisonMonths: number | null | undefined): string | null {
  const months = prisonMonths != null ? `${plural(prisonMonths, 'month')} of imprisonment` : null;
  if (!sentence) return months;
  if (months === null || /\b(imprisonment|prison|custody|jail|years?|months?)\b/i.test(sentence)) return sentence;
  return `${sentence}; ${months}`;
}

const foldForCompare = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

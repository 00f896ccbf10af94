/**
 * Catalogue record formats (a contract): what `portal ingest` reads from JSON/NDJSON (and, with the
 * same top-level names, CSV) and what `portal generate` writes.
 *
 * Only `reference`, `title` and `country` are required on a case. These types describe records in canonical
 * form (codes, ISO dates). Files may also carry labels instead of codes ("United States of America",
 * "Trafficking in persons"); a reader should treat parsed input as `unknown` and normalize/validate it into
 * these types.
 */

/** The vocabularies records are checked against (a contract). */
export type CourtLevel = 'FIRST_INSTANCE' | 'APPELLATE' | 'SUPREME' | 'OTHER';

/** Outcome of one charge. */
export type Verdict = 'guilty' | 'acquitted' | 'dismissed' | 'pending';

export type CooperationType =
  | 'extradition'
  | 'mutual-legal-assistance'
  | 'joint-investigation'
  | 'transfer-of-proceedings'
  | 'transfer-of-sentenced-persons'
  | 'confiscation'
  | 'law-enforcement-cooperation';

/** One step of the procedural history, e.g. `{ stage: 'first-instance', date: '2014-03-26', … }`. */
export interface ProceedingRecord {
  /** `first-instance`, `appeal`, `supreme-court`, … */
  stage: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  court?: string;
  place?: string;
  outcome?: string;
}

export interface ChargeRecord {
  /** Reference of the law charged, e.g. `USA:18 U.S.C. 1589` or `SYN-ITA-penal-code`. */
  law: string;
  verdict?: Verdict;
  sentence?: string;
  prisonMonths?: number;
}

export interface DefendantRecord {
  name: string;
  legalPerson?: boolean;
  /** `female`, `male`, … */
  gender?: string;
  /** Jurisdiction code (ISO 3166-1 alpha-3). */
  nationality?: string;
  age?: number;
  charges?: ChargeRecord[];
}

export interface VictimRecord {
  /** An identified victim's name; the public reads its initials only. */
  name?: string;
  count?: number;
  gender?: string;
  child?: boolean;
  /** Jurisdiction code (ISO 3166-1 alpha-3). */
  nationality?: string;
}

export interface CooperationRecord {
  type: CooperationType;
  /** The other State's jurisdiction code. */
  counterpart?: string;
  /** Article id, e.g. `UNTOC-18`. */
  legalBasis?: string;
}

export interface SourceRecord {
  label?: string;
  url: string;
}

export interface CaseRecord {
  reference: string;
  title: string;
  /** Jurisdiction code (ISO 3166-1 alpha-3). */
  country: string;
  /** Court of the latest ruling (what lists and facets use). */
  court?: string;
  courtLevel?: CourtLevel;
  /** ISO date of the latest ruling. */
  decisionDate?: string;
  sentenceDate?: string | null;
  /** ISO 639-1 code of the decision's language. */
  language?: string;
  /** Crime type codes, e.g. `trafficking-in-persons`. */
  crimeTypes?: string[];
  /** Article ids, e.g. `TIP-5`. */
  articles?: string[];
  /** Keyword terms, e.g. `Deception`. */
  keywords?: string[];
  summary?: string;
  /** The whole procedural history when known, oldest first. */
  proceedings?: ProceedingRecord[];
  legalReasoning?: string;
  commentary?: string;
  defendants?: DefendantRecord[];
  victims?: VictimRecord[];
  cooperation?: CooperationRecord[];
  /** References of the laws applied (those charged, at least). */
  laws?: string[];
  /** References of the cases the decision relies on. */
  citedCases?: string[];
  sources?: SourceRecord[];
}

export type LawStatus = 'in-force' | 'amended' | 'repealed';

export interface ProvisionRecord {
  /** As cited nationally: `Art. 601`, `s. 12`, `§ 1589`. */
  number: string;
  heading: string;
  text: string;
  /** Article ids of the Convention/Protocols the provision implements. */
  articles: string[];
}

export interface LawRecord {
  reference: string;
  /** Jurisdiction code (ISO 3166-1 alpha-3). */
  country: string;
  title: string;
  /** ISO date. */
  enactedOn: string;
  status: LawStatus;
  crimeTypes: string[];
  provisions: ProvisionRecord[];
  sources?: SourceRecord[];
}

/** How a State became party to an instrument (the depositary's terms). */
export type RatificationKind =
  | 'ratification'
  | 'accession'
  | 'acceptance'
  | 'approval'
  | 'succession'
  | 'formal-confirmation';

/**
 * A State's participation in the Convention or a Protocol (`portal ingest --kind ratification`), upserted by
 * country and instrument. `country` and `instrument` are required, and a signature or a ratification date.
 */
export interface RatificationRecord {
  /** Jurisdiction code (ISO 3166-1 alpha-3) or name. */
  country: string;
  /** `UNTOC`, `TIP`, `SOM`, `FIREARMS`, or a name ("Trafficking in Persons Protocol"). */
  instrument: string;
  signedOn?: string | null;
  /** Date of ratification, accession, acceptance, approval or succession. */
  ratifiedOn?: string | null;
  kind?: RatificationKind | null;
  /** Article 16(5) UNTOC: the State takes the Convention as the legal basis for extradition (UNTOC only). */
  conventionAsExtraditionBasis?: boolean | null;
  /** Where the information comes from (the depositary notification, a URL). */
  source?: string | null;
}

/** A treaty on cooperation in criminal matters (`portal ingest --kind treaty`). */
export interface TreatyRecord {
  reference: string;
  title: string;
  /** `BILATERAL`, `REGIONAL` or `MULTILATERAL`. */
  scope: string;
  /** `EXTRADITION`, `MUTUAL_LEGAL_ASSISTANCE`, … or their names ("mutual legal assistance"). */
  kinds: string[];
  adoptedOn?: string | null;
  inForceOn?: string | null;
  /** Country codes or names, or objects with the party's own dates. */
  parties: (string | { country: string; signedOn?: string | null; inForceOn?: string | null })[];
  sources?: SourceRecord[];
}

/** An entry of the annotated bibliography (`portal ingest --kind publication`). */
export interface PublicationRecord {
  reference: string;
  title: string;
  authors?: string[];
  year?: number | null;
  /** `book`, `article`, `report`, `manual` or `guide`. */
  kind: string;
  /** Publisher, or the journal of an article. */
  publisher?: string | null;
  language?: string | null;
  annotation?: string | null;
  url?: string | null;
  articles?: string[];
  crimeTypes?: string[];
  countries?: string[];
  keywords?: string[];
}

/** One event of a request in a register: `{ "date": "2021-03-15", "type": "ADDITIONAL_INFORMATION_REQUESTED", "note": "…" }`. */
export interface RequestEventRecord {
  date: string;
  /** `SENT`, `RECEIVED`, `ACKNOWLEDGED`, `ADDITIONAL_INFORMATION_REQUESTED`, `ADDITIONAL_INFORMATION_PROVIDED`, `EXECUTION_STARTED`, `EXECUTED`, `PARTIALLY_EXECUTED`, `REFUSED`, `WITHDRAWN`, `NOTE`. */
  type: string;
  note?: string | null;
  /** With a `REFUSED` event only. */
  refusalGrounds?: string[];
}

/**
 * A request of a State's register of requests (`portal ingest --kind request`): kept by `owningState` (the
 * requesting State of an outgoing request, the requested State of an incoming one) under its `reference`.
 */
export interface RequestRecord {
  owningState: string;
  reference: string;
  counterpartReference?: string | null;
  /** `OUTGOING` or `INCOMING`. */
  direction: string;
  /** `MUTUAL_LEGAL_ASSISTANCE`, `EXTRADITION`, … (the directory's kinds of request). */
  kind: string;
  requestingState: string;
  requestedState: string;
  /** Forms of assistance: `TAKING_EVIDENCE`, `DOCUMENTS_AND_RECORDS`, …, `EXTRADITION_OF_ACCUSED`. */
  forms?: string[];
  /** Crime types, or objects `{ crimeType, description, provision, penalty }`. */
  offences?: (string | { crimeType?: string; description?: string; provision?: string; penalty?: string })[];
  subject?: string | null;
  /** `TREATY` (with `legalBasisTreaty`), `CONVENTION`, `RECIPROCITY` or `DOMESTIC_LAW`. */
  legalBasis?: string | null;
  legalBasisTreaty?: string | null;
  legalBasisDetail?: string | null;
  /** The reference of the case the request concerns. */
  case?: string | null;
  sentOn?: string | null;
  receivedOn?: string | null;
  dueOn?: string | null;
  completedOn?: string | null;
  /** `DRAFT`, `SENT`, `RECEIVED`, `IN_EXECUTION`, `EXECUTED`, `PARTIALLY_EXECUTED`, `REFUSED` or `WITHDRAWN`. */
  status: string;
  refusalGrounds?: string[];
  note?: string | null;
  events?: RequestEventRecord[];
}

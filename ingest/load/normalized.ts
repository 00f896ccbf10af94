import { type SentenceKind } from '../normalize/sentence';

/** Records after normalization and validation: canonical codes only, ready to be written. */

export interface NormalizedProceeding {
  stage: string | null;
  date: string | null;
  court: string | null;
  place: string | null;
  outcome: string | null;
}

export interface NormalizedCharge {
  law: string | null;
  verdict: string | null;
  sentence: string | null;
  prisonMonths: number | null;
  sentenceKind: SentenceKind | null;
}

export interface NormalizedDefendant {
  name: string | null;
  legalPerson: boolean;
  gender: string | null;
  nationality: string | null;
  age: number | null;
  charges: NormalizedCharge[];
}

export interface NormalizedCase {
  reference: string;
  title: string;
  country: string;
  court: string | null;
  courtLevel: string | null;
  decisionDate: string | null;
  sentenceDate: string | null;
  language: string | null;
  summary: string | null;
  legalReasoning: string | null;
  commentary: string | null;
  crimeTypes: string[];
  articles: { id: string; paragraph: string | null }[];
  /** Keyword labels of the vocabulary. */
  keywords: string[];
  laws: string[];
  /** References of the cases the decision relies on (none is the case's own). */
  citedCases: string[];
  proceedings: NormalizedProceeding[];
  defendants: NormalizedDefendant[];
  /** `name` identifies one victim; the public reads its initials only. */
  victims: { name: string | null; count: number | null; gender: string | null; child: boolean | null; nationality: string | null }[];
  cooperation: { type: string; counterpart: string | null; legalBasis: string | null; description: string | null }[];
  sources: { label: string; url: string | null }[];
}

export interface NormalizedProvision {
  number: string;
  heading: string | null;
  text: string | null;
  articles: string[];
}

export interface NormalizedLaw {
  reference: string;
  title: string;
  country: string;
  enactedOn: string | null;
  legalStatus: string | null;
  crimeTypes: string[];
  provisions: NormalizedProvision[];
  sources: { label: string; url: string | null }[];
}

export interface NormalizedRatification {
  country: string;
  instrument: string;
  signedOn: string | null;
  ratifiedOn: string | null;
  /** RATIFICATION, ACCESSION, … (the entity's enumeration). */
  kind: string | null;
  conventionAsExtraditionBasis: boolean | null;
  source: string | null;
}

/** Where a record came from, stored with it. */
export interface RecordOrigin {
  /** `ingest` unless said otherwise (`mutation` for records written through the API). */
  origin?: 'ingest' | 'mutation';
  file: string | null;
  line: number | null;
  runId: string | null;
}

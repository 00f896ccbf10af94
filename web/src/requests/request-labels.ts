import { type RequestForm } from '../gql/graphql';

export const MLA_FORMS: { form: RequestForm; label: string; provision: string }[] = [
  { form: 'TAKING_EVIDENCE', label: 'Taking evidence or statements from persons', provision: 'art. 18(3)(a)' },
  { form: 'SERVICE_OF_DOCUMENTS', label: 'Service of judicial documents', provision: 'art. 18(3)(b)' },
  { form: 'SEARCH_AND_SEIZURE', label: 'Searches and seizures, and freezing', provision: 'art. 18(3)(c)' },
  { form: 'EXAMINING_OBJECTS_AND_SITES', label: 'Examining objects and sites', provision: 'art. 18(3)(d)' },
  { form: 'INFORMATION_AND_EXPERT_EVALUATIONS', label: 'Information, evidentiary items and expert evaluations', provision: 'art. 18(3)(e)' },
  { form: 'DOCUMENTS_AND_RECORDS', label: 'Documents and records, including bank, financial, corporate or business records', provision: 'art. 18(3)(f)' },
  { form: 'IDENTIFYING_PROCEEDS', label: 'Identifying or tracing proceeds of crime, property or instrumentalities', provision: 'art. 18(3)(g)' },
  { form: 'VOLUNTARY_APPEARANCE', label: 'Voluntary appearance of persons in the requesting State', provision: 'art. 18(3)(h)' },
  { form: 'OTHER_ASSISTANCE', label: 'Any other assistance', provision: 'art. 18(3)(i)' },
  { form: 'VIDEOCONFERENCE', label: 'Hearing by videoconference', provision: 'art. 18(18)' },
  { form: 'STORED_COMPUTER_DATA', label: 'Preservation of and access to stored computer data', provision: '' },
  { form: 'CONFISCATION', label: 'Confiscation of proceeds or property', provision: 'art. 13(3)' },
];

export const EXTRADITION_FORMS: { form: RequestForm; label: string }[] = [
  { form: 'EXTRADITION_OF_ACCUSED', label: 'A person accused, for prosecution' },
  { form: 'EXTRADITION_OF_CONVICTED', label: 'A person convicted, to enforce a sentence' },
];

export function formLabel(form: string): string {
  return MLA_FORMS.find((f) => f.form === form)?.label ?? EXTRADITION_FORMS.find((f) => f.form === form)?.label ?? form;
}

export const KIND_LABELS: Record<string, string> = {
  MUTUAL_LEGAL_ASSISTANCE: 'Mutual legal assistance',
  EXTRADITION: 'Extradition',
};

export const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  SENT: 'Sent',
  RECEIVED: 'Received',
  IN_EXECUTION: 'In execution',
  EXECUTED: 'Executed',
  PARTIALLY_EXECUTED: 'Partially executed',
  REFUSED: 'Refused',
  WITHDRAWN: 'Withdrawn',
};

export const NATURE_LABELS: Record<string, string> = {
  INVESTIGATION: 'Investigation',
  PROSECUTION: 'Prosecution',
  JUDICIAL_PROCEEDINGS: 'Judicial proceedings',
  ENFORCEMENT: 'Enforcement of a sentence or order',
};

export const ROLE_LABELS: Record<string, string> = {
  SUSPECT: 'Suspect',
  ACCUSED: 'Accused',
  CONVICTED: 'Convicted',
  WITNESS: 'Witness',
  VICTIM: 'Victim',
  EXPERT: 'Expert',
  OTHER: 'Other',
};

export const BASIS_LABELS: Record<string, string> = {
  TREATY: 'Treaty',
  CONVENTION: 'Organized Crime Convention',
  RECIPROCITY: 'Reciprocity',
  DOMESTIC_LAW: "Requested State's domestic law",
};

export const OUTCOME_LABELS: Record<string, string> = {
  PENDING: 'Pending (still open)',
  EXECUTED: 'Executed',
  PARTIALLY_EXECUTED: 'Partially executed',
  REFUSED: 'Refused',
  WITHDRAWN: 'Withdrawn',
};

/** Grounds of refusal, with the Convention's provision where it names one (arts. 16 and 18(21)). */
export const GROUND_LABELS: Record<string, string> = {
  NOT_IN_CONFORMITY: 'Request not made in conformity with article 18 (art. 18(21)(a))',
  SOVEREIGNTY_SECURITY_PUBLIC_ORDER: 'Prejudice to sovereignty, security, ordre public or other essential interests (art. 18(21)(b))',
  DOMESTIC_LAW_PROHIBITS: 'Domestic law prohibits the action for a similar offence (art. 18(21)(c))',
  CONTRARY_TO_LEGAL_SYSTEM: 'Contrary to the legal system of the requested State (art. 18(21)(d))',
  DUAL_CRIMINALITY: 'No dual criminality (arts. 16(1) and 18(9))',
  DISCRIMINATORY_PURPOSE: 'Purpose of prosecuting or punishing on account of sex, race, religion, nationality, ethnic origin or political opinions (art. 16(14))',
  POLITICAL_OFFENCE: 'Political offence',
  FISCAL_OFFENCE: 'Offence considered to involve fiscal matters (not a ground on its own: arts. 16(15) and 18(22))',
  NATIONALITY: 'Person sought is a national of the requested State (art. 16(10))',
  NE_BIS_IN_IDEM: 'Already tried for the same conduct (ne bis in idem)',
  LAPSE_OF_TIME: 'Lapse of time (limitation)',
  DEATH_PENALTY: 'Death penalty: no assurance given',
  INSUFFICIENT_INFORMATION: 'Insufficient information',
  OTHER: 'Other ground',
};

export const EVENT_LABELS: Record<string, string> = {
  SENT: 'Sent',
  RECEIVED: 'Received',
  ACKNOWLEDGED: 'Receipt acknowledged',
  ADDITIONAL_INFORMATION_REQUESTED: 'Additional information requested',
  ADDITIONAL_INFORMATION_PROVIDED: 'Additional information supplied',
  EXECUTION_STARTED: 'Execution started',
  EXECUTED: 'Executed',
  PARTIALLY_EXECUTED: 'Partially executed',
  REFUSED: 'Refused',
  WITHDRAWN: 'Withdrawn',
  NOTE: 'Note',
};

/** What each reminder action asks, and of whom. */
export const ACTION_LABELS: Record<string, string> = {
  SEND: 'To complete and send',
  ACKNOWLEDGE: 'To acknowledge receipt',
  SUPPLY_INFORMATION: 'To supply the additional information asked for',
  EXECUTE: 'To execute, or refuse with grounds',
};

export const LEGAL_BASIS_LABELS: Record<string, string> = { ...BASIS_LABELS, NOT_STATED: 'Not stated' };

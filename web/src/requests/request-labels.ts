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

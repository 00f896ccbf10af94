import { registerEnumType } from 'type-graphql';

/** Whether a request leaves the State that records it (it asks) or reaches it (it is asked). */
export enum RequestDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}

/** Where a request stands, from the draft to its closure. */
export enum RequestStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
  IN_EXECUTION = 'IN_EXECUTION',
  EXECUTED = 'EXECUTED',
  PARTIALLY_EXECUTED = 'PARTIALLY_EXECUTED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Statuses that close a request: its content and dates no longer change. */
export const CLOSED_STATUSES: readonly RequestStatus[] = [
  RequestStatus.EXECUTED, RequestStatus.PARTIALLY_EXECUTED, RequestStatus.REFUSED, RequestStatus.WITHDRAWN,
];

/**
 * The forms of assistance a request asks for: every form of UNTOC article 18(3), videoconference hearings
 * (art. 18(18)), preservation of and access to stored computer data, confiscation (art. 13(3)), and extradition
 * (art. 16) of a person accused or of a person convicted.
 */
export enum RequestForm {
  TAKING_EVIDENCE = 'TAKING_EVIDENCE',
  SERVICE_OF_DOCUMENTS = 'SERVICE_OF_DOCUMENTS',
  SEARCH_AND_SEIZURE = 'SEARCH_AND_SEIZURE',
  EXAMINING_OBJECTS_AND_SITES = 'EXAMINING_OBJECTS_AND_SITES',
  INFORMATION_AND_EXPERT_EVALUATIONS = 'INFORMATION_AND_EXPERT_EVALUATIONS',
  DOCUMENTS_AND_RECORDS = 'DOCUMENTS_AND_RECORDS',
  IDENTIFYING_PROCEEDS = 'IDENTIFYING_PROCEEDS',
  VOLUNTARY_APPEARANCE = 'VOLUNTARY_APPEARANCE',
  OTHER_ASSISTANCE = 'OTHER_ASSISTANCE',
  VIDEOCONFERENCE = 'VIDEOCONFERENCE',
  STORED_COMPUTER_DATA = 'STORED_COMPUTER_DATA',
  CONFISCATION = 'CONFISCATION',
  EXTRADITION_OF_ACCUSED = 'EXTRADITION_OF_ACCUSED',
  EXTRADITION_OF_CONVICTED = 'EXTRADITION_OF_CONVICTED',
}

export const EXTRADITION_FORMS: readonly RequestForm[] = [RequestForm.EXTRADITION_OF_ACCUSED, RequestForm.EXTRADITION_OF_CONVICTED];
export const MLA_FORMS: readonly RequestForm[] = Object.values(RequestForm).filter((f) => !EXTRADITION_FORMS.includes(f));

/** The nature of the proceedings a request relates to (art. 18(15)(b)). */
export enum ProceedingsNature {
  INVESTIGATION = 'INVESTIGATION',
  PROSECUTION = 'PROSECUTION',
  JUDICIAL_PROCEEDINGS = 'JUDICIAL_PROCEEDINGS',
  ENFORCEMENT = 'ENFORCEMENT',
}

/** What a person named in a request is to the proceedings. */
export enum RequestPersonRole {
  SUSPECT = 'SUSPECT',
  ACCUSED = 'ACCUSED',
  CONVICTED = 'CONVICTED',
  WITNESS = 'WITNESS',
  VICTIM = 'VICTIM',
  EXPERT = 'EXPERT',
  OTHER = 'OTHER',
}

/** How a request ended. */
export enum RequestOutcome {
  EXECUTED = 'EXECUTED',
  PARTIALLY_EXECUTED = 'PARTIALLY_EXECUTED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Grounds on which a request was refused (UNTOC arts. 16 and 18(21), and the usual treaty grounds). */
export enum RefusalGround {
  NOT_IN_CONFORMITY = 'NOT_IN_CONFORMITY',
  SOVEREIGNTY_SECURITY_PUBLIC_ORDER = 'SOVEREIGNTY_SECURITY_PUBLIC_ORDER',
  DOMESTIC_LAW_PROHIBITS = 'DOMESTIC_LAW_PROHIBITS',
  CONTRARY_TO_LEGAL_SYSTEM = 'CONTRARY_TO_LEGAL_SYSTEM',
  DUAL_CRIMINALITY = 'DUAL_CRIMINALITY',
  DISCRIMINATORY_PURPOSE = 'DISCRIMINATORY_PURPOSE',
  POLITICAL_OFFENCE = 'POLITICAL_OFFENCE',
  FISCAL_OFFENCE = 'FISCAL_OFFENCE',
  NATIONALITY = 'NATIONALITY',
  NE_BIS_IN_IDEM = 'NE_BIS_IN_IDEM',
  LAPSE_OF_TIME = 'LAPSE_OF_TIME',
  DEATH_PENALTY = 'DEATH_PENALTY',
  INSUFFICIENT_INFORMATION = 'INSUFFICIENT_INFORMATION',
  OTHER = 'OTHER',
}

/** What happened to a request. Some events move its status (README "The request writer"). */
export enum RequestEventType {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ADDITIONAL_INFORMATION_REQUESTED = 'ADDITIONAL_INFORMATION_REQUESTED',
  ADDITIONAL_INFORMATION_PROVIDED = 'ADDITIONAL_INFORMATION_PROVIDED',
  EXECUTION_STARTED = 'EXECUTION_STARTED',
  EXECUTED = 'EXECUTED',
  PARTIALLY_EXECUTED = 'PARTIALLY_EXECUTED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
  NOTE = 'NOTE',
}

registerEnumType(RequestDirection, { name: 'RequestDirection', description: 'OUTGOING: the State recording it asks; INCOMING: it is asked.' });
registerEnumType(RequestStatus, { name: 'RequestStatus' });
registerEnumType(RequestForm, {
  name: 'RequestForm',
  description: 'A form of assistance asked for.',
  valuesConfig: {
    TAKING_EVIDENCE: { description: 'Taking evidence or statements from persons (art. 18(3)(a)).' },
    SERVICE_OF_DOCUMENTS: { description: 'Effecting service of judicial documents (art. 18(3)(b)).' },
    SEARCH_AND_SEIZURE: { description: 'Executing searches and seizures, and freezing (art. 18(3)(c)).' },
    EXAMINING_OBJECTS_AND_SITES: { description: 'Examining objects and sites (art. 18(3)(d)).' },
    INFORMATION_AND_EXPERT_EVALUATIONS: { description: 'Providing information, evidentiary items and expert evaluations (art. 18(3)(e)).' },
    DOCUMENTS_AND_RECORDS: { description: 'Originals or certified copies of documents and records, including government, bank, financial, corporate or business records (art. 18(3)(f)).' },
    IDENTIFYING_PROCEEDS: { description: 'Identifying or tracing proceeds of crime, property, instrumentalities or other things for evidentiary purposes (art. 18(3)(g)).' },
    VOLUNTARY_APPEARANCE: { description: 'Facilitating the voluntary appearance of persons in the requesting State (art. 18(3)(h)).' },
    OTHER_ASSISTANCE: { description: 'Any other assistance not contrary to the domestic law of the requested State (art. 18(3)(i)).' },
    VIDEOCONFERENCE: { description: 'Hearing a witness or expert by videoconference (art. 18(18)).' },
    STORED_COMPUTER_DATA: { description: 'Preservation of and access to stored computer data.' },
    CONFISCATION: { description: 'Confiscation of proceeds of crime or property (art. 13(3)).' },
    EXTRADITION_OF_ACCUSED: { description: 'Extradition of a person accused, for prosecution (art. 16).' },
    EXTRADITION_OF_CONVICTED: { description: 'Extradition of a person convicted, to enforce a sentence (art. 16).' },
  },
});
registerEnumType(ProceedingsNature, { name: 'ProceedingsNature' });
registerEnumType(RequestPersonRole, { name: 'RequestPersonRole' });
registerEnumType(RequestOutcome, { name: 'RequestOutcome' });
registerEnumType(RefusalGround, { name: 'RefusalGround' });
registerEnumType(RequestEventType, { name: 'RequestEventType' });

/**
 * Normalizers for a register of requests (`portal ingest --kind request`): direction, kind, form of
 * assistance, status, legal basis, refusal ground and event. The canonical values are the API's enumerations
 * (any case, any separator), plus the words registers use for them ("MLA", "dual criminality", "ordre public").
 */
import { RequestKind } from '../../src/entities/enums';
import { LegalBasisKind } from '../../src/entities/library.enums';
import { RefusalGround, RequestDirection, RequestEventType, RequestForm, RequestStatus } from '../../src/entities/request.enums';
import { createEnumNormalizer } from './enums';

export const normalizeRequestDirection = createEnumNormalizer<RequestDirection>('request direction', Object.values(RequestDirection), {
  sent: RequestDirection.OUTGOING,
  outbound: RequestDirection.OUTGOING,
  active: RequestDirection.OUTGOING,
  received: RequestDirection.INCOMING,
  inbound: RequestDirection.INCOMING,
  passive: RequestDirection.INCOMING,
});

export const normalizeRequestKind = createEnumNormalizer<RequestKind>('kind of request', Object.values(RequestKind), {
  mla: RequestKind.MUTUAL_LEGAL_ASSISTANCE,
  'legal assistance': RequestKind.MUTUAL_LEGAL_ASSISTANCE,
  'mutual assistance': RequestKind.MUTUAL_LEGAL_ASSISTANCE,
  'letter rogatory': RequestKind.MUTUAL_LEGAL_ASSISTANCE,
  'transfer of prisoners': RequestKind.TRANSFER_OF_SENTENCED_PERSONS,
});

export const normalizeRequestForm = createEnumNormalizer<RequestForm>('form of assistance', Object.values(RequestForm), {
  'taking of evidence': RequestForm.TAKING_EVIDENCE,
  'witness statements': RequestForm.TAKING_EVIDENCE,
  service: RequestForm.SERVICE_OF_DOCUMENTS,
  'search and seizure': RequestForm.SEARCH_AND_SEIZURE,
  freezing: RequestForm.SEARCH_AND_SEIZURE,
  'bank records': RequestForm.DOCUMENTS_AND_RECORDS,
  'tracing proceeds': RequestForm.IDENTIFYING_PROCEEDS,
  'hearing by videoconference': RequestForm.VIDEOCONFERENCE,
  'computer data': RequestForm.STORED_COMPUTER_DATA,
  'extradition for prosecution': RequestForm.EXTRADITION_OF_ACCUSED,
  'extradition to enforce a sentence': RequestForm.EXTRADITION_OF_CONVICTED,
});

export const normalizeRequestStatus = createEnumNormalizer<RequestStatus>('request status', Object.values(RequestStatus), {
  'in progress': RequestStatus.IN_EXECUTION,
  'being executed': RequestStatus.IN_EXECUTION,
  completed: RequestStatus.EXECUTED,
  granted: RequestStatus.EXECUTED,
  'partially granted': RequestStatus.PARTIALLY_EXECUTED,
  denied: RequestStatus.REFUSED,
  rejected: RequestStatus.REFUSED,
  cancelled: RequestStatus.WITHDRAWN,
});

export const normalizeLegalBasisKind = createEnumNormalizer<LegalBasisKind>('legal basis', Object.values(LegalBasisKind), {
  'bilateral treaty': LegalBasisKind.TREATY,
  agreement: LegalBasisKind.TREATY,
  untoc: LegalBasisKind.CONVENTION,
  'organized crime convention': LegalBasisKind.CONVENTION,
  'palermo convention': LegalBasisKind.CONVENTION,
  comity: LegalBasisKind.RECIPROCITY,
  'national law': LegalBasisKind.DOMESTIC_LAW,
});

export const normalizeRefusalGround = createEnumNormalizer<RefusalGround>('refusal ground', Object.values(RefusalGround), {
  'ordre public': RefusalGround.SOVEREIGNTY_SECURITY_PUBLIC_ORDER,
  'public order': RefusalGround.SOVEREIGNTY_SECURITY_PUBLIC_ORDER,
  sovereignty: RefusalGround.SOVEREIGNTY_SECURITY_PUBLIC_ORDER,
  'essential interests': RefusalGround.SOVEREIGNTY_SECURITY_PUBLIC_ORDER,
  'double criminality': RefusalGround.DUAL_CRIMINALITY,
  'political offence': RefusalGround.POLITICAL_OFFENCE,
  'fiscal offence': RefusalGround.FISCAL_OFFENCE,
  'own national': RefusalGround.NATIONALITY,
  'double jeopardy': RefusalGround.NE_BIS_IN_IDEM,
  'statute of limitations': RefusalGround.LAPSE_OF_TIME,
  'not enough information': RefusalGround.INSUFFICIENT_INFORMATION,
});

export const normalizeRequestEventType = createEnumNormalizer<RequestEventType>('request event', Object.values(RequestEventType), {
  acknowledgement: RequestEventType.ACKNOWLEDGED,
  'execution started': RequestEventType.EXECUTION_STARTED,
  'additional information': RequestEventType.ADDITIONAL_INFORMATION_REQUESTED,
  'information supplied': RequestEventType.ADDITIONAL_INFORMATION_PROVIDED,
  refusal: RequestEventType.REFUSED,
  withdrawal: RequestEventType.WITHDRAWN,
});

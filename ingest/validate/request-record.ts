import {
  CLOSED_STATUSES, type CooperationRequest, RefusalGround, RequestDirection, RequestEventType, RequestKind, RequestStatus,
} from '../../src/entities';
import { type LegalBasisKind } from '../../src/entities/library.enums';
import { type RequestInput } from '../../src/schema/request.types';
import { checkRecord, normalizeContent } from '../../src/services/requests/request-content';
import { eventDateProblem, eventGroundsProblem, eventMove, initialStatus, MAX_EVENT_NOTE } from '../../src/services/requests/request-lifecycle';
import {
  normalizeDate, normalizeLegalBasisKind, normalizeRefusalGround, normalizeRequestDirection, normalizeRequestEventType,
  normalizeRequestForm, normalizeRequestKind, normalizeRequestStatus,
} from '../normalize';
import { type Vocabulary } from '../vocabulary';
import { type Validated } from './case-record';
import { FieldReader, unique } from './fields';

/** One event of a loaded request. */
export interface NormalizedRequestEvent {
  date: string;
  type: RequestEventType;
  note: string | null;
  refusalGrounds: RefusalGround[];
  /** The status the event left the request in. */
  statusAfter: RequestStatus;
}

/** A request of a register after normalization and validation, with the columns it is stored in. */
export interface NormalizedRequest {
  owningState: string;
  reference: string;
  counterpartReference: string | null;
  direction: RequestDirection;
  kind: RequestKind;
  requestingState: string;
  requestedState: string;
  /** The content columns, normalized by the request writer's own rules (measures from the forms, offences). */
  content: Pick<CooperationRequest, 'measures' | 'forms' | 'offences' | 'crimeTypeCodes'> & { subject: string | null };
  legalBasis: LegalBasisKind | null;
  /** A treaty reference, resolved when the request is written. */
  legalBasisTreaty: string | null;
  legalBasisDetail: string | null;
  /** A case reference, resolved when the request is written. */
  case: string | null;
  sentOn: string | null;
  receivedOn: string | null;
  dueOn: string | null;
  completedOn: string | null;
  status: RequestStatus;
  refusalGrounds: RefusalGround[];
  note: string | null;
  events: NormalizedRequestEvent[];
}

/** The fields of a request record of a register. */
export const REQUEST_FIELDS = [
  'owningState', 'reference', 'counterpartReference', 'direction', 'kind', 'requestingState', 'requestedState', 'forms',
  'offences', 'subject', 'legalBasis', 'legalBasisTreaty', 'legalBasisDetail', 'case', 'sentOn', 'receivedOn', 'dueOn',
  'completedOn', 'status', 'outcome', 'refusalGrounds', 'note', 'events',
] as const;
const EVENT_FIELDS = ['date', 'type', 'note', 'refusalGrounds'] as const;
const OFFENCE_FIELDS = ['crimeType', 'description', 'provision', 'penalty'] as const;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A raw request record → a normalized request, or every error found in it. The writer's rules apply as they
 * do to `createRequest` and `recordRequestEvent` (request-content.ts, request-lifecycle.ts): the forms must
 * fit the kind, the two States differ, dates are in order, events follow one another as the API allows and a
 * refusal states its grounds. The register's own rules: the request belongs to the State whose register it
 * is (the requesting State of an outgoing request, the requested State of an incoming one), and its status,
 * dates and outcome agree with each other and with its events.
 */
export function validateRequestRecord(raw: unknown, vocab: Vocabulary): Validated<NormalizedRequest> {
  const r = new FieldReader();
  const obj = r.object(raw, 'record');
  if (!obj) return { ok: false, errors: r.errors };
  r.onlyFields(obj, '', 'a request record', REQUEST_FIELDS);
  const now = today();

  const owningState = r.requiredNormalized('owningState', obj.owningState, vocab.country);
  const reference = r.text(obj, 'reference', 'reference', { required: true, max: 128 });
  const counterpartReference = r.text(obj, 'counterpartReference', 'counterpartReference', { max: 128 });
  const direction = r.requiredNormalized('direction', obj.direction, normalizeRequestDirection);
  const kind = r.requiredNormalized('kind', obj.kind, normalizeRequestKind);
  const requestingState = r.requiredNormalized('requestingState', obj.requestingState, vocab.country);
  const requestedState = r.requiredNormalized('requestedState', obj.requestedState, vocab.country);
  if (owningState && direction && requestingState && requestedState) {
    const owner = direction === RequestDirection.OUTGOING ? requestingState : requestedState;
    if (owner !== owningState) {
      r.fail('owningState', obj.owningState,
        `is not the State this ${direction} request belongs to: an OUTGOING request is kept in the register of the requesting State (${requestingState}), an INCOMING one in that of the requested State (${requestedState})`);
    }
  }

  const forms = r.list(obj, 'forms', 'forms', 20).map((f, i) => r.normalized(`forms[${i}]`, f, normalizeRequestForm));
  const offences = r.list(obj, 'offences', 'offences', 50).map((o, i) => {
    const path = `offences[${i}]`;
    const item = typeof o === 'string' ? { crimeType: o } : (r.object(o, path) ?? {});
    r.onlyFields(item, path, 'an offence', OFFENCE_FIELDS);
    return {
      crimeType: r.text(item, 'crimeType', `${path}.crimeType`, { max: 500 }),
      description: r.text(item, 'description', `${path}.description`, { max: 20_000, paragraphs: true }),
      provision: r.text(item, 'provision', `${path}.provision`, { max: 2_000 }),
      penalty: r.text(item, 'penalty', `${path}.penalty`, { max: 2_000 }),
    };
  });
  const subject = r.text(obj, 'subject', 'subject', { max: 20_000, paragraphs: true });
  // The writer's normalization of forms and offences (crime types through the shared vocabulary).
  const input: RequestInput = {
    measures: forms.filter((f) => f !== null).map((form) => ({ form: form! })),
    offences: offences.map((o) => ({ ...o })),
  } as RequestInput;
  const { patch, problems } = normalizeContent(input, vocab);
  for (const p of problems) r.fail(p.field.replace(/^measures\[(\d+)\]\.form$/, 'forms[$1]'), p.value, p.message);

  const legalBasis = r.normalized('legalBasis', obj.legalBasis, normalizeLegalBasisKind);
  const legalBasisTreaty = r.text(obj, 'legalBasisTreaty', 'legalBasisTreaty', { max: 128 });
  if (legalBasisTreaty && legalBasis !== 'TREATY') {
    r.fail('legalBasisTreaty', legalBasisTreaty, `names a treaty, so legalBasis must be TREATY (it is ${legalBasis ?? 'not given'})`);
  }
  const legalBasisDetail = r.text(obj, 'legalBasisDetail', 'legalBasisDetail', { max: 20_000 });
  const caseReference = r.text(obj, 'case', 'case', { max: 128 });

  const date = (field: string, future: boolean) => {
    const value = r.normalized(field, obj[field], normalizeDate);
    if (value && !future && value > now) return r.fail(field, value, 'is in the future: a register records what has happened');
    return value;
  };
  const sentOn = date('sentOn', false);
  const receivedOn = date('receivedOn', false);
  const dueOn = date('dueOn', true);
  const completedOn = date('completedOn', false);

  const status = r.requiredNormalized('status', obj.status, normalizeRequestStatus);
  const outcome = r.normalized('outcome', obj.outcome, normalizeRequestStatus);
  const refusalGrounds = unique(
    r.list(obj, 'refusalGrounds', 'refusalGrounds', 14).map((g, i) => r.normalized(`refusalGrounds[${i}]`, g, normalizeRefusalGround)),
  ).filter((g): g is RefusalGround => g !== null);

  if (status && direction) {
    const closed = CLOSED_STATUSES.includes(status);
    if (outcome && outcome !== status) {
      r.fail('outcome', obj.outcome, closed ? `must be the status (${status}) or be left out` : `is given for a request still ${status}: leave it out until the request is closed`);
    }
    if (status === RequestStatus.DRAFT) {
      if (direction === RequestDirection.INCOMING) r.fail('status', obj.status, 'DRAFT is for an outgoing request not yet sent: an incoming request has been RECEIVED');
      if (sentOn) r.fail('sentOn', sentOn, 'is given for a DRAFT: a request sent has status SENT or later');
    } else if (direction === RequestDirection.OUTGOING && !sentOn && !r.errors.some((e) => e.field === 'sentOn')) {
      r.fail('sentOn', obj.sentOn ?? null, `is required for an outgoing request that is ${status}: the day it was sent`);
    }
    if (direction === RequestDirection.INCOMING && status === RequestStatus.SENT) {
      r.fail('status', obj.status, 'SENT is for an outgoing request: an incoming request in this register has been RECEIVED (or is IN_EXECUTION or closed)');
    }
    if (direction === RequestDirection.INCOMING && !receivedOn && !r.errors.some((e) => e.field === 'receivedOn')) {
      r.fail('receivedOn', obj.receivedOn ?? null, 'is required for an incoming request: the day it was received');
    }
    if (closed && !completedOn && !r.errors.some((e) => e.field === 'completedOn')) {
      r.fail('completedOn', obj.completedOn ?? null, `is required for a request that is ${status}: the day it was closed`);
    }
    if (!closed && completedOn) r.fail('completedOn', completedOn, `is given for a request still ${status}: a request is completed when EXECUTED, PARTIALLY_EXECUTED, REFUSED or WITHDRAWN`);
    if (status === RequestStatus.REFUSED && refusalGrounds.length === 0 && !r.errors.some((e) => e.field.startsWith('refusalGrounds'))) {
      r.fail('refusalGrounds', obj.refusalGrounds ?? null, 'is required for a REFUSED request: name its grounds (e.g. DUAL_CRIMINALITY, SOVEREIGNTY_SECURITY_PUBLIC_ORDER, INSUFFICIENT_INFORMATION)');
    }
    if (status !== RequestStatus.REFUSED && refusalGrounds.length) {
      r.fail('refusalGrounds', obj.refusalGrounds, `are given for a request that is ${status}: grounds belong to a REFUSED request`);
    }
  }

  const events = readEvents(r, obj, now);
  if (status && direction && events.length && !r.errors.some((e) => e.field.startsWith('events'))) {
    checkEventsAgainstRecord(r, events, { direction, status, sentOn, receivedOn, completedOn, refusalGrounds });
  }
  const note = r.text(obj, 'note', 'note', { max: 2_000, paragraphs: true });

  // The writer's rules across fields, on the record as it would be stored.
  if (kind && requestingState && requestedState) {
    const stored = {
      kind, requestingState, requestedState, measures: patch.measures ?? [], sentOn, receivedOn, dueOn, completedOn, personSought: null,
    } as unknown as CooperationRequest;
    for (const p of checkRecord(stored, now)) r.fail(p.field.replace(/^measures\[(\d+)\]\.form$/, 'forms[$1]').replace(/^measures$/, 'forms'), p.value, p.message);
  }
  if (r.errors.length) return { ok: false, errors: r.errors };
  const measures = patch.measures ?? [];
  const offenceList = patch.offences ?? [];
  return {
    ok: true,
    value: {
      owningState: owningState!, reference: reference!, counterpartReference, direction: direction!, kind: kind!,
      requestingState: requestingState!, requestedState: requestedState!,
      content: {
        measures, forms: measures.map((m) => m.form), offences: offenceList, subject,
        crimeTypeCodes: [...new Set(offenceList.map((o) => o.crimeType).filter((c): c is string => Boolean(c)))],
      },
      legalBasis, legalBasisTreaty, legalBasisDetail, case: caseReference, sentOn, receivedOn, dueOn, completedOn,
      status: status!, refusalGrounds, note, events,
    },
  };
}

function readEvents(r: FieldReader, obj: Record<string, unknown>, now: string): NormalizedRequestEvent[] {
  const events: NormalizedRequestEvent[] = [];
  r.list(obj, 'events', 'events', 200).forEach((e, i) => {
    const path = `events[${i}]`;
    const item = r.object(e, path);
    if (!item) return;
    r.onlyFields(item, path, 'an event', EVENT_FIELDS);
    const date = r.requiredNormalized(`${path}.date`, item.date, normalizeDate);
    const future = date ? eventDateProblem(date, now) : null;
    if (future) r.fail(`${path}.date`, date, future);
    const type = r.requiredNormalized(`${path}.type`, item.type, normalizeRequestEventType);
    const note = r.text(item, 'note', `${path}.note`, { max: MAX_EVENT_NOTE, paragraphs: true });
    const grounds = unique(
      r.list(item, 'refusalGrounds', `${path}.refusalGrounds`, 14).map((g, j) => r.normalized(`${path}.refusalGrounds[${j}]`, g, normalizeRefusalGround)),
    ).filter((g): g is RefusalGround => g !== null);
    if (type) {
      const problem = eventGroundsProblem(type, grounds);
      if (problem) r.fail(`${path}.refusalGrounds`, item.refusalGrounds ?? null, problem);
    }
    const previous = events[events.length - 1];
    if (date && previous && date < previous.date) r.fail(`${path}.date`, date, `is before the event above it (${previous.date}): list events in the order they happened`);
    if (date && type) events.push({ date, type, note, refusalGrounds: grounds, statusAfter: RequestStatus.DRAFT });
  });
  return events;
}

/**
 * Walks the events from the status a request starts in, as `recordRequestEvent` would apply them, and checks
 * that they end where the record says, on the dates it gives.
 */
function checkEventsAgainstRecord(
  r: FieldReader,
  events: NormalizedRequestEvent[],
  record: { direction: RequestDirection; status: RequestStatus; sentOn: string | null; receivedOn: string | null; completedOn: string | null; refusalGrounds: RefusalGround[] },
) {
  // An incoming request's register may start with the day it was received, as the portal records it.
  // The events may start with the sending (or receipt), as the portal records them, or later on: a register that
  // gives the date sent (received) without that event starts from there.
  let status = initialStatus(record.direction);
  if (record.direction === RequestDirection.INCOMING && events[0].type === RequestEventType.RECEIVED) status = RequestStatus.SENT;
  if (record.direction === RequestDirection.OUTGOING && events[0].type !== RequestEventType.SENT && record.sentOn) status = RequestStatus.SENT;
  let moved = false;
  for (const [i, event] of events.entries()) {
    const move = eventMove(status, record.direction, event.type);
    if (!move.ok) return void r.fail(`events[${i}].type`, event.type, move.message);
    event.statusAfter = move.to ?? status;
    if (move.to === null) continue;
    moved = true;
    status = move.to;
    const dated = event.type === RequestEventType.SENT ? ['sentOn', record.sentOn]
      : event.type === RequestEventType.RECEIVED ? ['receivedOn', record.receivedOn]
        : CLOSED_STATUSES.includes(move.to) ? ['completedOn', record.completedOn] : null;
    if (dated && dated[1] && dated[1] !== event.date) {
      r.fail(`events[${i}].date`, event.date, `is not the request's ${dated[0]} (${dated[1]}): the ${event.type} event and ${dated[0]} give the same day`);
    }
    if (event.type === RequestEventType.REFUSED && record.refusalGrounds.length
      && [...event.refusalGrounds].sort().join() !== [...record.refusalGrounds].sort().join()) {
      r.fail(`events[${i}].refusalGrounds`, event.refusalGrounds, `are not the request's refusalGrounds (${record.refusalGrounds.join(', ')})`);
    }
  }
  // Events that only record (notes, acknowledgements) leave the status the register gives when none moves it.
  if (!moved) for (const event of events) event.statusAfter = record.status;
  if (moved && status !== record.status) {
    r.fail('status', record.status, `is not where the events leave the request (${status}): give the status after the last event`);
  }
}

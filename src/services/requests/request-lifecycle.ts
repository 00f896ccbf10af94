import { CLOSED_STATUSES, RequestDirection, RequestEventType, RequestStatus } from '../../entities/request.enums';

/**
 * How events move a request: the statuses each event may follow and the status it leaves (null: it only
 * records). One table for `recordRequestEvent` and for the events of a register loaded with
 * `portal ingest --kind request`.
 */
export const TRANSITIONS: Record<RequestEventType, { from: RequestStatus[] | 'any-open' | 'any'; to: RequestStatus | null }> = {
  [RequestEventType.SENT]: { from: [RequestStatus.DRAFT], to: RequestStatus.SENT },
  [RequestEventType.RECEIVED]: { from: [RequestStatus.SENT], to: RequestStatus.RECEIVED },
  [RequestEventType.EXECUTION_STARTED]: { from: [RequestStatus.SENT, RequestStatus.RECEIVED], to: RequestStatus.IN_EXECUTION },
  [RequestEventType.EXECUTED]: { from: [RequestStatus.SENT, RequestStatus.RECEIVED, RequestStatus.IN_EXECUTION], to: RequestStatus.EXECUTED },
  [RequestEventType.PARTIALLY_EXECUTED]: { from: [RequestStatus.SENT, RequestStatus.RECEIVED, RequestStatus.IN_EXECUTION], to: RequestStatus.PARTIALLY_EXECUTED },
  [RequestEventType.REFUSED]: { from: [RequestStatus.SENT, RequestStatus.RECEIVED, RequestStatus.IN_EXECUTION], to: RequestStatus.REFUSED },
  [RequestEventType.WITHDRAWN]: { from: 'any-open', to: RequestStatus.WITHDRAWN },
  [RequestEventType.ACKNOWLEDGED]: { from: 'any-open', to: null },
  [RequestEventType.ADDITIONAL_INFORMATION_REQUESTED]: { from: 'any-open', to: null },
  [RequestEventType.ADDITIONAL_INFORMATION_PROVIDED]: { from: 'any-open', to: null },
  [RequestEventType.NOTE]: { from: 'any', to: null },
};

/** Longest note an event may carry. */
export const MAX_EVENT_NOTE = 20_000;

export type EventMove = { ok: true; to: RequestStatus | null } | { ok: false; message: string };

/** What an event does to a request in `status` (and direction): the status it leaves, or why it may not happen. */
export function eventMove(status: RequestStatus, direction: RequestDirection, type: RequestEventType): EventMove {
  const rule = TRANSITIONS[type];
  const allowed = rule.from === 'any' || (rule.from === 'any-open' ? !CLOSED_STATUSES.includes(status) : rule.from.includes(status));
  if (!allowed) {
    const what = Array.isArray(rule.from) ? `a request that is ${rule.from.join(' or ')}` : 'an open request';
    return { ok: false, message: `the request is ${status}: ${type} follows ${what}` };
  }
  if (type === RequestEventType.SENT && direction !== RequestDirection.OUTGOING) {
    return { ok: false, message: 'only an outgoing request is sent; an incoming one is RECEIVED' };
  }
  return { ok: true, to: rule.to };
}

/** Refusal grounds go with a REFUSED event, which needs at least one; null when the event's grounds are right. */
export function eventGroundsProblem(type: RequestEventType, grounds: readonly string[]): string | null {
  if (type === RequestEventType.REFUSED && grounds.length === 0) {
    return 'a refusal needs its grounds (e.g. DUAL_CRIMINALITY, SOVEREIGNTY_SECURITY_PUBLIC_ORDER)';
  }
  if (type !== RequestEventType.REFUSED && grounds.length) return 'grounds are recorded with a REFUSED event only';
  return null;
}

/** An event records what has happened: null when its date is not after `today`. */
export function eventDateProblem(date: string, today: string): string | null {
  return date > today ? 'record what has happened: the date may not be in the future' : null;
}

/** The status a request starts from before its first event: a draft when it is ours to send, received when it reached us. */
export function initialStatus(direction: RequestDirection): RequestStatus {
  return direction === RequestDirection.OUTGOING ? RequestStatus.DRAFT : RequestStatus.RECEIVED;
}

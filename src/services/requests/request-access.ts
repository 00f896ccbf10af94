import { type DataSource } from 'typeorm';
import { Role } from '../../auth/roles';
import { RequestDirection, type CooperationRequest } from '../../entities';
import { forbidden, unauthenticated } from '../errors';
import { isReviewer, type Viewer } from '../viewer';

/**
 * Who reads and writes requests: the single place the rule lives. A request belongs to the State that records
 * it — the requesting State for an outgoing request, the requested State for an incoming one — and so to the
 * authority accounts of that State (an authority's State is its directory record's jurisdiction). The
 * secretariat reads every request and writes none; nobody else reads any.
 */
export interface RequestAccess {
  /** Reads every request (the secretariat). */
  readsAll: boolean;
  /** The State whose requests the viewer reads and writes (authority accounts), or null. */
  state: string | null;
}

const NONE: RequestAccess = { readsAll: false, state: null };

export async function requestAccess(dataSource: DataSource, viewer: Viewer): Promise<RequestAccess> {
  if (isReviewer(viewer)) return { readsAll: true, state: null };
  if (viewer.role !== Role.AUTHORITY || !viewer.authorityId) return NONE;
  const rows: { code: string }[] = await dataSource.query(`SELECT jurisdiction_code AS code FROM authorities WHERE id = $1`, [viewer.authorityId]);
  return { readsAll: false, state: rows[0]?.code ?? null };
}

/** The State a request belongs to. */
export function ownerState(request: Pick<CooperationRequest, 'direction' | 'requestingState' | 'requestedState'>): string {
  return request.direction === RequestDirection.OUTGOING ? request.requestingState : request.requestedState;
}

export function mayRead(access: RequestAccess, request: Pick<CooperationRequest, 'direction' | 'requestingState' | 'requestedState'>): boolean {
  return access.readsAll || (access.state !== null && ownerState(request) === access.state);
}

/** SQL predicate on alias `r` selecting the requests the viewer reads; `$n` placeholders via `add`. */
export function readableRequestsSql(access: RequestAccess, add: (value: unknown) => string): string {
  if (access.readsAll) return 'TRUE';
  if (!access.state) return 'FALSE';
  const s = add(access.state);
  return `((r.direction = 'OUTGOING' AND r.requesting_state = ${s}) OR (r.direction = 'INCOMING' AND r.requested_state = ${s}))`;
}

/** The refusal for a viewer who may not see a request: the same whether it exists or not. */
export function refusal(viewer: Viewer): Error {
  return viewer.role === 'anonymous'
    ? unauthenticated()
    : forbidden('Requests are read by the authority accounts of the State they belong to and by the secretariat');
}

/** Writes are the authority accounts' of the request's State. */
export function assertWriter(viewer: Viewer, access: RequestAccess): string {
  if (viewer.role === 'anonymous') throw unauthenticated();
  if (viewer.role !== Role.AUTHORITY || !access.state) {
    throw forbidden('Requests are drafted and tracked by the authority accounts of their State; the secretariat reads them');
  }
  return access.state;
}

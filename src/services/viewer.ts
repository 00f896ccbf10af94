import { Role } from '../auth/roles';

/** Who is asking: anonymous, or an account with its role, its jurisdictions (contributors) and its authority. */
export interface Viewer {
  userId: string | null;
  /** The account's email, as the audit log and record history name the actor. */
  email: string | null;
  role: Role | 'anonymous';
  /** Jurisdiction codes a contributor writes for (empty for every other role). */
  jurisdictions: string[];
  /** The directory record an authority account speaks for. */
  authorityId: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({
  userId: null,
  email: null,
  role: 'anonymous',
  jurisdictions: Object.freeze([]) as unknown as string[],
  authorityId: null,
});

/** True when the viewer holds one of the roles; an admin holds every right of the secretariat. */
export function hasRole(viewer: Viewer, roles: readonly Role[]): boolean {
  if (viewer.role === 'anonymous') return false;
  return roles.includes(viewer.role) || (viewer.role === Role.ADMIN && roles.includes(Role.SECRETARIAT));
}

/** Reviews, publishes, edits anything. */
export const isReviewer = (viewer: Viewer): boolean => hasRole(viewer, [Role.SECRETARIAT]);

/**
 * Who may write cases and laws of a jurisdiction — and so read their editorial fields (review notes, the files
 * they were loaded from): the secretariat, and contributors granted that jurisdiction.
 */
export function mayWriteFor(viewer: Viewer, jurisdictionCode: string): boolean {
  return isReviewer(viewer) || (viewer.role === Role.CONTRIBUTOR && viewer.jurisdictions.includes(jurisdictionCode));
}

/** Jurisdiction codes are inlined into SQL below: only ISO alpha-3 shapes may pass. */
const JURISDICTION_CODE = /^[A-Z]{3}$/;

/**
 * SQL predicate selecting the cases or laws (alias `alias`) a viewer may read: the single place the
 * visibility rule lives, used by services and loaders alike. The public reads published records; a contributor
 * also reads every record of the jurisdictions granted; the secretariat reads everything.
 */
export function visibleRecordsSql(alias: string, viewer: Viewer): string {
  if (isReviewer(viewer)) return 'TRUE';
  const published = `${alias}.status = 'PUBLISHED'`;
  if (viewer.role !== Role.CONTRIBUTOR) return published;
  const codes = viewer.jurisdictions.filter((code) => JURISDICTION_CODE.test(code));
  if (codes.length === 0) return published;
  return `(${published} OR ${alias}.jurisdiction_code IN (${codes.map((c) => `'${c}'`).join(', ')}))`;
}

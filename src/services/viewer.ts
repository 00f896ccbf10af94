/** Who is asking. Accounts and roles come with the access-control work; until then everyone is anonymous. */
export interface Viewer {
  userId: string | null;
  role: 'anonymous' | 'researcher' | 'contributor' | 'authority' | 'secretariat' | 'admin';
  jurisdictions: string[];
}

export const ANONYMOUS: Viewer = Object.freeze({ userId: null, role: 'anonymous', jurisdictions: [] });

/**
 * SQL predicate selecting the cases or laws (alias `alias`) a viewer may read: the single place the
 * visibility rule lives, used by services and loaders alike. Only published records are public.
 */
export function visibleRecordsSql(alias: string, viewer: Viewer): string {
  void viewer;
  return `${alias}.status = 'PUBLISHED'`;
}

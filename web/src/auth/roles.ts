import { type Role } from '../gql/graphql';

/** What each role may reach in the portal (the API decides; this only decides which links to show). */
export const canEdit = (role: Role | undefined) => role === 'CONTRIBUTOR' || role === 'SECRETARIAT' || role === 'ADMIN';
export const canReview = (role: Role | undefined) => role === 'SECRETARIAT' || role === 'ADMIN';
/** Requests: an authority its State's, the secretariat every State's. */
export const canReadRequests = (role: Role | undefined) => role === 'AUTHORITY' || role === 'SECRETARIAT';
/** Contact details, persons and practical details of the directory. */
export const canReadRestrictedDirectory = (role: Role | undefined) => role === 'AUTHORITY' || canReview(role);

const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  AUTHORITY: 'Competent authority',
  CONTRIBUTOR: 'Contributor',
  RESEARCHER: 'Researcher',
  SECRETARIAT: 'Secretariat',
};

export const roleLabel = (role: Role) => ROLE_LABELS[role] ?? role;

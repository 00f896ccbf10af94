import { registerEnumType } from 'type-graphql';

/** What an account may do (README "Roles"). Anonymous callers have no account and no role. */
export enum Role {
  /** Reads what the public reads; an account for the portal's personal features. */
  RESEARCHER = 'RESEARCHER',
  /** Creates and edits drafts of cases and laws for the jurisdictions granted, and submits them for review. */
  CONTRIBUTOR = 'CONTRIBUTOR',
  /** A designated competent authority: reads the restricted directory, proposes changes to its own record. */
  AUTHORITY = 'AUTHORITY',
  /** Reviews and publishes, edits anything, curates the directory, reads the audit log. */
  SECRETARIAT = 'SECRETARIAT',
  /** Everything the secretariat does, plus account management. */
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role', description: 'What an account may do.' });

export const ROLES = Object.values(Role);

/** Who reviews submissions, publishes, edits any record and reads the audit log. */
export const REVIEWERS = [Role.SECRETARIAT, Role.ADMIN] as const;
/** Who reads the restricted fields of the directory of competent authorities (contact details, persons…). */
export const DIRECTORY_READERS = [Role.AUTHORITY, Role.SECRETARIAT, Role.ADMIN] as const;
/** Who may write cases and laws (within their jurisdictions for contributors). */
export const EDITORS = [Role.CONTRIBUTOR, Role.SECRETARIAT, Role.ADMIN] as const;

export function parseRole(value: string): Role | null {
  const upper = value.trim().toUpperCase();
  return (ROLES as string[]).includes(upper) ? (upper as Role) : null;
}

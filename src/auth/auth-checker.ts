import { type AuthChecker } from 'type-graphql';
import { type Context } from '../schema/context';
import { forbidden, unauthenticated } from '../services/errors';
import { hasRole } from '../services/viewer';
import { type Role } from './roles';

/**
 * type-graphql's check behind every @Authorized field and operation: anonymous callers get UNAUTHENTICATED,
 * accounts without one of the roles FORBIDDEN, and the field has no value either way. `@Authorized()` with no
 * role means any signed-in account.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (viewer.role === 'anonymous') throw unauthenticated();
  if (roles.length === 0 || hasRole(viewer, roles)) return true;
  throw forbidden(`This needs one of the roles ${roles.join(', ')}`);
};

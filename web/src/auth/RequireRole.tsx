import { type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { type Role } from '../gql/graphql';
import { roleLabel } from './roles';
import { type SignedInUser, useSession } from './session';

/**
 * A signed-in page: asks to sign in when nobody is, and says plainly when the account may not reach it
 * (the API refuses the data anyway; this spares a page of errors).
 */
export function RequireRole({ allow, title, children }: { allow?: (role: Role) => boolean; title: string; children: (user: SignedInUser) => ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <p className="hint">Checking your session…</p>;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <>
        <h1>{title}</h1>
        <p>
          This page is for signed-in accounts. <Link to={`/sign-in?next=${next}`}>Sign in</Link> to continue.
        </p>
      </>
    );
  }
  if (allow && !allow(user.role)) {
    return (
      <>
        <h1>{title}</h1>
        <p role="alert">
          Your account ({roleLabel(user.role)}) may not use this page. <Link to="/">Back to the search</Link>.
        </p>
      </>
    );
  }
  return <>{children(user)}</>;
}

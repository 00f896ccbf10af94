import { Link, useNavigate } from 'react-router';
import { canEdit, canReadRequests, canReview, roleLabel } from './roles';
import { useSession } from './session';

/** The header's links for the signed-in half of the portal: who is signed in and what they may reach. */
export function AccountLinks() {
  const { user } = useSession();
  const role = user?.role;
  return (
    <>
      <li>
        <Link to="/directory">Directory</Link>
      </li>
      {canReadRequests(role) && (
        <li>
          <Link to="/requests">Requests</Link>
        </li>
      )}
      {user && (
        <li>
          <Link to="/account/searches">Saved searches</Link>
        </li>
      )}
      {canEdit(role) && (
        <li>
          <Link to="/workspace">Workspace</Link>
        </li>
      )}
      {canReview(role) && (
        <>
          <li>
            <Link to="/review">Review</Link>
          </li>
          <li>
            <Link to="/ingest-runs">Ingest runs</Link>
          </li>
          <li>
            <Link to="/audit">Audit log</Link>
          </li>
        </>
      )}
    </>
  );
}

export function AccountStatus() {
  const { user, loading, signOut } = useSession();
  const navigate = useNavigate();
  if (loading) return <p className="account-status">Checking your session…</p>;
  if (!user)
    return (
      <p className="account-status">
        <Link to="/sign-in">Sign in</Link>
      </p>
    );
  const where =
    user.role === 'CONTRIBUTOR' && user.jurisdictions.length
      ? ` for ${user.jurisdictions.map((j) => j.name).join(', ')}`
      : user.role === 'AUTHORITY' && user.authority
        ? ` for ${user.authority.name}`
        : '';
  return (
    <div className="account-status">
      <p>
        Signed in as <Link to="/account">{user.displayName || user.email}</Link>{' '}
        <span className="role-badge">
          {roleLabel(user.role)}
          {where}
        </span>
      </p>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          signOut();
          navigate('/');
        }}
      >
        Sign out
      </button>
    </div>
  );
}

import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';
import { canEdit, canReview } from './roles';
import { type SignedInUser, useSession } from './session';
import { SignInForm } from './SignInForm';

/** Where an account starts: the page it was sent from, or its own desk. */
function home(user: SignedInUser): string {
  if (canReview(user.role)) return '/review';
  if (canEdit(user.role)) return '/workspace';
  if (user.role === 'AUTHORITY' && user.authority) return `/directory/${user.authority.id}`;
  return '/account';
}

/** Only paths of this portal: never a redirection elsewhere. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : null);

export default function SignInPage() {
  useDocumentTitle('Sign in');
  const { user, expired } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  if (user && !expired) return <Navigate to={next ?? home(user)} replace />;
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p>For contributors, the secretariat, competent authorities and researchers with an account. Reading the catalogue needs none.</p>
      <SignInForm onSignedIn={(u) => navigate(next ?? home(u), { replace: true })} />
    </div>
  );
}

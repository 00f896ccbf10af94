import { useEffect, useRef } from 'react';
import { SignInForm } from './SignInForm';
import { useSession } from './session';

/**
 * When the session ends (its time is up, or the server refuses the token), the page stays as it is — a form being
 * written keeps everything typed — and this modal dialog asks to sign in again in place. Closing it without
 * signing in signs out.
 */
export function ReauthDialog() {
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = session.expired && session.user !== null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="reauth" aria-labelledby="reauth-title" onCancel={(e) => e.preventDefault()}>
      {open && (
        <>
          <h2 id="reauth-title">Your session has ended</h2>
          <p>Sign in again to go on: nothing on the page is lost, and what was not saved is saved once you are back.</p>
          <SignInForm idPrefix="reauth" initialEmail={session.user?.email ?? ''} onSignedIn={() => undefined} />
          <button type="button" className="link-button" onClick={session.signOut}>
            Sign out instead (unsaved changes are lost)
          </button>
        </>
      )}
    </dialog>
  );
}

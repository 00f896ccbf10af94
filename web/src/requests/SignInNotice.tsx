/** What the request pages show without a session: they are for authority accounts. */
export function SignInNotice() {
  return (
    <div className="sign-in-notice" role="status">
      <p>
        <strong>Sign in as an authority to use the request writer.</strong> Requests are drafted and read by the authority
        accounts of the State they belong to, and by the secretariat.
      </p>
    </div>
  );
}

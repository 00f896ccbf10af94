import { ApiError } from '../api/client';

/** What a refusal means for the reader, by the API's error code. */
const HEADINGS: Record<string, string> = {
  BAD_USER_INPUT: 'This request was not accepted.',
  QUERY_TOO_COMPLEX: 'This request is too large.',
  NOT_FOUND: 'Not found.',
  SEARCH_UNAVAILABLE: 'Search is unavailable for a moment.',
};

/** A failed request, said plainly: what happened and the server's explanation. */
export function ErrorMessage({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  const heading = (error instanceof ApiError && error.code && HEADINGS[error.code]) || 'Something went wrong.';
  return (
    <div className="error" role="alert">
      <p>
        <strong>{heading}</strong> {message}
      </p>
    </div>
  );
}

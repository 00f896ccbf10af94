import { ApiError } from '../api/client';

/** A failed request, said plainly. */
export function ErrorMessage({ error }: { error: unknown }) {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <div className="error" role="alert">
      <p>
        <strong>Something went wrong.</strong> {message}
      </p>
    </div>
  );
}

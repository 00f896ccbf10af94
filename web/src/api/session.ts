import { useQuery } from '@tanstack/react-query';
import { type TypedDocumentString } from '../gql/graphql';
import { authToken, execute } from './client';

/** The signed-in account's session token (kept by the session, src/auth/session.tsx), or null. */
export function sessionToken(): string | null {
  return authToken();
}

/** A typed query sent with the session token; disabled without one. */
export function useSignedInQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { enabled?: boolean } = {},
) {
  const token = sessionToken();
  return useQuery({
    queryKey: ['signed-in', token, document.toString(), variables],
    queryFn: ({ signal }) => execute(document, variables, signal),
    enabled: Boolean(token) && (options.enabled ?? true),
  });
}

/** A typed mutation (or query) sent once with the session token. */
export function runSignedIn<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  return execute(document, variables);
}

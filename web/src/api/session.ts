import { useQuery } from '@tanstack/react-query';
import { type TypedDocumentString } from '../gql/graphql';
import { execute } from './client';

/** Where the session token of a signed-in account is kept for the tab (sessionStorage). */
export const TOKEN_KEY = 'portal.token';

export function sessionToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
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
    queryFn: ({ signal }) => execute(document, variables, signal, token),
    enabled: Boolean(token) && (options.enabled ?? true),
  });
}

/** A typed mutation (or query) sent once with the session token. */
export function runSignedIn<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  return execute(document, variables, undefined, sessionToken());
}

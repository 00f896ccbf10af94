import { type TypedDocumentString } from '../gql/graphql';

/** One refused field of a record, as the API names it (`defendants[0].nationality`). */
export interface FieldError {
  field: string;
  value?: unknown;
  message: string;
}

/** An error answered by the GraphQL API, with its `extensions.code` (e.g. NOT_FOUND, BAD_USER_INPUT). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** Per-field problems of a refused record (`extensions.fieldErrors`). */
    readonly fieldErrors: FieldError[] = [],
    /** How long to wait before trying again (throttled sign-in). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldErrors?: FieldError[]; retryAfterSeconds?: number } }[];
}

/**
 * The session token the requests carry (`Authorization: Bearer`). Kept in memory here and in sessionStorage by the
 * session (src/auth/session.tsx), which registers itself to hear when the server refuses the token.
 */
let token: string | null = null;
let onTokenRefused: (() => void) | null = null;

export function setAuthToken(value: string | null) {
  token = value;
}

/** The token the requests carry now, or null when nobody is signed in. */
export function authToken(): string | null {
  return token;
}

export function onAuthTokenRefused(listener: (() => void) | null) {
  onTokenRefused = listener;
}

/**
 * Sends one typed operation to the portal's GraphQL endpoint; the only way the app talks to the server. The session
 * token, when someone is signed in, is sent as `Authorization: Bearer`.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const sentToken = token;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (sentToken) headers.authorization = `Bearer ${sentToken}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a readable body`, undefined);
  }
  const [first] = body.errors ?? [];
  if (first) {
    const code = first.extensions?.code;
    // A session that ended (expired, password changed, account disabled): the whole request is refused.
    if (code === 'UNAUTHENTICATED' && sentToken && response.status === 401 && sentToken === token) onTokenRefused?.();
    throw new ApiError(first.message, code, first.extensions?.fieldErrors ?? [], first.extensions?.retryAfterSeconds);
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data`, undefined);
  return body.data;
}

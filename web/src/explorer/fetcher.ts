import { type ExecutionResult, GraphQLError } from 'graphql';

/** One GraphQL request as GraphiQL hands it to its fetcher. */
export interface ExplorerRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Sends an operation to the portal's own /graphql endpoint (the page's origin: the Content-Security-Policy allows
 * no other) with the headers typed in the explorer's header editor, e.g. `{"Authorization": "Bearer …"}`.
 * Any answer with a JSON body is shown as it came, errors included; anything else becomes a readable error.
 */
export async function portalFetcher(request: ExplorerRequest, options?: { headers?: Record<string, unknown> }): Promise<ExecutionResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  for (const [name, value] of Object.entries(options?.headers ?? {})) {
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(request), credentials: 'omit' });
  const text = await response.text();
  try {
    return JSON.parse(text) as ExecutionResult;
  } catch {
    return { errors: [new GraphQLError(`The server answered ${response.status} ${response.statusText} without a JSON body: ${text.slice(0, 200)}`)] };
  }
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type TypedDocumentString } from '../gql/graphql';
import { execute } from './client';

interface Options {
  /** Keep showing the previous answer while the next one loads (search as you type). */
  keepPrevious?: boolean;
  enabled?: boolean;
}

/** A typed GraphQL query, cached by operation and variables (so the back button shows a page at once). */
export function useGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: Options = {},
) {
  return useQuery({
    queryKey: [document.toString(), variables],
    queryFn: ({ signal }) => execute(document, variables, signal),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    enabled: options.enabled,
  });
}

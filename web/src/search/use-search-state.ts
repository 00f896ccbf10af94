import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearch, type SearchState, serializeSearch } from './search-state';

/**
 * The search held in the URL, and a way to change it. A change pushes a history entry (the back button
 * restores the previous search) unless `replace` is asked for (typing, which would otherwise push every letter).
 * The page keeps its scroll position: filters change the results, the reader stays where they are.
 */
export function useSearchState(): [SearchState, (next: SearchState, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearch(params), [params]);
  const update = useCallback(
    (next: SearchState, options: { replace?: boolean } = {}) => setParams(serializeSearch(next), { replace: options.replace, preventScrollReset: true }),
    [setParams],
  );
  return [state, update];
}

import { useInfiniteQuery } from '@tanstack/react-query';

export interface Slice<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/** A Relay connection read page after page ("Show more"), each page cached like any query. */
export function usePaged<T>(key: unknown[], fetchPage: (after: string | undefined, signal: AbortSignal) => Promise<Slice<T>>) {
  const query = useInfiniteQuery({
    queryKey: key,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    getNextPageParam: (last) => (last.hasNextPage && last.endCursor ? last.endCursor : undefined),
  });
  const pages = query.data?.pages ?? [];
  return {
    nodes: pages.flatMap((p) => p.nodes),
    totalCount: pages[0]?.totalCount ?? 0,
    isPending: query.isPending,
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}

interface ConnectionLike<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

/** A Relay connection (or its absence: the parent record is gone) as a slice of a paged list. */
export function toSlice<T>(connection: ConnectionLike<T> | null | undefined): Slice<T> {
  return {
    nodes: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    endCursor: connection?.pageInfo.endCursor,
  };
}

import { Link } from 'react-router';
import { nextPage, PAGE_SIZE, previousPage, type SearchState, serializeSearch } from './search-state';

interface Props {
  state: SearchState;
  total: number;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
}

/** Previous and next pages as real links (they can be opened in a new tab or bookmarked). */
export function Pagination({ state, total, endCursor, hasNextPage }: Props) {
  const page = state.trail.length + 1;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1 && page === 1) return null;
  const href = (next: SearchState) => `/?${serializeSearch(next).toString()}`;

  return (
    <nav className="pagination" aria-label="Pages of results">
      {page > 1 ? (
        <Link to={href(previousPage(state))} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" className="disabled">
          ← Previous
        </span>
      )}
      <span aria-current="page">
        Page {page} of {pages}
      </span>
      {hasNextPage && endCursor ? (
        <Link to={href(nextPage(state, endCursor))} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" className="disabled">
          Next →
        </span>
      )}
    </nav>
  );
}

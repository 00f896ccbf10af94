import { type ReactNode } from 'react';
import { Link } from 'react-router';
import { plural } from '../labels';
import { ErrorMessage } from './ErrorMessage';

interface Props<T> {
  title: string;
  /** Singular noun for the count line ("case", "law"). */
  noun: string;
  list: {
    nodes: T[];
    totalCount: number;
    isPending: boolean;
    error: unknown;
    hasMore: boolean;
    loadingMore: boolean;
    loadMore: () => void;
  };
  render: (node: T) => ReactNode;
  keyOf: (node: T) => string;
  /** The same records on the search page, where they can be filtered further. */
  searchHref?: string;
  empty: string;
}

/** A titled list read from a connection, with its total, "Show more" and a way into the search page. */
export function PagedList<T>({ title, noun, list, render, keyOf, searchHref, empty }: Props<T>) {
  const headingId = `list-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="record-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} {!list.isPending && !list.error && <span className="count-badge">{list.totalCount.toLocaleString('en')}</span>}
      </h2>
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : list.isPending ? (
        <p className="hint">Loading…</p>
      ) : list.nodes.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <>
          <ul className="record-list">
            {list.nodes.map((node) => (
              <li key={keyOf(node)}>{render(node)}</li>
            ))}
          </ul>
          <p className="list-footer">
            <span>
              Showing {list.nodes.length.toLocaleString('en')} of {plural(list.totalCount, noun)}.
            </span>
            {list.hasMore && (
              <button type="button" onClick={list.loadMore} disabled={list.loadingMore}>
                {list.loadingMore ? 'Loading…' : `Show more ${noun}s`}
              </button>
            )}
            {searchHref && list.totalCount > 0 && <Link to={searchHref}>Search and filter these {noun}s</Link>}
          </p>
        </>
      )}
    </section>
  );
}

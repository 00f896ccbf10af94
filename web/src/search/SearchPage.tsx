import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { plural } from '../labels';
import { ActiveFilters } from './ActiveFilters';
import { ExportMenu } from './ExportMenu';
import { FacetPanel, FACET_TITLES, type FacetValue } from './FacetPanel';
import { HitList } from './HitList';
import { Pagination } from './Pagination';
import { SaveSearch } from './SaveSearch';
import { SearchBox } from './SearchBox';
import { SearchDocument } from './search.operations';
import {
  activeFilterCount,
  clearFilters,
  type ListFacet,
  PAGE_SIZE,
  type RecordKind,
  serializeSearch,
  type Sort,
  toggleFilter,
  toSearchInput,
  withSort,
  withText,
  withType,
  withYears,
} from './search-state';
import { useSearchState } from './use-search-state';
import { WorldMap } from './WorldMap';
import { YearChart } from './YearChart';
import { YearRange } from './YearRange';

/** Order of the facet panels: what researchers narrow by first comes first. */
const PANEL_ORDER: ListFacet[] = ['crimeType', 'country', 'region', 'article', 'courtLevel', 'keyword'];

const SORT_LABELS: Record<Sort, string> = {
  RELEVANCE: 'Relevance',
  DATE_DESC: 'Newest first',
  DATE_ASC: 'Oldest first',
  TITLE: 'Title (A–Z)',
  MOST_CITED: 'Most cited',
};

const TYPE_CHOICES: { value: RecordKind | null; label: string }[] = [
  { value: null, label: 'All records' },
  { value: 'CASE', label: 'Cases' },
  { value: 'LAW', label: 'Laws' },
  { value: 'PUBLICATION', label: 'Publications' },
];

/** The search page: box, facets with counts, map and timeline, hits with highlights, pages; all of it in the URL. */
export function SearchPage() {
  const [state, update] = useSearchState();
  const result = useGraphQL(SearchDocument, { input: toSearchInput(state) }, { keepPrevious: true });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  useDocumentTitle(state.text ? `“${state.text}” – Search` : 'Search');

  const search = result.data?.search;
  const facets = Object.fromEntries((search?.facets ?? []).map((f) => [f.field, f.values])) as Partial<Record<string, FacetValue[]>>;
  const toggle = (facet: ListFacet, value: string) => update(toggleFilter(state, facet, value));
  const filterCount = activeFilterCount(state);

  return (
    <div className="search-page">
      <h1>Case law and legislation on transnational organized crime</h1>
      <SearchBox text={state.text} onSearch={(text, replace) => update(withText(state, text), { replace })} />

      <div className="search-controls">
        <fieldset className="segmented">
          <legend className="sr-only">Record type</legend>
          {TYPE_CHOICES.map((choice) => (
            <label key={choice.label} className={state.type === choice.value ? 'checked' : undefined}>
              <input type="radio" name="record-type" checked={state.type === choice.value} onChange={() => update(withType(state, choice.value))} />
              {choice.label}
            </label>
          ))}
        </fieldset>
        <label className="sort">
          Sort by{' '}
          <select value={state.sort} onChange={(event) => update(withSort(state, event.target.value as Sort))}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="filters-toggle" aria-expanded={filtersOpen} aria-controls={filtersId} onClick={() => setFiltersOpen(!filtersOpen)}>
          Filters{filterCount > 0 ? ` (${filterCount})` : ''}
        </button>
        <ExportMenu state={state} />
      </div>

      <SaveSearch state={state} />

      <ActiveFilters
        state={state}
        labels={facets}
        onRemove={toggle}
        onClearYears={() => update(withYears(state, null, null))}
        onClearAll={() => update(clearFilters(state))}
      />

      <div className="search-layout">
        <aside id={filtersId} className={`filters${filtersOpen ? ' open' : ''}`} aria-label="Filters">
          <h2 className="sr-only">Filters</h2>
          {PANEL_ORDER.map((facet) => (
            <FacetPanel key={facet} field={facet} values={facets[facet] ?? []} selected={state.filters[facet]} onToggle={(value) => toggle(facet, value)} />
          ))}
          <fieldset className="facet" data-facet="year">
            <legend>{FACET_TITLES.year}</legend>
            <YearRange from={state.yearFrom} to={state.yearTo} onChange={(from, to) => update(withYears(state, from, to))} />
          </fieldset>
        </aside>

        <section
          className="results"
          aria-labelledby="results-heading"
          aria-busy={result.isFetching}
          // Which search the results on screen answer, and whether they are final: lets tests wait for them.
          data-query={serializeSearch(state).toString()}
          data-settled={!result.isFetching && !result.isPlaceholderData}
        >
          <h2 id="results-heading" className="results-heading" aria-live="polite">
            {search ? plural(search.total, 'result') : result.isError ? 'No results' : 'Searching…'}
            {result.isFetching && search && <span className="hint"> updating…</span>}
          </h2>
          {result.isError && <ErrorMessage error={result.error} />}
          {search?.suggestion && (
            <p className="suggestion">
              Did you mean{' '}
              <Link to={`/?${serializeSearch(withText(state, search.suggestion)).toString()}`}>{search.suggestion}</Link>?
            </p>
          )}
          {search && !search.matchedAllWords && search.hits.length > 0 && (
            <p className="notice partial-match">
              No record holds every word of “{state.text}”: these hold the most of them, best first.
            </p>
          )}
          {search && (
            <>
              <details className="pictures" open>
                <summary>Map and timeline</summary>
                <div className="pictures-grid">
                  <WorldMap counts={facets.country ?? []} selected={state.filters.country} onToggle={(code) => toggle('country', code)} />
                  <YearChart years={facets.year ?? []} from={state.yearFrom} to={state.yearTo} onSelectYear={(year) => update(withYears(state, year, year))} />
                </div>
              </details>
              {search.hits.length === 0 ? (
                <p className="empty">Nothing matches. Try fewer words or remove a filter.</p>
              ) : (
                <HitList hits={search.hits} firstNumber={state.trail.length * PAGE_SIZE + 1} />
              )}
              <Pagination state={state} total={search.total} endCursor={search.pageInfo.endCursor} hasNextPage={search.pageInfo.hasNextPage} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}

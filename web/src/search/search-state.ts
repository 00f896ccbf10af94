/**
 * The whole state of a search, kept in the URL so that a search can be bookmarked, shared and restored with
 * the back button. Pure functions only (no DOM, no React): the URL is the single source of truth.
 */

export const FACET_FIELDS = ['country', 'region', 'crimeType', 'article', 'keyword', 'courtLevel', 'year'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** Facets whose values are filters chosen from a list (year is a range instead). */
export const LIST_FACETS = ['country', 'region', 'crimeType', 'article', 'keyword', 'courtLevel'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];

export const SORTS = ['RELEVANCE', 'DATE_DESC', 'DATE_ASC', 'TITLE', 'MOST_CITED'] as const;
export type Sort = (typeof SORTS)[number];
export const RECORD_TYPES = ['CASE', 'LAW', 'PUBLICATION'] as const;
export type RecordKind = (typeof RECORD_TYPES)[number];
const COURT_LEVELS = ['FIRST_INSTANCE', 'APPELLATE', 'SUPREME', 'OTHER'] as const;
export type CourtLevelName = (typeof COURT_LEVELS)[number];

export const PAGE_SIZE = 20;

export interface SearchState {
  text: string;
  /** Empty: cases and laws. */
  type: RecordKind | null;
  sort: Sort;
  filters: Record<ListFacet, string[]>;
  yearFrom: number | null;
  yearTo: number | null;
  /** End cursors of the pages before the current one, in order: the last one is this page's `after`. */
  trail: string[];
}

/** URL parameter of each list facet (one repeated parameter per selected value). */
const PARAM: Record<ListFacet, string> = {
  country: 'country',
  region: 'region',
  crimeType: 'crime',
  article: 'article',
  keyword: 'keyword',
  courtLevel: 'court',
};

export function emptyFilters(): Record<ListFacet, string[]> {
  return { country: [], region: [], crimeType: [], article: [], keyword: [], courtLevel: [] };
}

export const INITIAL_STATE: SearchState = {
  text: '',
  type: null,
  sort: 'RELEVANCE',
  filters: emptyFilters(),
  yearFrom: null,
  yearTo: null,
  trail: [],
};

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

/** Reads a search from URL parameters; unknown or malformed values are ignored, not fatal. */
export function parseSearch(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const facet of LIST_FACETS) {
    const values = [...new Set(params.getAll(PARAM[facet]).map((v) => v.trim()).filter(Boolean))];
    filters[facet] = facet === 'courtLevel' ? values.filter((v) => oneOf(COURT_LEVELS, v)) : values;
  }
  return {
    text: params.get('q') ?? '',
    type: oneOf(RECORD_TYPES, params.get('type')),
    sort: oneOf(SORTS, params.get('sort')) ?? 'RELEVANCE',
    filters,
    yearFrom: year(params.get('from')),
    yearTo: year(params.get('to')),
    trail: params.getAll('after').filter(Boolean),
  };
}

/** Writes a search as URL parameters, leaving defaults out so URLs stay short. */
export function serializeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.text) params.set('q', state.text);
  if (state.type) params.set('type', state.type);
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  for (const facet of LIST_FACETS) for (const value of state.filters[facet]) params.append(PARAM[facet], value);
  if (state.yearFrom !== null) params.set('from', String(state.yearFrom));
  if (state.yearTo !== null) params.set('to', String(state.yearTo));
  for (const cursor of state.trail) params.append('after', cursor);
  return params;
}

/** The `/?…` link to a search, e.g. `searchHref({ type: 'CASE', filters: { country: ['ITA'] } })`. */
export function searchHref(query: {
  text?: string;
  type?: RecordKind;
  filters?: Partial<Record<ListFacet, string[]>>;
  yearFrom?: number;
  yearTo?: number;
}): string {
  const state: SearchState = {
    ...INITIAL_STATE, text: query.text ?? '', type: query.type ?? null, filters: { ...emptyFilters(), ...query.filters },
    yearFrom: query.yearFrom ?? null, yearTo: query.yearTo ?? null,
  };
  const params = serializeSearch(state).toString();
  return params ? `/?${params}` : '/';
}

/** Any change to what is searched starts again from the first page. */
function firstPage(state: SearchState): SearchState {
  return { ...state, trail: [] };
}

export function withText(state: SearchState, text: string): SearchState {
  return firstPage({ ...state, text });
}

export function withType(state: SearchState, type: RecordKind | null): SearchState {
  return firstPage({ ...state, type });
}

export function withSort(state: SearchState, sort: Sort): SearchState {
  return firstPage({ ...state, sort });
}

export function toggleFilter(state: SearchState, facet: ListFacet, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return firstPage({ ...state, filters: { ...state.filters, [facet]: next } });
}

export function withYears(state: SearchState, yearFrom: number | null, yearTo: number | null): SearchState {
  return firstPage({ ...state, yearFrom, yearTo });
}

export function clearFilters(state: SearchState): SearchState {
  return firstPage({ ...state, filters: emptyFilters(), yearFrom: null, yearTo: null });
}

export function nextPage(state: SearchState, endCursor: string): SearchState {
  return { ...state, trail: [...state.trail, endCursor] };
}

export function previousPage(state: SearchState): SearchState {
  return { ...state, trail: state.trail.slice(0, -1) };
}

export function activeFilterCount(state: SearchState): number {
  const listed = LIST_FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0);
  return listed + (state.yearFrom !== null || state.yearTo !== null ? 1 : 0);
}

/** The `SearchInput` the API takes. */
export function toSearchInput(state: SearchState) {
  const { filters } = state;
  const list = (values: string[]) => (values.length ? values : undefined);
  return {
    text: state.text.trim() || undefined,
    types: state.type ? [state.type] : undefined,
    sort: state.sort,
    first: PAGE_SIZE,
    after: state.trail.at(-1),
    filters: {
      countries: list(filters.country),
      regions: list(filters.region),
      crimeTypes: list(filters.crimeType),
      articles: list(filters.article),
      keywords: list(filters.keyword),
      courtLevels: list(filters.courtLevel) as CourtLevelName[] | undefined,
      yearFrom: state.yearFrom ?? undefined,
      yearTo: state.yearTo ?? undefined,
    },
  };
}

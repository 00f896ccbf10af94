import type { MultiSearchParams, MultiSearchQuery, MultiSearchResponse, MultiSearchResult } from 'meilisearch';
import {
  FACET_FIELDS,
  type FacetCount,
  type FacetField,
  type SearchPage,
  type SearchQuery,
  type SearchSort,
} from '../search-index';
import { type MeiliDocument } from './documents';
import { FACET_ATTRIBUTES } from './fields';
import { buildFilter, isFacetFiltered, type MeiliFilter } from './filters';
import { highlightParams, toHighlights } from './highlights';

/** What a hit carries besides `_formatted` and `_rankingScore`. */
export type MeiliHit = Pick<MeiliDocument, 'type' | 'id'>;

/**
 * Sort orders; each has a second key so equal dates (or titles) keep a stable order across pages.
 * Documents without a date come last in both date orders (Meilisearch puts missing values after all others).
 * RELEVANCE sends no sort: the `sort` ranking rule is then inert and relevance ranks alone.
 */
const SORTS: Readonly<Record<SearchSort, string[] | null>> = {
  RELEVANCE: null,
  DATE_DESC: ['dateValue:desc', 'titleSort:asc'],
  DATE_ASC: ['dateValue:asc', 'titleSort:asc'],
  TITLE: ['titleSort:asc', 'dateValue:desc'],
  MOST_CITED: ['citedByCount:desc', 'dateValue:desc', 'titleSort:asc'],
};

/** One multi-search request and how to read its answer. */
export interface MultiSearchPlan {
  request: MultiSearchParams;
  /** The facet answered by each query after the main one, in order (the disjunctive facet pattern). */
  disjunctiveFacets: FacetField[];
  /** Hits carry a relevance score only when ranked by relevance. */
  scored: boolean;
  /** True when every word must match (the first attempt); false for the fallback that drops words. */
  allWords: boolean;
}

/**
 * The main query (hits, total, and the counts of every facet without a filter of its own) plus one query per
 * filtered facet, counting that facet under every other filter: choosing ITA still shows how many hits NGA
 * would add.
 */
export function buildMultiSearch(indexUid: string, query: SearchQuery, options: { allWords?: boolean } = {}): MultiSearchPlan {
  const allWords = options.allWords ?? true;
  const text = query.text ?? '';
  const disjunctiveFacets = FACET_FIELDS.filter((field) => isFacetFiltered(field, query.filters));
  const ownFacets = FACET_FIELDS.filter((field) => !disjunctiveFacets.includes(field));
  const scored = query.sort === 'RELEVANCE';
  const sort = SORTS[query.sort];
  // Every word must match, as in the PostgreSQL backend. When nothing holds them all, the fallback asks again with
  // `frequency`: Meilisearch then drops the words that match most documents first, and ranks records holding
  // more of the words higher (its `words` rule) — the records holding the most words, best first.
  const common = { indexUid, q: text, matchingStrategy: allWords ? 'all' : 'frequency' } as const;

  const main: MultiSearchQuery = {
    ...common,
    ...filterParam(buildFilter(query.filters, query.types)),
    ...(sort ? { sort } : {}),
    offset: query.offset,
    limit: query.limit,
    attributesToRetrieve: ['type', 'id'] satisfies (keyof MeiliHit)[],
    ...(ownFacets.length ? { facets: ownFacets.map((field) => FACET_ATTRIBUTES[field]) } : {}),
    ...(scored ? { showRankingScore: true } : {}),
    ...(text ? highlightParams() : {}),
  };
  const facetQueries = disjunctiveFacets.map((field): MultiSearchQuery => ({
    ...common,
    ...filterParam(buildFilter(query.filters, query.types, { omit: field })),
    limit: 0,
    facets: [FACET_ATTRIBUTES[field]],
  }));
  return { request: { queries: [main, ...facetQueries] }, disjunctiveFacets, scored, allWords };
}

function filterParam(filter: MeiliFilter): { filter?: MeiliFilter } {
  return filter.length ? { filter } : {};
}

/**
 * Reads the answer of buildMultiSearch's request. The total is Meilisearch's count of matches: exact here (the
 * index has no distinct attribute, so the candidates are the whole matching set), capped at maxTotalHits.
 */
export function toSearchPage(plan: MultiSearchPlan, response: MultiSearchResponse<MeiliHit>): SearchPage {
  const [main, ...facetResults] = response.results;
  if (!main || facetResults.length !== plan.disjunctiveFacets.length) {
    throw new Error(
      `Meilisearch answered ${response.results.length} results to ${plan.request.queries.length} queries`,
    );
  }
  const resultCounting = (field: FacetField): MultiSearchResult<MeiliHit> => {
    const position = plan.disjunctiveFacets.indexOf(field);
    return position < 0 ? main : facetResults[position];
  };
  return {
    total: main.totalHits ?? main.estimatedTotalHits ?? 0,
    hits: main.hits.map((hit) => ({
      type: hit.type,
      id: hit.id,
      score: plan.scored ? (hit._rankingScore ?? null) : null,
      highlights: toHighlights(hit._formatted),
    })),
    facets: FACET_FIELDS.map((field) => ({
      field,
      values: facetCounts(resultCounting(field).facetDistribution?.[FACET_ATTRIBUTES[field]]),
    })),
    matchedAllWords: plan.allWords,
  };
}

/** Most frequent first, then by value, so equal counts list in a stable order. */
export function facetCounts(distribution: Readonly<Record<string, number>> | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

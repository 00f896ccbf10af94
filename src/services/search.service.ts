import { performance } from 'node:perf_hooks';
import { type CourtLevel } from '../entities/enums';
import { logger } from '../logger';
import { decodeCursor, encodeCursor, pageSize } from '../schema/pagination';
import {
  type FacetField,
  type OrderedPage,
  type OrderedQuery,
  type RecordType,
  type SearchFilters,
  type SearchHitRef,
  type SearchIndex,
  type SearchQuery,
  type SearchSort,
  SearchUnavailableError,
} from '../search/search-index';
import { cleanText } from '../../ingest/normalize/text';
import { MAX_TERMS } from '../search/query-text';
import { type SearchVocabulary } from '../search/vocabulary';
import { badInput, DomainError, DomainErrorCode } from './errors';
import { type ReferenceService } from './reference.service';

/** What callers send (the GraphQL SearchInput, before validation). */
export interface SearchRequest {
  text?: string | null;
  filters?: {
    countries?: string[] | null;
    regions?: string[] | null;
    crimeTypes?: string[] | null;
    articles?: string[] | null;
    keywords?: string[] | null;
    courtLevels?: CourtLevel[] | null;
    yearFrom?: number | null;
    yearTo?: number | null;
  } | null;
  types?: RecordType[] | null;
  sort?: SearchSort | null;
  first?: number | null;
  after?: string | null;
}

export interface SearchResponse {
  total: number;
  tookMs: number;
  hits: (SearchHitRef & { cursor: string })[];
  facets: { field: FacetField; values: { value: string; label: string; count: number }[] }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** False when no record holds every word and the hits hold the most words (best first). */
  matchedAllWords: boolean;
  /** The text with its unknown words corrected from the catalogue's vocabulary ("did you mean"), or null. */
  suggestion: string | null;
}

/** The name each part of a search goes by in error messages. */
export interface SearchFieldNames {
  text: string;
  countries: string;
  regions: string;
  crimeTypes: string;
  articles: string;
  keywords: string;
  yearFrom: string;
  yearTo: string;
}

/** The names of a SearchInput's fields under `at`, where it sits in the caller's arguments ('input'). */
function fieldNames(at: string): SearchFieldNames {
  return {
    text: `${at}.text`,
    countries: `${at}.filters.countries`,
    regions: `${at}.filters.regions`,
    crimeTypes: `${at}.filters.crimeTypes`,
    articles: `${at}.filters.articles`,
    keywords: `${at}.filters.keywords`,
    yearFrom: `${at}.filters.yearFrom`,
    yearTo: `${at}.filters.yearTo`,
  };
}

export const MAX_TEXT_LENGTH = 1000;
/** Deepest hit a page may start at: search is for finding, lists are for walking a whole catalogue. */
export const MAX_OFFSET = 10_000;
const YEARS = { min: 1700, max: 2200 };

const COURT_LEVEL_LABELS: Record<string, string> = {
  FIRST_INSTANCE: 'First instance',
  APPELLATE: 'Appellate',
  SUPREME: 'Supreme or constitutional court',
  OTHER: 'Other',
};

/**
 * The one search of the portal: validates the request into a typed query (so no engine ever
 * sees raw filter text), asks the configured engine, and labels the facets. When the engine is unavailable it
 * answers SEARCH_UNAVAILABLE at once, or asks PostgreSQL when a fallback is configured.
 */
export class SearchService {
  constructor(
    private readonly reference: ReferenceService,
    private readonly engine: SearchIndex,
    private readonly fallback: SearchIndex | null = null,
    private readonly vocabulary: SearchVocabulary | null = null,
  ) {}

  get engineName(): string {
    return this.engine.engine;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const started = performance.now();
    const query = await this.validate(request);
    const [page, suggestion] = await Promise.all([
      this.ask((engine) => engine.search(query)),
      query.text && this.vocabulary ? this.vocabulary.suggest(query.text) : null,
    ]);
    const labels = await this.facetLabels();
    const hits = page.hits.map((hit, i) => ({ ...hit, cursor: encodeCursor('search', [query.offset + i + 1]) }));
    return {
      total: page.total,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      hits,
      facets: page.facets.map(({ field, values }) => ({
        field,
        values: values.map(({ value, count }) => ({ value, count, label: labels(field, value) })),
      })),
      pageInfo: {
        hasNextPage: query.offset + page.hits.length < page.total,
        hasPreviousPage: query.offset > 0,
        startCursor: hits[0]?.cursor ?? null,
        endCursor: hits[hits.length - 1]?.cursor ?? null,
      },
      matchedAllWords: page.matchedAllWords,
      suggestion,
    };
  }

  private async ask<T>(question: (engine: SearchIndex) => Promise<T>): Promise<T> {
    try {
      return await question(this.engine);
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      if (this.fallback) {
        logger.warn({ engine: this.engine.engine }, 'search engine unavailable: answering from PostgreSQL');
        return question(this.fallback);
      }
      throw new DomainError(
        DomainErrorCode.SEARCH_UNAVAILABLE,
        'Search is temporarily unavailable; records can still be browsed with the cases and laws queries',
      );
    }
  }

  /**
   * Checks a search for an export (`fields` names the parameters in errors) and gives the query to walk with
   * `walk`, pages of `pageSize` hits.
   */
  async orderedQuery(request: SearchRequest, pageSize: number, fields: SearchFieldNames): Promise<OrderedQuery> {
    return { ...(await this.criteria(request, fields)), limit: pageSize };
  }

  /**
   * The hits of a checked query in the search's order, page after page, up to `max` hits: the same records in
   * the same order as `search` pages through, without its depth limit. Only published records have search
   * documents, so only they are walked.
   */
  async *walk(query: OrderedQuery, max: number): AsyncGenerator<{ type: RecordType; id: string }[]> {
    let after: string | null = null;
    let given = 0;
    // The engine that answers the first page answers them all: each engine's cursors are its own.
    let engine: SearchIndex | null = null;
    do {
      let page: OrderedPage;
      if (engine === null) {
        const first = await this.ask(async (candidate) => ({ candidate, page: await candidate.orderedHits(query, null) }));
        engine = first.candidate;
        page = first.page;
      } else {
        page = await engine.orderedHits(query, after);
      }
      const hits = page.hits.slice(0, max - given);
      given += hits.length;
      if (hits.length) yield hits;
      after = page.next;
    } while (after !== null && given < max);
  }

  private async criteria(request: SearchRequest, names: SearchFieldNames): Promise<Omit<SearchQuery, 'limit' | 'offset'>> {
    const text = cleanSearchText(request.text, names.text);
    const f = request.filters ?? {};
    const ref = this.reference;
    const year = (field: string, value: number | null | undefined) => {
      if (value === null || value === undefined) return null;
      if (!Number.isInteger(value) || value < YEARS.min || value > YEARS.max) {
        throw badInput(field, value, `use a year from ${YEARS.min} to ${YEARS.max}`);
      }
      return value;
    };
    const filters: SearchFilters = {
      countries: (await ref.countryCodes(names.countries, f.countries)) ?? [],
      regions: (await ref.regionNames(names.regions, f.regions)) ?? [],
      crimeTypes: (await ref.crimeTypeCodes(names.crimeTypes, f.crimeTypes)) ?? [],
      articles: (await ref.articleIds(names.articles, f.articles)) ?? [],
      keywords: (await ref.keywordLabels(names.keywords, f.keywords)) ?? [],
      courtLevels: [...new Set(f.courtLevels ?? [])],
      yearFrom: year(names.yearFrom, f.yearFrom),
      yearTo: year(names.yearTo, f.yearTo),
    };
    if (filters.yearFrom !== null && filters.yearTo !== null && filters.yearFrom > filters.yearTo) {
      throw badInput(names.yearTo, filters.yearTo, `use a year not before ${names.yearFrom.split('.').pop()} (${filters.yearFrom})`);
    }
    for (const key of ['countries', 'regions', 'crimeTypes', 'articles', 'keywords'] as const) {
      filters[key] = [...new Set(filters[key])];
    }
    const types: RecordType[] = request.types?.length ? [...new Set(request.types)] : ['CASE', 'LAW', 'PUBLICATION'];
    // Nothing to rank without text: the newest records come first.
    const requested = request.sort ?? 'RELEVANCE';
    const sort: SearchSort = requested === 'RELEVANCE' && !text ? 'DATE_DESC' : requested;
    return { text, filters, types, sort };
  }

  /**
   * The request checked and typed as the engines take it; errors name fields under `at` (where the SearchInput
   * sits in the caller's arguments). Saved searches are checked with it when saved and compiled with it when matched.
   */
  async validate(request: SearchRequest, at = 'input'): Promise<SearchQuery> {
    const criteria = await this.criteria(request, fieldNames(at));
    const limit = pageSize(request.first, `${at}.first`);
    let offset = 0;
    if (request.after !== null && request.after !== undefined) {
      const [position] = decodeCursor(request.after, 'search', ['int'], `${at}.after`);
      if (position < 0 || position > MAX_OFFSET) {
        throw badInput(`${at}.after`, request.after, 'use a cursor returned by search');
      }
      offset = position;
    }
    if (offset + limit > MAX_OFFSET + 100) {
      throw badInput(`${at}.after`, request.after, `search pages go ${MAX_OFFSET} hits deep; narrow the search with filters`);
    }
    return { ...criteria, limit, offset };
  }

  private async facetLabels(): Promise<(field: FacetField, value: string) => string> {
    const { countries, articles, crimeTypes } = await this.reference.labels();
    return (field, value) => {
      switch (field) {
        case 'country':
          return countries.get(value) ?? value;
        case 'crimeType':
          return crimeTypes.get(value) ?? value;
        case 'article': {
          const title = articles.get(value);
          return title ? `${value} ${title}` : value;
        }
        case 'courtLevel':
          return COURT_LEVEL_LABELS[value] ?? value;
        default:
          return value;
      }
    };
  }
}

/** The shared text clean-up of ingest (NFC, control and invisible characters, whitespace); null when empty. */
function cleanSearchText(text: string | null | undefined, field: string): string | null {
  if (text === null || text === undefined) return null;
  if (text.length > MAX_TEXT_LENGTH) {
    throw badInput(field, text, `use at most ${MAX_TEXT_LENGTH} characters`);
  }
  const cleaned = cleanText(text);
  if ((cleaned.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_TERMS) {
    throw badInput(field, text, `use at most ${MAX_TERMS} words`);
  }
  if (!cleaned) return null;
  // A trailing space matters: the last word is complete, not a prefix still being typed.
  return /\s$/.test(text) ? `${cleaned} ` : cleaned;
}

import { type CourtLevel } from '../entities/enums';

/**
 * The search port. Everything above it (service, resolver, CLI) is engine-agnostic; the PostgreSQL and
 * Meilisearch adapters implement it. Queries arrive already validated and typed: an adapter never sees raw
 * user filter text, only codes checked against the vocabularies.
 */
export interface SearchIndex {
  readonly engine: 'postgres' | 'meilisearch';
  /** Applies engine settings (idempotent); called at start-up and before a reindex. */
  prepare(): Promise<void>;
  /** Writes or replaces documents (by `key`). */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by key; unknown keys are ignored. */
  remove(keys: string[]): Promise<void>;
  /** Removes every document (start of a full reindex). */
  clear(): Promise<void>;
  search(query: SearchQuery): Promise<SearchPage>;
  /**
   * The hits of a query in its order, a page of `query.limit` at a time, without highlights or facets: what an
   * export walks. `after` is the `next` of the previous page (null for the first); `next` is null after the last.
   */
  orderedHits(query: OrderedQuery, after: string | null): Promise<OrderedPage>;
  /** True when the engine answers (cheap; used by the indexer to know when to resume). */
  isAvailable(): Promise<boolean>;
}

export type RecordType = 'CASE' | 'LAW' | 'PUBLICATION';
export type SearchSort = 'RELEVANCE' | 'DATE_DESC' | 'DATE_ASC' | 'TITLE' | 'MOST_CITED';
export const FACET_FIELDS = ['country', 'region', 'crimeType', 'article', 'keyword', 'courtLevel', 'year'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * One searchable record, denormalized. Built from the `search_documents` table, which
 * PostgreSQL keeps in the same transaction as the write; only published records have a document.
 */
export interface SearchDocument {
  /** `case-<uuid>`, `law-<uuid>` or `publication-<uuid>`: unique across record types. */
  key: string;
  type: RecordType;
  id: string;
  reference: string;
  title: string;
  summary: string | null;
  /** Searchable extra text: court, legal reasoning, provisions (laws). */
  body: string | null;
  /** The record's country; null for a publication that does not concern exactly one. */
  countryCode: string | null;
  /** Its name (a publication: the names of all its countries). */
  countryName: string | null;
  region: string | null;
  /** Every country the record concerns (one for a case or a law): what the country filter and facet read. */
  countries: string[];
  /** Their UN M49 regions: what the region filter and facet read. */
  regions: string[];
  crimeTypes: string[];
  /** Labels of the crime types, searchable. */
  crimeTypeLabels: string[];
  articles: string[];
  /** "TIP-5 Criminalization of trafficking in persons", searchable. */
  articleLabels: string[];
  /** Keyword labels of the vocabulary (facet values, stable across databases), also searchable. */
  keywords: string[];
  keywordLabels: string[];
  courtLevel: CourtLevel | null;
  year: number | null;
  /** ISO date of the latest ruling (case), enactment (law) or 1 January of the year (publication); sorts by date. */
  date: string | null;
  /** Milliseconds since epoch of `date` (sortable in engines without a date type), null when unknown. */
  dateValue: number | null;
  language: string | null;
  /** Published cases citing this case (0 for laws and publications): the "most cited" order. */
  citedByCount: number;
}

export interface SearchFilters {
  countries: string[];
  regions: string[];
  crimeTypes: string[];
  articles: string[];
  keywords: string[];
  courtLevels: CourtLevel[];
  yearFrom: number | null;
  yearTo: number | null;
}

/** A validated query. Values inside lists are OR-ed; different filters are AND-ed. */
export interface SearchQuery {
  /** Free text, trimmed and stripped of control characters; null or '' lists everything. */
  text: string | null;
  filters: SearchFilters;
  /** Record types to return; never empty (the service fills in both). */
  types: RecordType[];
  sort: SearchSort;
  /** Page size, 1..100. */
  limit: number;
  /** Number of hits to skip (decoded from the cursor above the port). */
  offset: number;
}

/** A query walked in order from its first hit: no offset (pages follow `OrderedPage.next`). */
export type OrderedQuery = Omit<SearchQuery, 'offset'>;

export interface OrderedPage {
  hits: { type: RecordType; id: string }[];
  /** Where the next page starts (opaque, the adapter's own), or null when this page is the last. */
  next: string | null;
  /** As `SearchPage.matchedAllWords`. */
  matchedAllWords: boolean;
}

export interface SearchHitRef {
  type: RecordType;
  id: string;
  /** Engine relevance score, higher is better; null when sorting is not by relevance. */
  score: number | null;
  /** Snippets: matched terms in <mark>…</mark>, everything else HTML-escaped. */
  highlights: { field: string; snippet: string }[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchPage {
  /** Number of records matching text and all filters. */
  total: number;
  hits: SearchHitRef[];
  /** Disjunctive counts: each field honours every active filter except its own. */
  facets: { field: FacetField; values: FacetCount[] }[];
  /**
   * False when no record holds every word of the text and the hits are the records holding the most words
   * (best first); true otherwise, and without text.
   */
  matchedAllWords: boolean;
}

/** Thrown by an adapter whose engine cannot be reached or timed out. */
export class SearchUnavailableError extends Error {
  constructor(
    readonly engine: string,
    cause?: unknown,
  ) {
    super(`The ${engine} search engine is unavailable`, { cause });
  }
}

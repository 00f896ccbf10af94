import { CourtLevel } from '../../../src/entities/enums';
import { type SearchDocument, type SearchFilters, type SearchQuery } from '../../../src/search/search-index';

export function searchDocument(overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    key: 'case-4b1c0d4e-1111-4c4c-9a9a-000000000001',
    type: 'CASE',
    id: '4b1c0d4e-1111-4c4c-9a9a-000000000001',
    reference: 'USA-2014-0314',
    title: 'United States v. Tran',
    summary: 'The defendant recruited workers by deception.',
    body: 'United States District Court for the District of Minnesota',
    countryCode: 'USA',
    countryName: 'United States of America',
    region: 'Americas',
    countries: ['USA'],
    regions: ['Americas'],
    crimeTypes: ['trafficking-in-persons'],
    crimeTypeLabels: ['Trafficking in persons'],
    articles: ['TIP-3', 'TIP-5'],
    articleLabels: ['TIP-3 Use of terms', 'TIP-5 Criminalization'],
    keywords: ['12'],
    keywordLabels: ['Deception'],
    courtLevel: CourtLevel.FIRST_INSTANCE,
    year: 2014,
    date: '2014-03-26',
    dateValue: Date.UTC(2014, 2, 26),
    language: 'en',
    citedByCount: 0,
    ...overrides,
  };
}

export function noFilters(overrides: Partial<SearchFilters> = {}): SearchFilters {
  return {
    countries: [],
    regions: [],
    crimeTypes: [],
    articles: [],
    keywords: [],
    courtLevels: [],
    yearFrom: null,
    yearTo: null,
    ...overrides,
  };
}

export function searchQuery(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return {
    text: 'trafficking',
    filters: noFilters(),
    types: ['CASE', 'LAW'],
    sort: 'RELEVANCE',
    limit: 20,
    offset: 0,
    ...overrides,
  };
}

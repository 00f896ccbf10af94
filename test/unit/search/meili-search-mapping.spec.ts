import type { MultiSearchResponse, MultiSearchResult } from 'meilisearch';
import { CourtLevel } from '../../../src/entities/enums';
import { FACET_FIELDS } from '../../../src/search/search-index';
import { highlightParams } from '../../../src/search/meili/highlights';
import { buildMultiSearch, facetCounts, type MeiliHit, toSearchPage } from '../../../src/search/meili/search-mapping';
import { noFilters, searchQuery } from './meili-fixtures';

const ALL_FACETS = ['countryCode', 'region', 'crimeTypes', 'articles', 'keywords', 'courtLevel', 'year'];
const TYPES = ['type = "CASE"', 'type = "LAW"'];

function result(overrides: Partial<MultiSearchResult<MeiliHit>> = {}): MultiSearchResult<MeiliHit> {
  return { indexUid: 'records', hits: [], processingTimeMs: 1, query: '', ...overrides };
}

describe('buildMultiSearch', () => {
  it('sends one query when no facet is filtered: text, filter, page, facets, highlights, score', () => {
    const plan = buildMultiSearch('records', searchQuery({ text: 'people smuggling', limit: 10, offset: 30 }));
    expect(plan.disjunctiveFacets).toEqual([]);
    expect(plan.scored).toBe(true);
    expect(plan.request).toEqual({
      queries: [
        {
          indexUid: 'records',
          q: 'people smuggling',
          matchingStrategy: 'all',
          filter: [TYPES],
          offset: 30,
          limit: 10,
          attributesToRetrieve: ['type', 'id'],
          facets: ALL_FACETS,
          showRankingScore: true,
          ...highlightParams(),
        },
      ],
    });
  });

  it('lists everything for an empty text, without highlights', () => {
    const [main] = buildMultiSearch('records', searchQuery({ text: null, sort: 'DATE_DESC' })).request.queries;
    expect(main.q).toBe('');
    expect(main).not.toHaveProperty('attributesToHighlight');
    expect(main).not.toHaveProperty('attributesToCrop');
  });

  it.each([
    ['RELEVANCE', undefined, true],
    ['DATE_DESC', ['dateValue:desc', 'titleSort:asc'], false],
    ['DATE_ASC', ['dateValue:asc', 'titleSort:asc'], false],
    ['TITLE', ['titleSort:asc', 'dateValue:desc'], false],
    ['MOST_CITED', ['citedByCount:desc', 'dateValue:desc', 'titleSort:asc'], false],
  ] as const)('sorts %s by %j', (sort, expected, scored) => {
    const plan = buildMultiSearch('records', searchQuery({ sort }));
    expect(plan.request.queries[0].sort).toEqual(expected);
    expect(plan.scored).toBe(scored);
    expect(plan.request.queries[0].showRankingScore).toBe(scored ? true : undefined);
  });

  it('adds one query per filtered facet, counting it under every other filter only', () => {
    const filters = noFilters({ countries: ['ITA', 'NGA'], courtLevels: [CourtLevel.SUPREME], yearFrom: 2010 });
    const plan = buildMultiSearch('records', searchQuery({ text: 'fraud', filters, types: ['CASE'] }));
    expect(plan.disjunctiveFacets).toEqual(['country', 'courtLevel', 'year']);
    const [main, country, courtLevel, year] = plan.request.queries;
    expect(plan.request.queries).toHaveLength(4);
    expect(main.filter).toEqual([
      ['type = "CASE"'],
      ['countryCode = "ITA"', 'countryCode = "NGA"'],
      ['courtLevel = "SUPREME"'],
      ['year >= 2010'],
    ]);
    expect(main.facets).toEqual(['region', 'crimeTypes', 'articles', 'keywords']);
    const common = { indexUid: 'records', q: 'fraud', matchingStrategy: 'all', limit: 0 };
    expect(country).toEqual({
      ...common,
      filter: [['type = "CASE"'], ['courtLevel = "SUPREME"'], ['year >= 2010']],
      facets: ['countryCode'],
    });
    expect(courtLevel).toEqual({
      ...common,
      filter: [['type = "CASE"'], ['countryCode = "ITA"', 'countryCode = "NGA"'], ['year >= 2010']],
      facets: ['courtLevel'],
    });
    expect(year).toEqual({
      ...common,
      filter: [['type = "CASE"'], ['countryCode = "ITA"', 'countryCode = "NGA"'], ['courtLevel = "SUPREME"']],
      facets: ['year'],
    });
  });

  it('asks the main query for no facet when every facet is filtered', () => {
    const filters = noFilters({
      countries: ['ITA'],
      regions: ['Europe'],
      crimeTypes: ['fraud'],
      articles: ['UNTOC-5'],
      keywords: ['3'],
      courtLevels: [CourtLevel.OTHER],
      yearTo: 2001,
    });
    const plan = buildMultiSearch('records', searchQuery({ filters }));
    expect(plan.request.queries[0]).not.toHaveProperty('facets');
    expect(plan.disjunctiveFacets).toEqual([...FACET_FIELDS]);
  });

  it('sends no filter when there is nothing to filter on', () => {
    const [main] = buildMultiSearch('records', searchQuery({ types: [] })).request.queries;
    expect(main).not.toHaveProperty('filter');
  });
});

describe('the fallback when no record holds every word', () => {
  it('asks with `frequency` (Meilisearch drops the most frequent words first) and says not every word matched', () => {
    const plan = buildMultiSearch('records', searchQuery({ text: 'kidnapping zzyzx', filters: noFilters({ countries: ['MEX'] }) }), { allWords: false });
    expect(plan.allWords).toBe(false);
    for (const query of plan.request.queries) expect(query.matchingStrategy).toBe('frequency');
    const page = toSearchPage(plan, { results: plan.request.queries.map(() => result({ estimatedTotalHits: 1, hits: [{ type: 'CASE', id: 'c1' }] })) });
    expect(page.matchedAllWords).toBe(false);
  });

  it('requires every word by default and says so', () => {
    const plan = buildMultiSearch('records', searchQuery({ text: 'kidnapping ransom' }));
    expect(plan.request.queries[0].matchingStrategy).toBe('all');
    expect(toSearchPage(plan, { results: [result({ estimatedTotalHits: 0 })] }).matchedAllWords).toBe(true);
  });
});

describe('toSearchPage', () => {
  it('reads total, hits with score and highlights, and every facet in port order', () => {
    const plan = buildMultiSearch('records', searchQuery({ text: 'tran' }));
    const { highlightPreTag: start, highlightPostTag: end } = highlightParams();
    const response: MultiSearchResponse<MeiliHit> = {
      results: [
        result({
          estimatedTotalHits: 42,
          hits: [
            {
              type: 'CASE',
              id: 'c1',
              _rankingScore: 0.93,
              _formatted: { type: 'CASE', id: 'c1', title: `US v. ${start}Tran${end} <i>` } as Partial<MeiliHit>,
            },
            { type: 'LAW', id: 'l1', _rankingScore: 0.5 },
          ],
          facetDistribution: {
            countryCode: { ITA: 3, NGA: 7, AUT: 3 },
            year: { '2014': 2, '2015': 2 },
            courtLevel: {},
          },
        }),
      ],
    };
    const page = toSearchPage(plan, response);
    expect(page.total).toBe(42);
    expect(page.hits).toEqual([
      {
        type: 'CASE',
        id: 'c1',
        score: 0.93,
        highlights: [{ field: 'title', snippet: 'US v. <mark>Tran</mark> &lt;i&gt;' }],
      },
      { type: 'LAW', id: 'l1', score: 0.5, highlights: [] },
    ]);
    expect(page.facets).toEqual([
      {
        field: 'country',
        values: [
          { value: 'NGA', count: 7 },
          { value: 'AUT', count: 3 },
          { value: 'ITA', count: 3 },
        ],
      },
      { field: 'region', values: [] },
      { field: 'crimeType', values: [] },
      { field: 'article', values: [] },
      { field: 'keyword', values: [] },
      { field: 'courtLevel', values: [] },
      {
        field: 'year',
        values: [
          { value: '2014', count: 2 },
          { value: '2015', count: 2 },
        ],
      },
    ]);
  });

  it('prefers the exhaustive totalHits when Meilisearch gives it', () => {
    const plan = buildMultiSearch('records', searchQuery());
    expect(toSearchPage(plan, { results: [result({ totalHits: 7, estimatedTotalHits: 9 })] }).total).toBe(7);
    expect(toSearchPage(plan, { results: [result()] }).total).toBe(0);
  });

  it('gives no score when the order is not relevance', () => {
    const plan = buildMultiSearch('records', searchQuery({ sort: 'DATE_DESC' }));
    const page = toSearchPage(plan, {
      results: [result({ hits: [{ type: 'CASE', id: 'c1', _rankingScore: 1 }] })],
    });
    expect(page.hits[0].score).toBeNull();
  });

  it('takes the counts of a filtered facet from its own query', () => {
    const filters = noFilters({ countries: ['ITA'], articles: ['TIP-5'] });
    const plan = buildMultiSearch('records', searchQuery({ filters }));
    const page = toSearchPage(plan, {
      results: [
        result({
          estimatedTotalHits: 3,
          // The main query's own counts for a filtered facet would only show the chosen value: never used.
          facetDistribution: { region: { Europe: 3 }, countryCode: { ITA: 3 }, articles: { 'TIP-5': 3 } },
        }),
        result({ facetDistribution: { countryCode: { ITA: 3, NGA: 5 } } }),
        result({ facetDistribution: { articles: { 'TIP-5': 3, 'TIP-3': 1 } } }),
      ],
    });
    const facet = (field: string) => page.facets.find((f) => f.field === field)?.values;
    expect(page.total).toBe(3);
    expect(facet('country')).toEqual([
      { value: 'NGA', count: 5 },
      { value: 'ITA', count: 3 },
    ]);
    expect(facet('article')).toEqual([
      { value: 'TIP-5', count: 3 },
      { value: 'TIP-3', count: 1 },
    ]);
    expect(facet('region')).toEqual([{ value: 'Europe', count: 3 }]);
    expect(page.facets.map((f) => f.field)).toEqual([...FACET_FIELDS]);
  });

  it('refuses an answer that does not match the request', () => {
    const plan = buildMultiSearch('records', searchQuery({ filters: noFilters({ countries: ['ITA'] }) }));
    expect(() => toSearchPage(plan, { results: [result()] })).toThrow('Meilisearch answered 1 results to 2 queries');
  });
});

describe('facetCounts', () => {
  it('orders by count, most first, then by value', () => {
    expect(facetCounts({ b: 1, a: 1, c: 5, B: 1 })).toEqual([
      { value: 'c', count: 5 },
      { value: 'B', count: 1 },
      { value: 'a', count: 1 },
      { value: 'b', count: 1 },
    ]);
    expect(facetCounts(undefined)).toEqual([]);
  });
});

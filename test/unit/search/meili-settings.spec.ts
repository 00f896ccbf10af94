import { FACET_FIELDS } from '../../../src/search/search-index';
import { synonymGroups } from '../../../src/search/synonyms';
import { FACET_ATTRIBUTES } from '../../../src/search/meili/fields';
import { indexSettings, MAX_VALUES_PER_FACET, synonymMap } from '../../../src/search/meili/settings';
import { jurisdictions, instruments } from '../../../fixtures/reference';
import { toMeiliDocument } from '../../../src/search/meili/documents';
import { searchDocument } from './meili-fixtures';

describe('indexSettings', () => {
  const settings = indexSettings();

  it('searches the attributes in ranking order', () => {
    expect(settings.searchableAttributes).toEqual([
      'title',
      'reference',
      'crimeTypeLabels',
      'articleLabels',
      'keywordLabels',
      'articles',
      'countryName',
      'summary',
      'body',
    ]);
  });

  it('filters on the record type and every facet attribute', () => {
    expect(settings.filterableAttributes).toEqual([
      'type',
      'countryCode',
      'region',
      'crimeTypes',
      'articles',
      'keywords',
      'courtLevel',
      'year',
    ]);
    for (const field of FACET_FIELDS) expect(settings.filterableAttributes).toContain(FACET_ATTRIBUTES[field]);
  });

  it('sorts by date, by title and by the number of citing cases', () => {
    expect(settings.sortableAttributes).toEqual(['dateValue', 'titleSort', 'citedByCount']);
  });

  it('ranks an explicit sort first, relevance by the rules of PostgreSQL search, ties by recency then reference', () => {
    expect(settings.rankingRules).toEqual([
      'sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'recency:desc', 'reference:asc',
    ]);
  });

  it('breaks ties on attributes every document holds: a number for recency (undated lowest), the reference', () => {
    const dated = toMeiliDocument(searchDocument({ date: '2019-05-05', dateValue: Date.parse('2019-05-05T00:00:00Z') }));
    const older = toMeiliDocument(searchDocument({ date: '1998-07-25', dateValue: Date.parse('1998-07-25T00:00:00Z') }));
    const undated = toMeiliDocument(searchDocument({ date: null, dateValue: null }));
    expect(dated.recency).toBeGreaterThan(older.recency);
    expect(older.recency).toBeGreaterThan(undated.recency);
    expect(typeof undated.recency).toBe('number');
    expect(typeof undated.reference).toBe('string');
    for (const rule of settings.rankingRules!.filter((r) => r.includes(':'))) {
      expect(Object.keys(undated)).toContain(rule.split(':')[0]);
    }
  });

  it('counts every value of the largest facets', () => {
    const articleCount = instruments().reduce((sum, instrument) => sum + instrument.articles.length, 0);
    expect(MAX_VALUES_PER_FACET).toBeGreaterThanOrEqual(jurisdictions().length);
    expect(MAX_VALUES_PER_FACET).toBeGreaterThanOrEqual(articleCount);
    expect(settings.faceting).toEqual({ maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } });
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(10_000);
  });

  it('tolerates typos in words but not in identifiers', () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      disableOnAttributes: ['articles', 'reference'],
      disableOnWords: ['untoc', 'tip', 'som'],
      disableOnNumbers: true,
    });
  });

  it('declares the legal synonyms of the shared groups', () => {
    const synonyms = settings.synonyms ?? {};
    expect(synonyms['people smuggling']).toContain('smuggling of migrants');
    expect(synonyms['smuggling of migrants']).toContain('people smuggling');
    expect(synonyms['human trafficking']).toContain('trafficking in persons');
    expect(synonyms['trafficking in persons']).toContain('human trafficking');
    expect(synonyms.organised).toEqual(['organized']);
  });

  it('is the same on every call (prepare() is idempotent)', () => {
    expect(indexSettings()).toEqual(settings);
  });
});

describe('synonymMap', () => {
  it('maps every term of a group to all the others, never to itself', () => {
    expect(synonymMap([['a', 'b', 'c']])).toEqual({ a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] });
  });

  it('merges the groups a term belongs to, without duplicates', () => {
    expect(
      synonymMap([
        ['organized crime', 'mafia'],
        ['organized crime', 'criminal organization', 'mafia'],
      ]),
    ).toEqual({
      'organized crime': ['mafia', 'criminal organization'],
      mafia: ['organized crime', 'criminal organization'],
      'criminal organization': ['organized crime', 'mafia'],
    });
  });

  it('is symmetric for the shared groups and stays within Meilisearch limits', () => {
    const synonyms = synonymMap(synonymGroups());
    for (const [term, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(term);
      expect(new Set(others).size).toBe(others.length);
      expect(others.length).toBeLessThanOrEqual(50);
      for (const other of others) expect(synonyms[other]).toContain(term);
    }
  });
});

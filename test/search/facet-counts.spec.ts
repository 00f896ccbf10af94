import { refreshSearchDocuments } from '../../src/search/documents';
import { PostgresSearchIndex } from '../../src/search/postgres-search';
import { type SearchQuery } from '../../src/search/search-index';
import { openSearchFixture, type SearchFixture } from './contract';

/**
 * Searches without text count their facets from search_facet_counts (kept by triggers); the answers must be the
 * ones counted from the documents themselves, before and after documents are added, removed and changed.
 */
let f: SearchFixture;
let fromTable: PostgresSearchIndex;
let fromDocuments: PostgresSearchIndex;

beforeAll(async () => {
  f = await openSearchFixture((dataSource) => new PostgresSearchIndex(dataSource));
  fromTable = new PostgresSearchIndex(f.dataSource, { cacheSize: 0 });
  fromDocuments = new PostgresSearchIndex(f.dataSource, { cacheSize: 0, facetTable: false });
});
afterAll(async () => {
  await f?.dataSource.destroy();
});

const query = (overrides: Partial<SearchQuery> & { countries?: string[]; regions?: string[] }): SearchQuery => ({
  text: null,
  filters: {
    countries: overrides.countries ?? [], regions: overrides.regions ?? [], crimeTypes: [], articles: [], keywords: [],
    courtLevels: [], yearFrom: null, yearTo: null,
  },
  types: overrides.types ?? ['CASE', 'LAW'],
  sort: overrides.sort ?? 'DATE_DESC',
  limit: overrides.limit ?? 20,
  offset: overrides.offset ?? 0,
});

const QUERIES: SearchQuery[] = [
  query({}),
  query({ countries: ['ITA'] }),
  query({ countries: ['ITA', 'NGA'], regions: ['Africa'] }),
  query({ regions: ['Europe', 'Asia'], sort: 'TITLE' }),
  query({ types: ['CASE'], sort: 'DATE_ASC', offset: 5, limit: 7 }),
  query({ types: ['LAW'], countries: ['GBR', 'MEX'] }),
  query({ countries: ['AUT'] }), // nothing at all
];

async function expectSameAnswers() {
  for (const q of QUERIES) {
    const [a, b] = [await fromTable.search(q), await fromDocuments.search(q)];
    expect([q, a]).toEqual([q, b]);
  }
}

test('the facet table answers as counting the documents does', async () => {
  const landing = await fromTable.search(QUERIES[0]);
  expect(landing.total).toBeGreaterThan(40);
  expect(landing.facets.find((x) => x.field === 'keyword')!.values.length).toBeGreaterThan(10);
  await expectSameAnswers();
});

test('and keeps doing so when documents are removed, changed and added back', async () => {
  const [{ id }] = await f.dataSource.query(`SELECT id FROM cases WHERE reference = 'ITA-2018-310'`);
  await f.dataSource.transaction(async (tx) => {
    await tx.query(`UPDATE cases SET status = 'WITHDRAWN' WHERE id = $1`, [id]);
    await refreshSearchDocuments(tx, 'CASE', [id]);
  });
  await expectSameAnswers();
  await f.dataSource.query(`UPDATE search_documents SET country_code = 'NGA', region = 'Africa', year = 1999 WHERE reference = 'DEU-2016-041'`);
  await expectSameAnswers();
  await f.dataSource.transaction(async (tx) => {
    await tx.query(`UPDATE cases SET status = 'PUBLISHED' WHERE id = $1`, [id]);
    await refreshSearchDocuments(tx, 'CASE', [id]);
  });
  await expectSameAnswers();
  const rows: { n: number }[] = await f.dataSource.query(`SELECT n FROM search_facet_counts WHERE n < 0`);
  expect(rows).toEqual([]);
});

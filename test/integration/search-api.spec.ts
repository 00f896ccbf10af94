import { type DataSource } from 'typeorm';
import { readConfig } from '../../src/config';
import { createSearchEngines } from '../../src/search';
import { SEARCH_CASES, SEARCH_LAWS } from '../fixtures/search-catalogue';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

const SEARCH = `query Search($input: SearchInput!) {
  search(input: $input) {
    total tookMs
    pageInfo { hasNextPage endCursor }
    facets { field values { value label count } }
    hits {
      cursor score
      highlights { field snippet }
      record {
        __typename
        ... on Case { reference title jurisdiction { code name } articles { id title } }
        ... on Law { reference title jurisdiction { code } }
      }
    }
  }
}`;

let dataSource: DataSource;
let api: TestApi;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  await loadRecords(dataSource, 'law', SEARCH_LAWS);
  await loadRecords(dataSource, 'case', SEARCH_CASES);
  api = await createTestApi(dataSource);
});
afterAll(async () => {
  await api.stop();
  await dataSource.destroy();
});

test('hits resolve to full Case and Law records through the loaders, in a bounded number of statements', async () => {
  const result = await api.query(SEARCH, { input: { text: 'trafficking', first: 20 } });
  expect(result.errors).toBeUndefined();
  const { search } = result.data;
  expect(search.hits).toHaveLength(20);
  expect(search.hits.map((h: any) => h.record.__typename)).toEqual(expect.arrayContaining(['Case', 'Law']));
  const someCase = search.hits.find((h: any) => h.record.__typename === 'Case').record;
  expect(someCase.jurisdiction.code).toHaveLength(3);
  expect(someCase.articles.length).toBeGreaterThan(0);
  expect(search.tookMs).toBeGreaterThan(0);
  // cache version + lexicon + search + facet labels, then one statement per loader: not one per hit.
  expect(result.statements).toBeLessThanOrEqual(11);
});

test('article references and highlights on labels', async () => {
  const { data } = await api.query(SEARCH, { input: { text: 'article 18' } });
  const refs = data.search.hits.map((h: any) => h.record.reference);
  expect(refs.sort()).toEqual(['IND-2020-031', 'NLD-2020-017']);
  const fields = data.search.hits[0].highlights.map((h: any) => h.field);
  expect(fields).toContain('articleLabels');
});

test('bad input is BAD_USER_INPUT naming the field, never a 500', async () => {
  for (const [input, field] of [
    [{ text: 'x'.repeat(10_000) }, 'input.text'],
    [{ filters: { countries: ['Narnia'] } }, 'input.filters.countries'],
    [{ filters: { articles: ['UNTOC-999'] } }, 'input.filters.articles'],
    [{ filters: { keywords: ['Not a keyword'] } }, 'input.filters.keywords'],
    [{ first: -1 }, 'input.first'],
    [{ after: 'eyJmb28iOjF9' }, 'input.after'],
  ] as const) {
    const { errors } = await api.query(SEARCH, { input });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain(field);
  }
  const { errors } = await api.query(SEARCH, { input: { filters: { courtLevels: ['HIGHEST'] } } });
  expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('with Meilisearch unreachable, search answers SEARCH_UNAVAILABLE at once, or from PostgreSQL when configured', async () => {
  const env = { SEARCH_BACKEND: 'meilisearch', MEILI_URL: 'http://127.0.0.1:9', NODE_ENV: 'test' };
  const down = await createTestApi(dataSource, createSearchEngines(readConfig(env), dataSource));
  const started = Date.now();
  const { errors, data } = await down.query(SEARCH, { input: { text: 'cocoa' } });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(data).toBeNull();
  expect(errors?.[0].extensions?.code).toBe('SEARCH_UNAVAILABLE');
  await down.stop();

  const fallback = await createTestApi(dataSource, createSearchEngines(readConfig({ ...env, SEARCH_FALLBACK: 'postgres' }), dataSource));
  const answered = await fallback.query(SEARCH, { input: { text: 'cocoa' } });
  expect(answered.errors).toBeUndefined();
  expect(answered.data.search.hits[0].record.reference).toBe('CIV-2016-001');
  await fallback.stop();
});

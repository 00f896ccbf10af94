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
  // Another search first: the first one after the catalogue was loaded also builds the in-memory facet index.
  expect((await api.query(SEARCH, { input: { text: 'smuggling', first: 20 } })).errors).toBeUndefined();
  const result = await api.query(SEARCH, { input: { text: 'trafficking', first: 20 } });
  expect(result.errors).toBeUndefined();
  const { search } = result.data;
  expect(search.hits).toHaveLength(20);
  expect(search.hits.map((h: any) => h.record.__typename)).toEqual(expect.arrayContaining(['Case', 'Law']));
  const someCase = search.hits.find((h: any) => h.record.__typename === 'Case').record;
  expect(someCase.jurisdiction.code).toHaveLength(3);
  expect(someCase.articles.length).toBeGreaterThan(0);
  expect(search.tookMs).toBeGreaterThan(0);
  // cache version + lexicon + suggestion + page + matched ids + facet labels, then one statement per loader: not
  // one per hit.
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

describe('Case.similar: more like this', () => {
  const SIMILAR = `query Similar($reference: String!, $first: Int) {
    case(reference: $reference) { reference similar(first: $first) { reference } }
  }`;
  const similar = async (reference: string, first?: number) => {
    const result = await api.query(SIMILAR, { reference, first });
    expect(result.errors).toBeUndefined();
    return result.data.case.similar.map((c: { reference: string }) => c.reference) as string[];
  };

  test('ranks the cases sharing the most articles, crime types, keywords and words of the facts first', async () => {
    // Smuggling by sea, SOM-6, lives endangered or for profit: the Italian and Canadian boat cases share most.
    expect((await similar('TUR-2020-022', 2)).sort()).toEqual(['CAN-2015-010', 'ITA-2018-310']);
    // Brides sold abroad: the forced-marriage cases come before other trafficking cases.
    const brides = await similar('KHM-2016-009', 3);
    expect(brides.sort()).toEqual(['AUS-2019-021', 'FRA-2019-014', 'VNM-2018-005']);
  });

  test('never proposes the case itself, defaults to 5 and refuses more than 20', async () => {
    const five = await similar('PAK-2019-014');
    expect(five).toHaveLength(5);
    expect(five).not.toContain('PAK-2019-014');
    expect(await similar('PAK-2019-014', 0)).toEqual([]);
    const refused = await api.query(SIMILAR, { reference: 'PAK-2019-014', first: 21 });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('first');
  });

  test('a list of cases gets its similar cases in a fixed number of statements', async () => {
    const LIST = `query List($first: Int) { cases(first: $first) { edges { node { reference similar(first: 3) { reference title } } } } }`;
    const few = await api.query(LIST, { first: 3 });
    const many = await api.query(LIST, { first: 30 });
    expect(many.errors).toBeUndefined();
    expect(many.data.cases.edges.every((e: any) => e.node.similar.length === 3)).toBe(true);
    expect(many.statements).toBe(few.statements);
  });
});

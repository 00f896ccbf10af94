import { type DataSource } from 'typeorm';
import { ingestFile } from '../../ingest/ingest-file';
import { createTestApi, type GraphqlResult, type TestApi } from '../helpers/api';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

/** cooperationCases: the published cases whose cooperation used the Convention, by form, counterpart and article. */
let dataSource: DataSource;
let api: TestApi;

const rows = (records: unknown[]) => records.map((record, i) => ({ line: i + 1, record }));
const PUBLISHED = [
  { reference: 'COOP-1', title: 'Procura v. Ferraro', country: 'ITA', decisionDate: '2021-05-04',
    cooperation: [
      { type: 'extradition', counterpart: 'ALB', legalBasis: 'UNTOC-16' },
      { type: 'mutual-legal-assistance', counterpart: 'FRA', legalBasis: 'UNTOC-18' },
    ] },
  { reference: 'COOP-2', title: 'State v. Okafor', country: 'NGA', decisionDate: '2019-11-20',
    cooperation: [{ type: 'mutual legal assistance', counterpart: 'ITA', legalBasis: 'art. 18 UNTOC', description: 'Bank records obtained from Milan' }] },
  { reference: 'COOP-3', title: 'Fiscalía v. Ramírez', country: 'MEX', decisionDate: '2022-02-01',
    cooperation: [{ type: 'joint-investigation', counterpart: 'ESP', legalBasis: 'UNTOC-19' }] },
  // Cooperation under a Protocol only, or with no legal basis stated: not in the catalogue.
  { reference: 'COOP-4', title: 'R v. Protocol only', country: 'GBR', decisionDate: '2020-01-01',
    cooperation: [{ type: 'mutual-legal-assistance', counterpart: 'FRA', legalBasis: 'SOM-17' }] },
  { reference: 'COOP-5', title: 'R v. No basis', country: 'GBR', decisionDate: '2020-01-02',
    cooperation: [{ type: 'extradition', counterpart: 'IRL' }] },
];
const DRAFT = [{ reference: 'COOP-DRAFT', title: 'Draft v. Unpublished', country: 'ITA', decisionDate: '2023-01-01',
  cooperation: [{ type: 'extradition', counterpart: 'ALB', legalBasis: 'UNTOC-16' }] }];

const QUERY = `query($filter: CooperationCaseFilter, $first: Int, $after: String) {
  cooperationCases(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    facets { field values { value label count } }
    edges { node { reference cooperation { type counterpart { code } legalBasis { id } } } } } }`;
const list = (filter: Record<string, unknown> | null, extra: Record<string, unknown> = {}) => api.query(QUERY, { filter, ...extra });
const refs = (r: GraphqlResult) => r.data.cooperationCases.edges.map((e: { node: { reference: string } }) => e.node.reference);
const facet = (r: GraphqlResult, field: string) =>
  Object.fromEntries(r.data.cooperationCases.facets.find((f: { field: string }) => f.field === field).values.map((v: { value: string; count: number }) => [v.value, v.count]));

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  const published = await ingestFile(dataSource, null, { kind: 'case', publish: true, rows: rows(PUBLISHED) });
  const draft = await ingestFile(dataSource, null, { kind: 'case', rows: rows(DRAFT) });
  expect([published.rejected, draft.rejected]).toEqual([0, 0]);
  api = await createTestApi(dataSource);
});
afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

describe('cooperationCases', () => {
  it('lists only published cases whose cooperation used the Convention, latest decision first', async () => {
    const r = await list(null);
    expect(r.errors).toBeUndefined();
    expect(refs(r)).toEqual(['COOP-3', 'COOP-1', 'COOP-2']);
    expect(r.data.cooperationCases.totalCount).toBe(3);
    expect(facet(r, 'form')).toEqual({ 'mutual-legal-assistance': 2, extradition: 1, 'joint-investigation': 1 });
    expect(facet(r, 'article')).toEqual({ 'UNTOC-18': 2, 'UNTOC-16': 1, 'UNTOC-19': 1 });
    expect(facet(r, 'counterpart')).toEqual({ ALB: 1, FRA: 1, ITA: 1, ESP: 1 });
    const labels = r.data.cooperationCases.facets.flatMap((f: { values: { label: string }[] }) => f.values.map((v) => v.label));
    expect(labels).toEqual(expect.arrayContaining(['Mutual legal assistance', 'Albania', 'UNTOC-18 Mutual legal assistance']));
  });

  it('applies the filters to one same act, and counts each facet under the other filters', async () => {
    expect(refs(await list({ forms: ['extradition'], counterparts: ['FRA'] }))).toEqual([]);
    expect(refs(await list({ forms: ['extradition'], counterparts: ['ALB'] }))).toEqual(['COOP-1']);
    const r = await list({ forms: ['Mutual legal assistance'] });
    expect(refs(r)).toEqual(['COOP-1', 'COOP-2']);
    // Disjunctive: the form facet still shows what other forms would add; the others follow the filter.
    expect(facet(r, 'form')).toEqual({ 'mutual-legal-assistance': 2, extradition: 1, 'joint-investigation': 1 });
    expect(facet(r, 'counterpart')).toEqual({ FRA: 1, ITA: 1 });
    expect(refs(await list({ articles: ['UNTOC-19', 'UNTOC-16'] }))).toEqual(['COOP-3', 'COOP-1']);
    expect(refs(await list({ q: 'milan' }))).toEqual(['COOP-2']);
    expect(refs(await list({ q: 'ferraro' }))).toEqual(['COOP-1']);
    expect(refs(await list({ q: '100%_' }))).toEqual([]);
  });

  it('pages with cursors', async () => {
    const one = await list(null, { first: 2 });
    expect(refs(one)).toEqual(['COOP-3', 'COOP-1']);
    expect(one.data.cooperationCases.pageInfo.hasNextPage).toBe(true);
    const two = await list(null, { first: 2, after: one.data.cooperationCases.pageInfo.endCursor });
    expect(refs(two)).toEqual(['COOP-2']);
    expect(two.data.cooperationCases.pageInfo.hasNextPage).toBe(false);
  });

  it('never shows a draft, even in the counts', async () => {
    const r = await list({ counterparts: ['ALB'] });
    expect(refs(r)).toEqual(['COOP-1']);
    expect(JSON.stringify(r.data)).not.toContain('COOP-DRAFT');
    expect(facet(r, 'form')).toEqual({ extradition: 1 });
  });

  it('refuses bad input naming the field and what is accepted', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ filter: { forms: ['teleportation'] } }, 'filter.forms[0]', /extradition, mutual-legal-assistance/],
      [{ filter: { articles: ['TIP-5'] } }, 'filter.articles[0]', /article of the Convention/],
      [{ filter: { counterparts: ['Atlantis'] } }, 'filter.counterparts', /ISO 3166-1 alpha-3/],
      [{ filter: { q: 'x'.repeat(201) } }, 'filter.q', /at most 200/],
      [{ first: -1 }, 'first', /100/],
      [{ after: 'bm90LWEtY3Vyc29y' }, 'after', /cursor/],
    ];
    for (const [variables, field, message] of cases) {
      const r = await api.query(QUERY, variables);
      expect({ field, code: r.errors?.[0]?.extensions?.code }).toEqual({ field, code: 'BAD_USER_INPUT' });
      expect(r.errors![0].message).toContain(field);
      expect(r.errors![0].message).toMatch(message);
    }
  });
});

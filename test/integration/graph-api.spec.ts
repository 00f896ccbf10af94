import { type DataSource } from 'typeorm';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';
import { createTestApi, type TestApi } from '../helpers/api';
import { CASES, DRAFT_CASE, LAWS } from '../fixtures/small-catalogue';

let dataSource: DataSource;
let api: TestApi;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  const laws = await loadRecords(dataSource, 'law', LAWS.slice(0, 2));
  const draftLaw = await loadRecords(dataSource, 'law', LAWS.slice(2), { publish: false });
  const cases = await loadRecords(dataSource, 'case', CASES);
  const draft = await loadRecords(dataSource, 'case', [DRAFT_CASE], { publish: false });
  for (const s of [laws, draftLaw, cases, draft]) expect(s.rows.filter((r) => r.outcome === 'rejected')).toEqual([]);
  api = await createTestApi(dataSource);
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

const refs = (data: { edges: { node: { reference: string } }[] }) => data.edges.map((e) => e.node.reference);
const casesQuery = `query($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {
  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node { reference } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
  } }`;

describe('reference data', () => {
  it('has every article of the four instruments with its official title', async () => {
    const { data } = await api.query(`{ instruments { code title articles { id number title } } }`);
    const counts = Object.fromEntries(data.instruments.map((i: any) => [i.code, i.articles.length]));
    expect(counts).toEqual({ FIREARMS: 21, SOM: 25, TIP: 20, UNTOC: 41 });
    const { data: a } = await api.query(`{ article(id: "UNTOC-18") { id number title instrument { code } } }`);
    expect(a.article).toEqual({ id: 'UNTOC-18', number: 18, title: 'Mutual legal assistance', instrument: { code: 'UNTOC' } });
    const { data: s } = await api.query(`{ article(id: "SOM-6") { title } }`);
    expect(s.article.title).toBe('Criminalization');
  });

  it('has at least 196 jurisdictions with M49 regions, and filters by region', async () => {
    const { data } = await api.query(`{ jurisdictions { code region } }`);
    expect(data.jurisdictions.length).toBeGreaterThanOrEqual(196);
    const { data: eu } = await api.query(`{ jurisdiction(code: "EUE") { code name region } }`);
    expect(eu.jurisdiction).toEqual({ code: 'EUE', name: 'European Union', region: 'Europe' });
    const { data: africa } = await api.query(`{ jurisdictions(region: "Africa") { code region } }`);
    expect(africa.jurisdictions.length).toBe(54);
    expect(africa.jurisdictions.every((j: any) => j.region === 'Africa')).toBe(true);
  });

  it('lists the crime-type vocabulary', async () => {
    const { data } = await api.query(`{ crimeTypes { code label } }`);
    expect(data.crimeTypes).toHaveLength(19);
    expect(data.crimeTypes).toContainEqual({ code: 'smuggling-of-migrants', label: expect.any(String) });
  });
});

describe('case lookups and links', () => {
  it('returns a case with every linked entity', async () => {
    const { data, errors } = await api.query(`{ case(reference: "USA-2014-0314") {
      reference title decisionDate courtLevel summary
      jurisdiction { code name region } court { name }
      articles { id number title instrument { code } } crimeTypes { code label } keywords { label category }
      laws { reference title } lawReferences
      defendants { name nationality { code } charges { verdict prisonMonths law { reference } } }
      victims { count gender child nationalityCode } } }`);
    expect(errors).toBeUndefined();
    const c = data.case;
    expect(c.jurisdiction).toEqual({ code: 'USA', name: expect.stringMatching(/United States/), region: 'Americas' });
    expect(c.court.name).toBe('United States District Court for the District of Minnesota');
    expect(c.articles.map((a: any) => a.id)).toEqual(['UNTOC-6', 'TIP-3', 'TIP-5']);
    expect(c.crimeTypes.map((t: any) => t.code).sort()).toEqual(['money-laundering', 'trafficking-in-persons']);
    expect(c.keywords).toContainEqual({ label: 'Recruitment', category: 'Acts' });
    expect(c.laws).toEqual([{ reference: 'USA-18-1589', title: '18 U.S.C. 1589 Forced labor' }]);
    expect(c.lawReferences).toEqual(['USA-18-1589', 'USA-18-1956']);
    expect(c.defendants[0].charges.map((ch: any) => ch.verdict)).toEqual(['guilty', 'guilty']);
    expect(c.defendants[0].charges[1].law).toBeNull();
    expect(c.defendants[0].nationality.code).toBe('VNM');
    expect(c.victims).toEqual([{ count: 3, gender: 'female', child: false, nationalityCode: 'VNM' }]);
  });

  it('normalized labels on ingest: country name, appeal level, national date, article forms, cooperation', async () => {
    const { data } = await api.query(`{ case(reference: "ITA-2015-002") {
      jurisdiction { code } courtLevel decisionDate articles { id }
      cooperation { type counterpart { code } legalBasis { id } } } }`);
    expect(data.case).toEqual({
      jurisdiction: { code: 'ITA' }, courtLevel: 'APPELLATE', decisionDate: '2015-03-12',
      articles: [{ id: 'UNTOC-18' }, { id: 'SOM-6' }],
      cooperation: [{ type: 'mutual-legal-assistance', counterpart: { code: 'TUN' }, legalBasis: { id: 'UNTOC-18' } }],
    });
  });

  it('links articles, jurisdictions and laws back to cases, with counts', async () => {
    const { data } = await api.query(`{
      article(id: "TIP-5") { caseCount cases(first: 10) { totalCount edges { node { reference } } }
                             lawCount laws { totalCount edges { node { reference } } } }
      jurisdiction(code: "ITA") { caseCount cases { edges { node { reference } } } laws { edges { node { reference } } } }
      law(reference: "ITA-PC") { jurisdiction { code } provisions { number articles { id } } cases { totalCount edges { node { reference } } } }
    }`);
    expect(data.article.caseCount).toBe(3);
    expect(refs(data.article.cases)).toEqual(['NGA-2018-010', 'USA-2014-0314', 'ITA-2010-001']);
    expect(data.article.cases.totalCount).toBe(3);
    expect(refs(data.article.laws).sort()).toEqual(['ITA-PC', 'USA-18-1589']);
    expect(data.article.lawCount).toBe(2);
    expect(data.jurisdiction.caseCount).toBe(2);
    expect(refs(data.jurisdiction.cases)).toEqual(['ITA-2015-002', 'ITA-2010-001']);
    expect(refs(data.jurisdiction.laws)).toEqual(['ITA-PC']);
    expect(data.law.provisions).toEqual([
      { number: 'Art. 601', articles: [{ id: 'TIP-5' }] },
      { number: 'Art. 416', articles: [{ id: 'UNTOC-5' }] },
    ]);
    expect(refs(data.law.cases).sort()).toEqual(['ITA-2010-001', 'ITA-2015-002']);
  });

  it('never shows drafts: lookups, lists, counts and links', async () => {
    const { data } = await api.query(`{
      case(reference: "ITA-DRAFT-1") { reference }
      law(reference: "USA-DRAFT") { reference }
      cases(filter: { countries: ["ITA"] }) { totalCount }
      jurisdiction(code: "ITA") { caseCount }
      article(id: "TIP-5") { caseCount laws { totalCount } }
    }`);
    expect(data).toEqual({
      case: null, law: null, cases: { totalCount: 2 }, jurisdiction: { caseCount: 2 },
      article: { caseCount: 3, laws: { totalCount: 2 } },
    });
  });
});

describe('cases: filters', () => {
  const run = async (filter: object) => {
    const { data, errors } = await api.query(casesQuery, { filter, first: 100 });
    expect(errors).toBeUndefined();
    return refs(data.cases).sort();
  };
  it.each([
    [{ countries: ['USA'] }, ['USA-2014-0314', 'USA-2019-0007']],
    [{ countries: ['usa', 'NGA'] }, ['NGA-2018-010', 'NGA-UNDATED', 'USA-2014-0314', 'USA-2019-0007']],
    [{ articles: ['UNTOC-18'] }, ['ITA-2015-002']],
    [{ articles: ['TIP-5', 'FIREARMS-5'] }, ['ITA-2010-001', 'NGA-2018-010', 'USA-2014-0314', 'USA-2019-0007']],
    [{ crimeTypes: ['money-laundering'] }, ['USA-2014-0314']],
    [{ keywords: ['Deception'] }, ['ITA-2010-001', 'NGA-2018-010']],
    [{ courtLevels: ['SUPREME', 'APPELLATE'] }, ['ITA-2015-002', 'NGA-2018-010', 'USA-2019-0007']],
    [{ decidedFrom: '2014-03-26', decidedTo: '2018-12-31' }, ['ITA-2015-002', 'NGA-2018-010', 'USA-2014-0314']],
    [{ countries: ['ITA', 'NGA'], crimeTypes: ['trafficking-in-persons'], decidedFrom: '2011-01-01' }, ['NGA-2018-010']],
  ])('%j', async (filter, expected) => {
    expect(await run(filter)).toEqual(expected);
  });
});

describe('cases: ordering and pagination', () => {
  it('orders newest first by default, undated last', async () => {
    const { data } = await api.query(casesQuery, { first: 10 });
    expect(refs(data.cases)).toEqual(['USA-2019-0007', 'NGA-2018-010', 'ITA-2015-002', 'USA-2014-0314', 'ITA-2010-001', 'NGA-UNDATED']);
  });

  it.each([
    ['DECISION_DATE_ASC', ['ITA-2010-001', 'USA-2014-0314', 'ITA-2015-002', 'NGA-2018-010', 'USA-2019-0007', 'NGA-UNDATED']],
    ['REFERENCE_ASC', ['ITA-2010-001', 'ITA-2015-002', 'NGA-2018-010', 'NGA-UNDATED', 'USA-2014-0314', 'USA-2019-0007']],
    ['TITLE_ASC', ['NGA-2018-010', 'ITA-2015-002', 'ITA-2010-001', 'NGA-UNDATED', 'USA-2019-0007', 'USA-2014-0314']],
  ])('orders by %s', async (orderBy, expected) => {
    const { data } = await api.query(casesQuery, { orderBy, first: 10 });
    expect(refs(data.cases)).toEqual(expected);
  });

  it.each(['DECISION_DATE_DESC', 'DECISION_DATE_ASC', 'REFERENCE_ASC', 'TITLE_ASC'])('pages through every case once (%s)', async (orderBy) => {
    const all: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data, errors } = await api.query(casesQuery, { orderBy, first: 4, after });
      expect(errors).toBeUndefined();
      all.push(...refs(data.cases));
      expect(data.cases.totalCount).toBe(6);
      expect(data.cases.pageInfo.hasPreviousPage).toBe(pages > 0);
      pages += 1;
      if (!data.cases.pageInfo.hasNextPage) break;
      after = data.cases.pageInfo.endCursor;
    }
    expect(pages).toBe(2);
    expect(new Set(all).size).toBe(6);
  });

  it('handles page edges: first 0, exactly the total, past the end', async () => {
    const zero = await api.query(casesQuery, { first: 0 });
    expect(zero.data.cases).toMatchObject({ totalCount: 6, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    const exact = await api.query(casesQuery, { first: 6 });
    expect(exact.data.cases.edges).toHaveLength(6);
    expect(exact.data.cases.pageInfo.hasNextPage).toBe(false);
    const end = await api.query(casesQuery, { first: 6, after: exact.data.cases.pageInfo.endCursor });
    expect(end.data.cases.edges).toEqual([]);
    expect(end.data.cases.pageInfo.hasNextPage).toBe(false);
  });
});

describe('bad input', () => {
  const expectBadInput = (result: Awaited<ReturnType<TestApi['query']>>, ...fragments: string[]) => {
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    for (const f of fragments) expect(result.errors![0].message).toContain(f);
  };
  it.each([
    [{ filter: { countries: ['XXX'] } }, ['filter.countries', 'XXX', 'alpha-3']],
    [{ filter: { articles: ['UNTOC-99'] } }, ['filter.articles', 'UNTOC-99', 'UNTOC-18']],
    [{ filter: { crimeTypes: ['jaywalking'] } }, ['filter.crimeTypes', 'jaywalking', 'trafficking-in-persons']],
    [{ filter: { keywords: ['Nonsense'] } }, ['filter.keywords', 'Nonsense']],
    [{ first: 101 }, ['first', '101', '0 to 100']],
    [{ first: -1 }, ['first', '-1']],
    [{ after: 'not-a-cursor' }, ['after', 'not-a-cursor', 'cursor']],
    [{ after: Buffer.from('["case:TITLE_ASC","x","y"]').toString('base64url') }, ['after']],
    [{ filter: { decidedFrom: '2014-13-45' } }, ['2014-13-45', 'YYYY-MM-DD']],
    [{ filter: { decidedFrom: '2015-01-01', decidedTo: '2014-01-01' } }, ['filter.decidedTo']],
    [{ filter: { countries: Array(101).fill('ITA') } }, ['filter.countries', 'at most 100']],
  ])('%j', async (variables, fragments) => {
    expectBadInput(await api.query(casesQuery, variables), ...fragments);
  });

  it('rejects a malformed date literal written in the query', async () => {
    expectBadInput(await api.query(`{ cases(filter: { decidedFrom: "yesterday" }) { totalCount } }`), 'yesterday', 'YYYY-MM-DD');
  });

  it('rejects oversized nested pages and an unknown region', async () => {
    expectBadInput(await api.query(`{ article(id: "TIP-5") { cases(first: 500) { totalCount } } }`), 'first');
    expectBadInput(await api.query(`{ jurisdictions(region: "Atlantis") { code } }`), 'region', 'Atlantis');
  });

  it('enforces depth, alias and cost limits', async () => {
    const deep = await api.query(`{ case(reference: "x") { jurisdiction { cases { edges { node { jurisdiction { cases { edges { node { jurisdiction { cases { edges { node { reference } } } } } } } } } } } } } }`);
    expect(deep.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: crimeTypes { code }`).join(' ');
    expect((await api.query(`{ ${aliases} }`)).errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    const costly = await api.query(`{ cases(first: 100) { edges { node { jurisdiction { cases(first: 100) { edges { node { defendants { charges { verdict } } } } } } } } } }`);
    expect(costly.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' }, message: expect.stringContaining('cost') });
  });

  it('returns null for unknown single records', async () => {
    const { data, errors } = await api.query(`{ case(reference: "nope") { reference } law(reference: "nope") { reference } article(id: "UNTOC-99") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ case: null, law: null, article: null });
  });
});

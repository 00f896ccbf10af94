import { type DataSource } from 'typeorm';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;

/** Cases spread over a few countries and articles, each with defendants and charges. */
const records = Array.from({ length: 60 }, (_, i) => ({
  reference: `CNT-${String(i).padStart(3, '0')}`,
  title: `Case ${i}`,
  country: ['ITA', 'USA', 'NGA', 'MEX'][i % 4],
  court: `Court ${i % 5}`,
  decisionDate: `20${10 + (i % 10)}-01-${String(1 + (i % 28)).padStart(2, '0')}`,
  crimeTypes: [['trafficking-in-persons', 'smuggling-of-migrants', 'money-laundering'][i % 3]],
  articles: [['TIP-5', 'SOM-6', 'UNTOC-6'][i % 3], 'UNTOC-18'],
  keywords: ['Deception'],
  defendants: [
    { name: 'X', charges: [{ law: 'L-1', verdict: 'guilty' }, { law: 'L-2', verdict: 'acquitted' }] },
    { name: 'Y', charges: [{ law: 'L-1', verdict: 'pending' }] },
  ],
  cooperation: [{ type: 'extradition', counterpart: 'ESP', legalBasis: 'UNTOC-16' }],
}));

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  const summary = await loadRecords(dataSource, 'case', records);
  expect(summary.rejected).toBe(0);
  api = await createTestApi(dataSource);
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

const nested = `query($first: Int) { cases(first: $first, filter: { articles: ["UNTOC-18"] }) { totalCount edges { node {
  reference jurisdiction { code name region caseCount } court { name }
  articles { id title instrument { code } caseCount cases(first: 3) { totalCount edges { node { reference } } } }
  crimeTypes { code label } keywords { label category } laws { reference }
  defendants { name charges { verdict law { reference } } }
  cooperation { type counterpart { code } legalBasis { id } }
} } } }`;

describe('statement count', () => {
  it('does not grow with the page size of a nested query', async () => {
    await api.query(nested, { first: 1 }); // warms the per-process vocabulary cache
    const small = await api.query(nested, { first: 5 });
    const large = await api.query(nested, { first: 50 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.cases.edges).toHaveLength(50);
    expect(small.data.cases.edges).toHaveLength(5);
    expect(large.statements).toBe(small.statements);
    // One statement per kind of link, not per record: a fixed, small number.
    expect(large.statements).toBeLessThanOrEqual(20);
  });

  it('reads a list with its total and the links it selects in one statement, whatever the page size', async () => {
    const q = `query($first: Int) { cases(first: $first, filter: { articles: ["UNTOC-18"] }) { totalCount edges { node {
      reference jurisdiction { code name } articles { id number instrument { code } } crimeTypes { code label }
      defendants { name charges { verdict sentence prisonMonths } } } } } }`;
    await api.query(q, { first: 1 });
    for (const first of [5, 50]) {
      const { data, statements, errors } = await api.query(q, { first });
      expect(errors).toBeUndefined();
      expect(data.cases.edges).toHaveLength(first);
      expect(statements).toBe(1);
    }
    const reference = (await api.query(`{ cases(first: 1) { edges { node { reference } } } }`)).data.cases.edges[0].node.reference;
    const byReference = await api.query(`query($r: String!) { case(reference: $r) { reference jurisdiction { name } defendants { name } } }`, { r: reference });
    expect(byReference.errors).toBeUndefined();
    expect(byReference.data.case.reference).toBe(reference);
    expect(byReference.statements).toBe(1);
  });

  it('answers the same links read ahead with a list as through the loaders of a nested connection', async () => {
    const node = `reference summary commentary sources { label url } jurisdiction { code name region } articles { id number title instrument { code title } }
      crimeTypes { code label } defendants { name legalPerson charges { verdict sentence prisonMonths } }`;
    const top = (await api.query(`{ cases(first: 1) { edges { node { jurisdiction { code } } } } }`)).data.cases.edges[0].node.jurisdiction.code;
    const list = await api.query(`query($c: String!) { cases(first: 30, filter: { countries: [$c] }) { totalCount edges { node { ${node} } } } }`, { c: top });
    const nestedList = await api.query(`query($c: String!) { jurisdiction(code: $c) { cases(first: 30) { totalCount edges { node { ${node} } } } } }`, { c: top });
    expect(list.errors).toBeUndefined();
    expect(nestedList.errors).toBeUndefined();
    expect(list.data.cases.edges.length).toBeGreaterThan(0);
    expect(list.data.cases).toEqual(nestedList.data.jurisdiction.cases);
  });

  it('batches nested connections of a list into one statement per argument set', async () => {
    const q = `{ jurisdictions(region: "Americas") { code caseCount cases(first: 2) { totalCount edges { node { reference } } } } }`;
    const { data, statements, errors } = await api.query(q);
    expect(errors).toBeUndefined();
    const usa = data.jurisdictions.find((j: any) => j.code === 'USA');
    expect(usa.caseCount).toBe(15);
    expect(usa.cases.totalCount).toBe(15);
    expect(usa.cases.edges).toHaveLength(2);
    // jurisdictions + counts + pages + page counts, whatever the number of jurisdictions (35 in the Americas).
    expect(statements).toBeLessThanOrEqual(5);
  });
});

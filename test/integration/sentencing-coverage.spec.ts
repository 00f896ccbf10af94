import { type DataSource } from 'typeorm';
import { classifyStoredCharges } from '../../src/db/migrations/1796000000500-SentenceKinds';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

/*
 * A small catalogue whose figures are worked out by hand below. Custodial terms per defendant:
 *   ITA-1 (trafficking, TIP-5): A 36 (longest of 36 and 12, read from the text), B suspended, C acquitted
 *   ITA-2 (trafficking + money laundering): D 60, E life, F fine (and one acquitted charge)
 *   ITA-3 (corruption): J acquitted
 *   FRA-1 (trafficking, TIP-5): G 90 ("7 years and 6 months"), H 18, I convicted without a recorded sentence
 *   FRA-2 (smuggling, no defendants)
 * and two drafts (a 600-month ITA term and a 1-month DEU term) that no figure may count.
 */
const charge = (verdict: string, sentence?: string, prisonMonths?: number) => ({ law: 'X', verdict, sentence, prisonMonths });
const CASES = [
  {
    reference: 'COV-ITA-1', title: 'Procura v. A and others', country: 'ITA', court: 'Tribunale di Palermo', decisionDate: '2019-05-01',
    crimeTypes: ['trafficking-in-persons'], articles: ['TIP-5'],
    defendants: [
      { name: 'A', charges: [charge('guilty', 'Imprisonment for 3 years'), charge('guilty', 'Imprisonment for 1 year')] },
      { name: 'B', charges: [charge('guilty', '2 years of imprisonment, suspended for 3 years')] },
      { name: 'C', charges: [charge('acquitted')] },
    ],
  },
  {
    reference: 'COV-ITA-2', title: 'Procura v. D and others', country: 'ITA',
    crimeTypes: ['trafficking-in-persons', 'money-laundering'],
    defendants: [
      { name: 'D', charges: [charge('guilty', undefined, 60)] },
      { name: 'E', charges: [charge('guilty', 'Life imprisonment')] },
      { name: 'F', charges: [charge('guilty', 'Fine of EUR 10,000'), charge('acquitted')] },
    ],
  },
  {
    reference: 'COV-ITA-3', title: 'Procura v. J', country: 'ITA', court: 'Tribunale di Napoli', decisionDate: '2018-02-02',
    crimeTypes: ['corruption'], defendants: [{ name: 'J', charges: [charge('acquitted'), charge('dismissed')] }],
  },
  {
    reference: 'COV-FRA-1', title: 'Ministère public c. G et autres', country: 'FRA', court: 'Tribunal correctionnel de Lille',
    decisionDate: '2021-01-10', crimeTypes: ['trafficking-in-persons'], articles: ['TIP-5', 'SOM-6'],
    defendants: [
      { name: 'G', charges: [charge('guilty', 'Imprisonment for 7 years and 6 months')] },
      { name: 'H', charges: [charge('guilty', "18 months' imprisonment")] },
      { name: 'I', charges: [charge('guilty')] },
    ],
  },
  {
    reference: 'COV-FRA-2', title: 'Ministère public c. inconnus', country: 'FRA', decisionDate: '2020-03-03',
    crimeTypes: ['smuggling-of-migrants'], articles: ['SOM-6'],
  },
];
const DRAFTS = [
  { reference: 'COV-ITA-DRAFT', title: 'Draft', country: 'ITA', court: 'Tribunale di Roma', decisionDate: '2024-01-01',
    crimeTypes: ['trafficking-in-persons'], articles: ['TIP-5'], defendants: [{ name: 'K', charges: [charge('guilty', undefined, 600)] }] },
  { reference: 'COV-DEU-DRAFT', title: 'Entwurf', country: 'DEU', crimeTypes: ['trafficking-in-persons'],
    defendants: [{ name: 'L', charges: [charge('guilty', undefined, 1)] }] },
];

const FIELDS = `defendants count medianMonths lowerQuartileMonths upperQuartileMonths minMonths maxMonths
  acquittals suspended nonCustodial life death sentenceNotRecorded`;

let dataSource: DataSource;
let api: TestApi;
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
  const laws = [
    { reference: 'COV-ITA-CP', country: 'ITA', title: 'Codice penale (extract)', enactedOn: '2010-01-01' },
    { reference: 'COV-FRA-CP', country: 'FRA', title: 'Code pénal (extrait)', enactedOn: '2015-06-01' },
  ];
  expect((await loadRecords(dataSource, 'law', laws)).rejected).toBe(0);
  expect((await loadRecords(dataSource, 'law', [{ reference: 'COV-DEU-DRAFT', country: 'DEU', title: 'Entwurf', enactedOn: '2001-01-01' }], { publish: false })).rejected).toBe(0);
  expect((await loadRecords(dataSource, 'case', CASES)).rejected).toBe(0);
  expect((await loadRecords(dataSource, 'case', DRAFTS, { publish: false })).rejected).toBe(0);
});
afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

async function ok(query: string) {
  const r = await api.query(query);
  expect(r.errors).toBeUndefined();
  return r.data;
}

describe('sentencing', () => {
  it('reads the kind and the term of each charge from its sentence when written', async () => {
    const data = await ok(`{ case(reference: "COV-ITA-1") { defendants { name charges { verdict sentenceKind prisonMonths } } } }`);
    expect(data.case.defendants.map((d: { charges: unknown[] }) => d.charges)).toEqual([
      [{ verdict: 'guilty', sentenceKind: 'CUSTODIAL', prisonMonths: 36 }, { verdict: 'guilty', sentenceKind: 'CUSTODIAL', prisonMonths: 12 }],
      [{ verdict: 'guilty', sentenceKind: 'SUSPENDED', prisonMonths: 24 }],
      [{ verdict: 'acquitted', sentenceKind: null, prisonMonths: null }],
    ]);
  });

  it('gives the distribution of custodial terms for a crime type, with the rest counted apart and drafts left out', async () => {
    const data = await ok(`{ sentencing(filter: { crimeType: "trafficking-in-persons" }) { ${FIELDS}
      byCountry { code label count medianMonths minMonths maxMonths acquittals } } }`);
    // Terms 18, 36, 60, 90: median (36+60)/2; quartiles by linear interpolation (percentile_cont).
    expect(data.sentencing).toMatchObject({
      defendants: 8, count: 4, medianMonths: 48, lowerQuartileMonths: 31.5, upperQuartileMonths: 67.5, minMonths: 18, maxMonths: 90,
      acquittals: 1, suspended: 1, nonCustodial: 1, life: 1, death: 0, sentenceNotRecorded: 1,
    });
    expect(data.sentencing.byCountry).toEqual([
      { code: 'ITA', label: 'Italy', count: 2, medianMonths: 48, minMonths: 36, maxMonths: 60, acquittals: 1 },
      { code: 'FRA', label: 'France', count: 2, medianMonths: 54, minMonths: 18, maxMonths: 90, acquittals: 0 },
    ]);
  });

  it('gives the same figures on the State, article and crime-type records, batched', async () => {
    const data = await ok(`{
      italy: jurisdiction(code: "ITA") { sentencing { ${FIELDS} byCrimeType { code count medianMonths } } }
      germany: jurisdiction(code: "DEU") { sentencing { defendants count medianMonths } }
      article(id: "TIP-5") { sentencing { count medianMonths lowerQuartileMonths upperQuartileMonths acquittals suspended sentenceNotRecorded } }
      crimeType(code: "money-laundering") { label sentencing { count medianMonths life nonCustodial } }
    }`);
    expect(data.italy.sentencing).toMatchObject({
      defendants: 7, count: 2, medianMonths: 48, lowerQuartileMonths: 42, upperQuartileMonths: 54, minMonths: 36, maxMonths: 60,
      acquittals: 2, suspended: 1, nonCustodial: 1, life: 1, sentenceNotRecorded: 0,
    });
    expect(data.italy.sentencing.byCrimeType).toEqual([
      { code: 'trafficking-in-persons', count: 2, medianMonths: 48 },
      { code: 'money-laundering', count: 1, medianMonths: 60 },
      { code: 'corruption', count: 0, medianMonths: null },
    ]);
    expect(data.germany.sentencing).toEqual({ defendants: 0, count: 0, medianMonths: null });
    // TIP-5: terms 18, 36, 90.
    expect(data.article.sentencing).toEqual({
      count: 3, medianMonths: 36, lowerQuartileMonths: 27, upperQuartileMonths: 63, acquittals: 1, suspended: 1, sentenceNotRecorded: 1,
    });
    expect(data.crimeType).toEqual({ label: 'Money laundering', sentencing: { count: 1, medianMonths: 60, life: 1, nonCustodial: 1 } });
  });

  it('combines filters and names the field of a bad value', async () => {
    const data = await ok(`{ sentencing(filter: { country: "fra", article: "TIP-5", crimeType: "Trafficking-in-persons" }) { count medianMonths } }`);
    expect(data.sentencing).toEqual({ count: 2, medianMonths: 54 });
    for (const [field, value] of [['country', 'XXX'], ['article', 'TIP-99'], ['crimeType', "x' OR 1=1 --"]]) {
      const r = await api.query(`query ($f: SentencingFilter) { sentencing(filter: $f) { count } }`, { f: { [field]: value } });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toContain(`filter.${field}`);
    }
  });

  it('classifies the charges stored before kinds were kept, by the same rule (migration)', async () => {
    const kinds = () => dataSource.query(`SELECT ch.sentence, ch.sentence_kind, ch.prison_months FROM charges ch ORDER BY ch.id`);
    const before = await kinds();
    expect(before).toContainEqual({ sentence: 'Imprisonment for 3 years', sentence_kind: 'CUSTODIAL', prison_months: 36 });
    const runner = dataSource.createQueryRunner();
    try {
      // As before the migration: no kinds, and a term stored only as text.
      await runner.query(`UPDATE charges SET sentence_kind = NULL`);
      await runner.query(`UPDATE charges SET prison_months = NULL WHERE sentence = 'Imprisonment for 3 years'`);
      await classifyStoredCharges(runner);
    } finally {
      await runner.release();
    }
    expect(await kinds()).toEqual(before);
  });
});

describe('coverage', () => {
  it('counts published cases and laws per State, with the latest records and how complete the cases are', async () => {
    const data = await ok(`{ coverage { caseCount lawCount completeness { court decisionDate articles defendants sentence }
      byCountry { code name caseCount lawCount latestDecisionDate latestCaseAddedAt latestLawAddedAt
        completeness { court decisionDate articles defendants sentence } }
      byYear { year cases laws } } }`);
    const c = data.coverage;
    expect(c.caseCount).toBe(5);
    expect(c.lawCount).toBe(2);
    expect(c.completeness).toEqual({ court: 0.6, decisionDate: 0.8, articles: 0.6, defendants: 0.8, sentence: 0.8 });
    expect(c.byCountry.map((x: { code: string }) => x.code)).toEqual(['FRA', 'ITA']);
    const [fra, ita] = c.byCountry;
    expect(ita).toMatchObject({ name: 'Italy', caseCount: 3, lawCount: 1, latestDecisionDate: '2019-05-01' });
    // ITA-3's defendant was acquitted on every charge: no sentence is due, so its record is complete.
    expect(ita.completeness).toEqual({ court: 2 / 3, decisionDate: 2 / 3, articles: 1 / 3, defendants: 1, sentence: 1 });
    expect(fra).toMatchObject({ caseCount: 2, lawCount: 1, latestDecisionDate: '2021-01-10' });
    expect(fra.completeness).toEqual({ court: 0.5, decisionDate: 1, articles: 1, defendants: 0.5, sentence: 0.5 });
    expect(new Date(ita.latestCaseAddedAt).getTime()).toBeGreaterThan(Date.now() - 3_600_000);
    expect(ita.latestLawAddedAt).not.toBeNull();
    expect(c.byYear).toEqual([
      { year: 2010, cases: 0, laws: 1 }, { year: 2015, cases: 0, laws: 1 }, { year: 2018, cases: 1, laws: 0 },
      { year: 2019, cases: 1, laws: 0 }, { year: 2020, cases: 1, laws: 0 }, { year: 2021, cases: 1, laws: 0 },
    ]);
  });

  it('shows a write on the next read (the aggregates are refreshed after a change)', async () => {
    const query = `{ coverage { caseCount byCountry { code caseCount } } }`;
    expect((await ok(query)).coverage.caseCount).toBe(5);
    const late = { reference: 'COV-DEU-1', title: 'Staatsanwaltschaft gegen M', country: 'DEU', crimeTypes: ['fraud'] };
    expect((await loadRecords(dataSource, 'case', [late])).rejected).toBe(0);
    const after = (await ok(query)).coverage;
    expect(after.caseCount).toBe(6);
    expect(after.byCountry).toContainEqual({ code: 'DEU', caseCount: 1 });
  });
});

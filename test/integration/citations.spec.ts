import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { ingestFile } from '../../ingest/ingest-file';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { toCsv, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let italy: TestAccount;
let secretariat: TestAccount;

const leading = {
  reference: 'ITA-2004-0101',
  title: 'Procura della Repubblica v. Okafor',
  country: 'ITA',
  courtLevel: 'SUPREME',
  decisionDate: '2004-05-12',
  crimeTypes: ['trafficking-in-persons'],
};
const firstInstance = {
  reference: 'ITA-2009-0220',
  title: 'Procura di Palermo v. Adeyemi',
  country: 'ITA',
  courtLevel: 'FIRST_INSTANCE',
  decisionDate: '2009-02-20',
  crimeTypes: ['trafficking-in-persons'],
  citedCases: ['ITA-2004-0101'],
};
const appeal = {
  reference: 'ITA-2011-0330',
  title: 'Procura Generale di Palermo v. Adeyemi',
  country: 'ITA',
  courtLevel: 'APPELLATE',
  decisionDate: '2011-03-30',
  crimeTypes: ['trafficking-in-persons'],
  // Duplicates collapse; a reference not (yet) in the catalogue is kept.
  citedCases: ['ITA-2009-0220', 'ITA-2004-0101', ' ITA-2004-0101 ', 'ITA-1999-0007'],
};

const citedCaseIds = async (reference: string) =>
  (await dataSource.query(
    `SELECT x.cited_reference AS reference, cited.reference AS resolved FROM case_citations x
       JOIN cases citing ON citing.id = x.citing_case_id LEFT JOIN cases cited ON cited.id = x.cited_case_id
      WHERE citing.reference = $1 ORDER BY 1`,
    [reference],
  )) as { reference: string; resolved: string | null }[];

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
  italy = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA'] });
  secretariat = await account(api, Role.SECRETARIAT);
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

describe('citations through ingest', () => {
  it('resolves a citation when the cited case was loaded first', async () => {
    expect((await loadRecords(dataSource, 'case', [leading])).created).toBe(1);
    expect((await loadRecords(dataSource, 'case', [firstInstance])).created).toBe(1);
    expect(await citedCaseIds(firstInstance.reference)).toEqual([
      { reference: 'ITA-2004-0101', resolved: 'ITA-2004-0101' },
    ]);
  });

  it('keeps a citation of a case not yet loaded by reference and resolves it when that case arrives', async () => {
    expect((await loadRecords(dataSource, 'case', [appeal])).rejected).toBe(0);
    expect(await citedCaseIds(appeal.reference)).toEqual([
      { reference: 'ITA-1999-0007', resolved: null },
      { reference: 'ITA-2004-0101', resolved: 'ITA-2004-0101' },
      { reference: 'ITA-2009-0220', resolved: 'ITA-2009-0220' },
    ]);
    const late = {
      reference: 'ITA-1999-0007',
      title: 'Procura di Torino v. Ionescu',
      country: 'ITA',
      decisionDate: '1999-06-01',
    };
    expect((await loadRecords(dataSource, 'case', [late])).created).toBe(1);
    expect((await citedCaseIds(appeal.reference))[0]).toEqual({
      reference: 'ITA-1999-0007',
      resolved: 'ITA-1999-0007',
    });
    // Loading the same catalogue again changes nothing.
    expect((await loadRecords(dataSource, 'case', [appeal])).unchanged).toBe(1);
  });

  it('resolves citations between cases of the same batch in either order', async () => {
    const a = {
      reference: 'NGA-2015-0001',
      title: 'Federal Republic of Nigeria v. Eze',
      country: 'NGA',
      citedCases: ['NGA-2012-0002'],
    };
    const b = { reference: 'NGA-2012-0002', title: 'Federal Republic of Nigeria v. Obi', country: 'NGA' };
    expect((await loadRecords(dataSource, 'case', [a, b])).created).toBe(2);
    expect(await citedCaseIds(a.reference)).toEqual([{ reference: 'NGA-2012-0002', resolved: 'NGA-2012-0002' }]);
  });

  it('reads citedCases from CSV as a "; "-joined list', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citations-'));
    const file = writeCatalogue(
      dir,
      'cases.csv',
      toCsv([
        {
          reference: 'MEX-2018-0044',
          title: 'Fiscalía General v. Herrera',
          country: 'MEX',
          citedCases: ['ITA-2004-0101', 'NGA-2012-0002'],
        },
      ]),
    );
    const summary = await ingestFile(dataSource, file, { kind: 'case', publish: true });
    expect(summary.rejected).toBe(0);
    expect(await citedCaseIds('MEX-2018-0044')).toEqual([
      { reference: 'ITA-2004-0101', resolved: 'ITA-2004-0101' },
      { reference: 'NGA-2012-0002', resolved: 'NGA-2012-0002' },
    ]);
  });

  it('rejects self-citation, malformed references and too many citations, naming the field, and keeps what was stored', async () => {
    const bad = [
      { reference: 'ITA-2004-0101', title: leading.title, country: 'ITA', citedCases: ['ITA-2004-0101'] },
      { reference: 'BAD-1', title: 'A', country: 'ITA', citedCases: ['ITA-2004-0101; ITA-2009-0220'] },
      { reference: 'BAD-2', title: 'B', country: 'ITA', citedCases: ['<script>alert(1)</script>'] },
      { reference: 'BAD-3', title: 'C', country: 'ITA', citedCases: [`ITA-${'9'.repeat(200)}`] },
      {
        reference: 'BAD-4',
        title: 'D',
        country: 'ITA',
        citedCases: Array.from({ length: 201 }, (_, i) => `ITA-2000-${i}`),
      },
      { reference: 'BAD-5', title: 'E', country: 'ITA', citedCases: 'ITA-2004-0101; ITA-2004-0101; BAD-5' },
      { reference: 'BAD-6', title: 'F', country: 'ITA', citedCases: [{ reference: 'ITA-2004-0101' }] },
    ];
    const summary = await loadRecords(dataSource, 'case', bad);
    expect(summary.rejected).toBe(bad.length);
    const messages = summary.rows.map((r) => JSON.stringify(r));
    expect(messages[0]).toContain('citedCases[0]');
    expect(messages[0]).toContain('cannot cite itself');
    expect(messages[1]).toContain('one reference per list item');
    expect(messages[2]).toContain('is not a case reference');
    expect(messages[3]).toContain('too long');
    expect(messages[4]).toContain('at most 200');
    expect(messages[5]).toContain('cannot cite itself');
    expect(messages[6]).toContain('must be a string');
    expect(await citedCaseIds('ITA-2004-0101')).toEqual([]);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE reference LIKE 'BAD-%'`);
    expect(n).toBe(0);
  });
});

const CASE = `query($r: String!, $first: Int, $after: String) { case(reference: $r) {
  reference citedByCount
  cites(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { reference case { reference title } } } }
  citedBy(first: $first) { totalCount edges { node { reference } } }
} }`;

describe('Case.cites, Case.citedBy and Case.citedByCount', () => {
  it('lists what a case cites, by reference, with the case when it is readable, a page at a time', async () => {
    const first = await api.query(CASE, { r: appeal.reference, first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data.case.cites.totalCount).toBe(3);
    expect(first.data.case.cites.edges.map((e: any) => e.node)).toEqual([
      { reference: 'ITA-1999-0007', case: { reference: 'ITA-1999-0007', title: 'Procura di Torino v. Ionescu' } },
      { reference: 'ITA-2004-0101', case: { reference: 'ITA-2004-0101', title: leading.title } },
    ]);
    expect(first.data.case.cites.pageInfo.hasNextPage).toBe(true);
    const next = await api.query(CASE, {
      r: appeal.reference,
      first: 2,
      after: first.data.case.cites.pageInfo.endCursor,
    });
    expect(next.data.case.cites.edges.map((e: any) => e.node.reference)).toEqual(['ITA-2009-0220']);
    expect(next.data.case.cites.pageInfo.hasNextPage).toBe(false);
  });

  it('counts and lists the cases citing a case, newest first', async () => {
    const { data, errors } = await api.query(CASE, { r: leading.reference, first: 10 });
    expect(errors).toBeUndefined();
    expect(data.case.citedByCount).toBe(3);
    expect(data.case.citedBy.totalCount).toBe(3);
    expect(data.case.citedBy.edges.map((e: any) => e.node.reference)).toEqual([
      'ITA-2011-0330',
      'ITA-2009-0220',
      'MEX-2018-0044',
    ]);
  });

  it('refuses a page size over the cap and a cursor from another list', async () => {
    const big = await api.query(CASE, { r: leading.reference, first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const foreign = (await api.query(`{ cases(first: 1) { pageInfo { endCursor } } }`)).data.cases.pageInfo.endCursor;
    const wrong = await api.query(CASE, { r: appeal.reference, first: 1, after: foreign });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].message).toContain('after');
  });

  it('shows a draft neither as cited nor as citing to the public, but to those who may read it', async () => {
    const draft = {
      reference: 'ITA-2024-0505',
      title: 'Procura di Catania v. Mensah',
      country: 'ITA',
      courtLevel: 'APPELLATE',
      citedCases: ['ITA-2004-0101', 'ITA-2011-0330'],
    };
    const created = await api.query(
      `mutation($input: CaseInput!) { createCaseDraft(input: $input) { reference } }`,
      { input: draft },
      { token: italy.token },
    );
    expect(created.errors).toBeUndefined();
    // A published case citing the draft: the public sees the reference only.
    await loadRecords(dataSource, 'case', [
      {
        reference: 'ITA-2025-0606',
        title: 'Procura di Catania v. Boateng',
        country: 'ITA',
        citedCases: [draft.reference],
      },
    ]);

    const anonymous = await api.query(CASE, { r: leading.reference, first: 10 });
    expect(anonymous.data.case.citedByCount).toBe(3);
    expect(anonymous.data.case.citedBy.totalCount).toBe(3);
    expect(anonymous.data.case.citedBy.edges.map((e: any) => e.node.reference)).not.toContain(draft.reference);
    const citing = await api.query(CASE, { r: 'ITA-2025-0606', first: 10 });
    expect(citing.data.case.cites.edges.map((e: any) => e.node)).toEqual([{ reference: draft.reference, case: null }]);
    const researcher = await account(api, Role.RESEARCHER);
    const signedIn = await api.query(CASE, { r: 'ITA-2025-0606', first: 10 }, { token: researcher.token });
    expect(signedIn.data.case.cites.edges[0].node.case).toBeNull();
    const nested = await api.query(
      `{ cases(first: 50) { edges { node { reference citedByCount citedBy(first: 50) { edges { node { reference } } } } } } }`,
    );
    const everyCiting = nested.data.cases.edges.flatMap((e: any) =>
      e.node.citedBy.edges.map((x: any) => x.node.reference),
    );
    expect(everyCiting).not.toContain(draft.reference);

    for (const who of [italy, secretariat]) {
      const seen = await api.query(CASE, { r: leading.reference, first: 10 }, { token: who.token });
      expect(seen.data.case.citedByCount).toBe(4);
      expect(seen.data.case.citedBy.edges.map((e: any) => e.node.reference)).toContain(draft.reference);
      const cited = await api.query(CASE, { r: 'ITA-2025-0606', first: 10 }, { token: who.token });
      expect(cited.data.case.cites.edges[0].node.case).toEqual({ reference: draft.reference, title: draft.title });
    }
  });

  it('keeps the citations through a mutation and shows them in the record snapshot', async () => {
    const update = await api.query(
      `mutation($r: String!, $input: CaseInput!) { updateCase(reference: $r, input: $input) { reference } }`,
      {
        r: 'ITA-2024-0505',
        input: { title: 'Procura di Catania v. Mensah', country: 'ITA', citedCases: ['ITA-2009-0220'] },
      },
      { token: italy.token },
    );
    expect(update.errors).toBeUndefined();
    expect(await citedCaseIds('ITA-2024-0505')).toEqual([{ reference: 'ITA-2009-0220', resolved: 'ITA-2009-0220' }]);
    const [entry] = await dataSource.query(
      `SELECT after FROM audit_log WHERE action = 'case.update' AND entity_id = 'ITA-2024-0505' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.after.citedCases).toEqual(['ITA-2009-0220']);

    const self = await api.query(
      `mutation($r: String!, $input: CaseInput!) { updateCase(reference: $r, input: $input) { reference } }`,
      {
        r: 'ITA-2024-0505',
        input: { title: 'Procura di Catania v. Mensah', country: 'ITA', citedCases: ['ITA-2024-0505'] },
      },
      { token: italy.token },
    );
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(self.errors)).toContain('citedCases[0]');
    expect(await citedCaseIds('ITA-2024-0505')).toEqual([{ reference: 'ITA-2009-0220', resolved: 'ITA-2009-0220' }]);
  });
});

describe('statement count', () => {
  it('does not grow with the number of cases listed with their citations', async () => {
    const q = `query($first: Int) { cases(first: $first) { edges { node {
      reference citedByCount cites(first: 3) { totalCount edges { node { reference case { reference } } } }
      citedBy(first: 3) { totalCount edges { node { reference } } } } } } }`;
    await api.query(q, { first: 1 });
    const small = await api.query(q, { first: 2 });
    const large = await api.query(q, { first: 50 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.cases.edges.length).toBeGreaterThan(5);
    expect(large.statements).toBe(small.statements);
  });
});

describe('sort by most cited', () => {
  const SEARCH = `query($text: String) { search(input: { text: $text, types: [CASE], sort: MOST_CITED, first: 3 }) {
    total hits { record { ... on Case { reference citedByCount } } } } }`;

  it('lists the most cited published cases first, counting published citing cases only', async () => {
    const { data, errors } = await api.query(SEARCH, {});
    expect(errors).toBeUndefined();
    expect(data.search.hits.map((h: any) => h.record)).toEqual([
      { reference: 'ITA-2004-0101', citedByCount: 3 },
      { reference: 'NGA-2012-0002', citedByCount: 2 },
      // Ties by the newest decision: ITA-1999-0007 is also cited once.
      { reference: 'ITA-2009-0220', citedByCount: 1 },
    ]);
    const [{ n }] = await dataSource.query(
      `SELECT cited_by_count AS n FROM search_documents WHERE reference = 'ITA-2004-0101'`,
    );
    expect(n).toBe(3);
  });

  it('follows the citations when a citing case changes or is published', async () => {
    await loadRecords(dataSource, 'case', [{ ...appeal, citedCases: ['ITA-2009-0220', 'ITA-1999-0007'] }]);
    const count = async (reference: string) =>
      (await dataSource.query(`SELECT cited_by_count AS n FROM search_documents WHERE reference = $1`, [reference]))[0]
        .n;
    expect(await count('ITA-2004-0101')).toBe(2);
    expect(await count('ITA-2009-0220')).toBe(1);
    for (const [step, token] of [
      ['submitCase', italy.token],
      ['approveCase', secretariat.token],
    ] as const) {
      const result = await api.query(
        `mutation($r: String!) { ${step}(reference: $r) { status } }`,
        { r: 'ITA-2024-0505' },
        { token },
      );
      expect(result.errors).toBeUndefined();
    }
    expect(await count('ITA-2009-0220')).toBe(2);
    const { data } = await api.query(SEARCH, { text: 'Procura' });
    expect(data.search.hits[0].record).toEqual({ reference: 'ITA-2009-0220', citedByCount: 2 });
  });
});

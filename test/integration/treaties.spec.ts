import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { runIngestCommand } from '../../ingest/command';
import { ingestFile } from '../../ingest/ingest-file';
import { createTestApi, type TestApi } from '../helpers/api';
import { toCsv, toJsonArray, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaties-'));
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
});
afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const TREATIES = [
  {
    reference: 'ITA-NGA-MLA-2016', title: 'Treaty on mutual legal assistance in criminal matters between Italy and Nigeria (synthetic)',
    scope: 'bilateral', kinds: ['mutual legal assistance'], adoptedOn: '12/09/2016', inForceOn: '2018-01-01',
    parties: [{ country: 'Italy', inForceOn: '2018-01-01' }, { country: 'NGA' }],
    sources: [{ label: 'Text', url: 'https://example.org/ita-nga-mla' }],
  },
  {
    reference: 'REG-EXT-1957', title: 'Regional convention on extradition (synthetic)', scope: 'REGIONAL',
    kinds: ['EXTRADITION', 'Transfer of sentenced persons'], adoptedOn: '1957-12-13', inForceOn: '1960-04-18',
    parties: ['France', 'ITA', 'DEU', 'Spain'],
  },
  // Rejected rows: an unknown party, a party listed twice, dates in the wrong order, a bilateral treaty of three.
  { reference: 'BAD-1', title: 'Unknown party', scope: 'BILATERAL', kinds: ['EXTRADITION'], parties: ['ITA', 'Atlantis'] },
  { reference: 'BAD-2', title: 'Twice', scope: 'REGIONAL', kinds: ['EXTRADITION'], parties: ['ITA', 'FRA', 'Italy'] },
  { reference: 'BAD-3', title: 'Wrong order', scope: 'BILATERAL', kinds: ['EXTRADITION'], adoptedOn: '2010-05-01', inForceOn: '2009-01-01', parties: ['ITA', 'FRA'] },
  { reference: 'BAD-4', title: 'Three', scope: 'BILATERAL', kinds: ['Extradition'], parties: ['ITA', 'FRA', 'DEU'] },
  { reference: 'BAD-5', title: 'No kind', scope: 'BILATERAL', kinds: ['telepathy'], parties: ['ITA', 'FRA'] },
];

const errorsOf = (rows: { reference: string | null; errors?: { field: string; value: unknown; message: string }[] }[], ref: string) =>
  rows.find((r) => r.reference === ref)?.errors ?? [];

describe('treaties', () => {
  it('load from JSON with a report; rejected rows name the field, the value and what is accepted', async () => {
    const file = writeCatalogue(dir, 'treaties.json', toJsonArray(TREATIES));
    const report = path.join(dir, 'report.json');
    const out: string[] = [];
    const sink = { write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WriteStream;
    const status = await runIngestCommand(dataSource, [file], { kind: 'treaty', report }, { stdout: sink, stderr: sink });
    expect(status).toBe(1);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    const rows = written.files[0].rows;
    expect(written.files[0].summary).toMatchObject({ read: 7, created: 2, rejected: 5 });
    expect(errorsOf(rows, 'BAD-1')).toEqual([
      expect.objectContaining({ field: 'parties[1].country', value: 'Atlantis', message: expect.stringContaining('not a known country') }),
    ]);
    expect(errorsOf(rows, 'BAD-2')).toEqual([
      expect.objectContaining({ field: 'parties[2].country', value: 'Italy', message: expect.stringContaining('ITA a second time (already parties[0])') }),
    ]);
    expect(errorsOf(rows, 'BAD-3')).toEqual([
      expect.objectContaining({ field: 'inForceOn', value: '2009-01-01', message: 'must not be before adoptedOn (2010-05-01)' }),
    ]);
    expect(errorsOf(rows, 'BAD-4')).toEqual([
      expect.objectContaining({ field: 'parties', message: expect.stringContaining('exactly two parties') }),
    ]);
    expect(errorsOf(rows, 'BAD-5')).toEqual([
      expect.objectContaining({ field: 'kinds[0]', value: 'telepathy', message: expect.stringContaining('MUTUAL_LEGAL_ASSISTANCE') }),
    ]);
    expect(out.join('')).toContain('treaties.json: read 7, created 2');
  });

  it('re-running changes nothing; a change updates that treaty and its parties; CSV works alike', async () => {
    const file = writeCatalogue(dir, 'treaties.json', toJsonArray(TREATIES.slice(0, 2)));
    const [before] = await dataSource.query(`SELECT updated_at FROM treaties WHERE reference = 'REG-EXT-1957'`);
    expect(await ingestFile(dataSource, file, { kind: 'treaty' })).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const [after] = await dataSource.query(`SELECT updated_at FROM treaties WHERE reference = 'REG-EXT-1957'`);
    expect(after.updated_at).toEqual(before.updated_at);

    const changed = [{ ...TREATIES[1], parties: 'France; Italy; Germany; Spain; Portugal', kinds: 'extradition' }];
    const csv = writeCatalogue(dir, 'treaties.csv', toCsv(changed));
    expect(await ingestFile(dataSource, csv, { kind: 'treaty' })).toMatchObject({ read: 1, updated: 1, rejected: 0 });
    const parties = await dataSource.query(
      `SELECT jurisdiction_code AS code FROM treaty_parties p JOIN treaties t ON t.id = p.treaty_id
        WHERE t.reference = 'REG-EXT-1957' ORDER BY seq`,
    );
    expect(parties.map((p: { code: string }) => p.code)).toEqual(['FRA', 'ITA', 'DEU', 'ESP', 'PRT']);
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM treaties`))[0].n)).toBe(2);
  });

  it('GraphQL: treaty, treaties filtered by parties and kinds, and each State\'s treaties', async () => {
    const one = await api.query(`{ treaty(reference: "ITA-NGA-MLA-2016") {
      reference title scope kinds adoptedOn inForceOn isSample sources { url }
      parties { jurisdiction { code } inForceOn } } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data.treaty).toEqual({
      reference: 'ITA-NGA-MLA-2016', title: expect.stringContaining('Italy and Nigeria'), scope: 'BILATERAL',
      kinds: ['MUTUAL_LEGAL_ASSISTANCE'], adoptedOn: '2016-09-12', inForceOn: '2018-01-01', isSample: false,
      sources: [{ url: 'https://example.org/ita-nga-mla' }],
      parties: [{ jurisdiction: { code: 'ITA' }, inForceOn: '2018-01-01' }, { jurisdiction: { code: 'NGA' }, inForceOn: null }],
    });
    const list = async (filter: string) => {
      const r = await api.query(`{ treaties(filter: ${filter}) { totalCount edges { node { reference } } } }`);
      expect(r.errors).toBeUndefined();
      return r.data.treaties.edges.map((e: { node: { reference: string } }) => e.node.reference);
    };
    expect(await list('{ parties: ["ITA"] }')).toEqual(['REG-EXT-1957', 'ITA-NGA-MLA-2016']);
    expect(await list('{ parties: ["ITA", "NGA"] }')).toEqual(['ITA-NGA-MLA-2016']);
    expect(await list('{ parties: ["ITA"], kinds: [EXTRADITION] }')).toEqual(['REG-EXT-1957']);
    expect(await list('{ parties: ["NGA"], kinds: [EXTRADITION] }')).toEqual([]);

    const bad = await api.query(`{ treaties(filter: { parties: ["Atlantis"] }) { totalCount } }`);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('filter.parties') });

    const states = await api.query(`{ jurisdictions(region: "Europe") { code treaties(first: 5) { totalCount edges { node { reference } } } } }`);
    expect(states.errors).toBeUndefined();
    const byCode = new Map(states.data.jurisdictions.map((j: { code: string; treaties: { totalCount: number } }) => [j.code, j.treaties.totalCount]));
    expect([byCode.get('ITA'), byCode.get('PRT'), byCode.get('AUT')]).toEqual([2, 1, 0]);
    // One statement for every State's page (and one for the counts), whatever the number of States.
    expect(states.statements).toBeLessThan(10);

    const page = await api.query(`{ treaties(first: 1) { pageInfo { endCursor hasNextPage } edges { node { reference } } } }`);
    const next = await api.query(`query($after: String) { treaties(first: 1, after: $after) { edges { node { reference } } } }`, {
      after: page.data.treaties.pageInfo.endCursor,
    });
    expect([page.data.treaties.edges[0].node.reference, next.data.treaties.edges[0].node.reference]).toEqual(['REG-EXT-1957', 'ITA-NGA-MLA-2016']);
  });
});

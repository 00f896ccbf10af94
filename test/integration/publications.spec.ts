import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { runIngestCommand } from '../../ingest/command';
import { ingestFile } from '../../ingest/ingest-file';
import { createTestApi, type TestApi } from '../helpers/api';
import { toCsv, toJsonArray, toNdjson, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publications-'));
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

const PUBLICATIONS = [
  { reference: 'PUB-1', title: 'Smuggling of migrants in the Mediterranean (synthetic)', authors: 'A. Rossi (synthetic); B. Haddad (synthetic)',
    year: '2019', kind: 'Journal article', publisher: 'Synthetic Journal of Criminal Law', language: 'English',
    annotation: 'Synthetic entry: a study of prosecutions of boat drivers.', url: 'https://example.org/pub-1',
    articles: 'SOM-6; Article 8, Smuggling of Migrants Protocol', crimeTypes: 'Smuggling of migrants', countries: 'Italy; LBY', keywords: 'Smuggling by sea' },
  { reference: 'PUB-2', title: 'Handbook on mutual legal assistance (synthetic)', kind: 'handbook', year: '2012',
    articles: 'art. 18 UNTOC', crimeTypes: '', countries: '', keywords: '' },
  { reference: 'BAD-URL', title: 'Malformed address', kind: 'report', url: 'www.example.org/no-scheme' },
  { reference: 'BAD-KIND', title: 'Unknown kind', kind: 'podcast', countries: 'Narnia' },
];

describe('publications', () => {
  it('load from CSV (row by row rejections) and NDJSON; re-running changes nothing', async () => {
    const csv = writeCatalogue(dir, 'publications.csv', toCsv(PUBLICATIONS));
    const first = await ingestFile(dataSource, csv, { kind: 'publication' });
    expect(first).toMatchObject({ read: 4, created: 2, rejected: 2 });
    const errors = (ref: string) => first.rows.find((r) => r.reference === ref)?.errors;
    expect(errors('BAD-URL')).toEqual([
      { field: 'url', value: 'www.example.org/no-scheme', message: expect.stringContaining('use an http:// or https:// URL') },
    ]);
    expect(errors('BAD-KIND')).toEqual([
      expect.objectContaining({ field: 'kind', value: 'podcast', message: expect.stringContaining('BOOK, ARTICLE, REPORT, MANUAL') }),
      expect.objectContaining({ field: 'countries[0]', value: 'Narnia', message: expect.stringContaining('not a known country') }),
    ]);
    expect(await ingestFile(dataSource, csv, { kind: 'publication' })).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 2 });

    const ndjson = writeCatalogue(dir, 'more.ndjson', toNdjson([
      { reference: 'PUB-3', title: 'Firearms trafficking: a guide (synthetic)', kind: 'guide', year: 2020, authors: ['C. Diaz (synthetic)'],
        countries: ['MEX', 'USA'], crimeTypes: ['firearms-trafficking'], articles: ['FIREARMS-5'] },
    ]));
    expect(await ingestFile(dataSource, ndjson, { kind: 'publication' })).toMatchObject({ created: 1, rejected: 0 });
    const [outbox] = await dataSource.query(`SELECT count(*)::int AS n FROM search_outbox WHERE record_type = 'PUBLICATION'`);
    expect(outbox.n).toBe(3);
  });

  it('GraphQL: publication, publications filtered, and the lists on article, crime-type and State pages', async () => {
    const one = await api.query(`{ publication(reference: "PUB-1") {
      reference title authors year kind publisher language annotation url isSample keywords
      articles { id } crimeTypes { code } countries { code } } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data.publication).toEqual({
      reference: 'PUB-1', title: 'Smuggling of migrants in the Mediterranean (synthetic)',
      authors: ['A. Rossi (synthetic)', 'B. Haddad (synthetic)'], year: 2019, kind: 'ARTICLE',
      publisher: 'Synthetic Journal of Criminal Law', language: 'en', annotation: 'Synthetic entry: a study of prosecutions of boat drivers.',
      url: 'https://example.org/pub-1', isSample: false, keywords: ['Smuggling by sea'],
      articles: [{ id: 'SOM-6' }, { id: 'SOM-8' }], crimeTypes: [{ code: 'smuggling-of-migrants' }], countries: [{ code: 'ITA' }, { code: 'LBY' }],
    });
    const refs = async (filter: string) => {
      const r = await api.query(`{ publications(filter: ${filter}) { totalCount edges { node { reference } } } }`);
      expect(r.errors).toBeUndefined();
      return r.data.publications.edges.map((e: { node: { reference: string } }) => e.node.reference);
    };
    expect(await refs('{}')).toEqual(['PUB-3', 'PUB-2', 'PUB-1']);
    expect(await refs('{ countries: ["LBY", "USA"] }')).toEqual(['PUB-3', 'PUB-1']);
    expect(await refs('{ kinds: [MANUAL] }')).toEqual(['PUB-2']);
    expect(await refs('{ articles: ["UNTOC-18"] }')).toEqual(['PUB-2']);
    const bad = await api.query(`{ publications(filter: { crimeTypes: ["piracy-ish"] }) { totalCount } }`);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('filter.crimeTypes') });

    const nested = await api.query(`{
      article(id: "SOM-6") { publications { totalCount edges { node { reference } } } }
      jurisdiction(code: "MEX") { publications { edges { node { reference } } } }
      crimeTypes { code publications(first: 1) { totalCount } } }`);
    expect(nested.errors).toBeUndefined();
    expect(nested.data.article.publications).toEqual({ totalCount: 1, edges: [{ node: { reference: 'PUB-1' } }] });
    expect(nested.data.jurisdiction.publications.edges).toEqual([{ node: { reference: 'PUB-3' } }]);
    const counts = new Map(nested.data.crimeTypes.map((c: { code: string; publications: { totalCount: number } }) => [c.code, c.publications.totalCount]));
    expect([counts.get('smuggling-of-migrants'), counts.get('firearms-trafficking'), counts.get('fraud')]).toEqual([1, 1, 0]);
    expect(nested.statements).toBeLessThan(12);
  });

  it('search answers publications as the third record type', async () => {
    const r = await api.query(`{ search(input: { text: "boat drivers" }) { total hits { record { __typename ... on Publication { reference kind } } highlights { field snippet } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.search.total).toBe(1);
    expect(r.data.search.hits[0].record).toEqual({ __typename: 'Publication', reference: 'PUB-1', kind: 'ARTICLE' });
    const typed = await api.query(`{ search(input: { types: [PUBLICATION], filters: { countries: ["USA"] } }) { total } }`);
    expect(typed.data.search.total).toBe(1);
  });

  it('load from a JSON array through portal ingest, with a report naming every row', async () => {
    const file = writeCatalogue(dir, 'bibliography.json', toJsonArray([
      { reference: 'PUB-4', title: 'Confiscation without conviction (synthetic)', kind: 'book', year: 2016, countries: ['GBR'] },
      { reference: 'PUB-5', title: 'Bad year', kind: 'book', year: 1650 },
    ]));
    const report = path.join(dir, 'report.json');
    const out: string[] = [];
    const sink = { write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WriteStream;
    expect(await runIngestCommand(dataSource, [file], { kind: 'publication', report }, { stdout: sink, stderr: sink })).toBe(1);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.files[0]).toMatchObject({ kind: 'publication', summary: { read: 2, created: 1, rejected: 1 } });
    expect(written.files[0].rows).toEqual([
      { line: 2, reference: 'PUB-4', outcome: 'created' },
      { line: 11, reference: 'PUB-5', outcome: 'rejected', errors: [{ field: 'year', value: 1650, message: expect.stringContaining('from 1800 to') }] },
    ]);
    expect(out.join('')).toContain('bibliography.json:11: year:');
    const [run] = await dataSource.query(`SELECT kind, created, rejected FROM ingest_runs WHERE file LIKE '%bibliography.json'`);
    expect(run).toEqual({ kind: 'publication', created: 1, rejected: 1 });
  });
});

import fs from 'node:fs';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { type DataSource } from 'typeorm';
import { EXIT, runIngestCommand } from '../../ingest/command';
import { generateCases, generateLaws } from '../../ingest/generate';
import { generatePublications } from '../../ingest/generate/library';
import { generatorVocabulary } from '../../ingest/generate-vocabulary';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { toNdjson, writeCatalogue } from '../helpers/catalogue-files';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let server: Server;
let base: string;
let author: TestAccount;
let colleague: TestAccount;
let secretariat: TestAccount;
let researcher: TestAccount;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exports-'));
const AUTHORED = `ITA-EXP-${process.pid}`;

const get = (url: string, token?: string) => fetch(`${base}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const text = async (url: string, token?: string) => {
  const res = await get(url, token);
  expect(res.status).toBe(200);
  return res.text();
};
const ndjson = (body: string) => body.split('\n').filter(Boolean).map((line) => JSON.parse(line));

/** Fourteen cases whose dates tie and are missing, in three States, two subjects; laws and publications beside them. */
const ORDERED = Array.from({ length: 14 }, (_, i) => ({
  reference: `EXP-ORD-${String(i).padStart(2, '0')}`,
  title: `${['Alpha', 'beta', 'Gamma', 'delta'][i % 4]} v. the State (synthetic ${i})`,
  country: ['ITA', 'FRA', 'NGA'][i % 3],
  ...(i % 4 === 3 ? {} : { decisionDate: `201${i % 5}-0${1 + (i % 2)}-15` }),
  crimeTypes: [i % 2 ? 'smuggling-of-migrants' : 'trafficking-in-persons'],
  summary: i % 2
    ? 'Synthetic case: migrants were smuggled across the sea on an unseaworthy boat.'
    : 'Synthetic case: workers were recruited by deception and trafficking for forced labour followed.',
}));
const LAWS = [
  { reference: 'EXP-LAW-ITA', country: 'ITA', title: 'Law on trafficking in persons (synthetic)', enactedOn: '2012-01-15', status: 'in-force', crimeTypes: ['trafficking-in-persons'], provisions: [{ number: 'Art. 1', heading: 'Trafficking', text: 'Whoever recruits by deception for exploitation…', articles: ['TIP-5'] }] },
  { reference: 'EXP-LAW-FRA', country: 'FRA', title: 'Code on the smuggling of migrants (synthetic)', status: 'amended', crimeTypes: ['smuggling-of-migrants'], provisions: [] },
];
const PUBLICATIONS = [
  { reference: 'EXP-PUB-1', title: 'Trafficking at sea: a report (synthetic)', kind: 'report', year: 2013, authors: ['Rossi, Anna', 'Office of the Prosecutor'], publisher: 'Synthetic Press', countries: ['ITA', 'NGA'], crimeTypes: ['trafficking-in-persons'], url: 'https://library.example/exp-pub-1' },
  { reference: 'EXP-PUB-2', title: 'Smuggling of migrants in the courts (synthetic)', kind: 'article', year: 2011, authors: ['Dupont, Jean'], publisher: 'Journal of Synthetic Law' },
];
const PEOPLE_CASE = {
  reference: 'EXP-PEOPLE', title: 'Procura v. Esposito (synthetic)', country: 'ITA', decisionDate: '2018-06-01', crimeTypes: ['trafficking-in-persons'],
  defendants: [{ name: 'Gennaro Esposito', age: 45 }, { name: 'Ciro Di Marzio', age: 16 }],
  victims: [{ name: 'Maria del Carmen Ruiz-Pérez', count: 1, child: false }],
};
const FORMULA_CASE = { reference: 'EXP-FORMULA', title: '=HYPERLINK("https://evil.example","click")', country: 'FRA', decisionDate: '2016-03-03' };
const DRAFT = { reference: 'EXP-DRAFT', title: 'Draftonly v. the State (synthetic)', country: 'ITA', decisionDate: '2020-01-01', summary: 'trafficking draft' };

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  // Small pages, so every walk crosses many of them.
  api = await createTestApi(dataSource, { exportPageSize: 4 });
  expect((await loadRecords(dataSource, 'case', [...ORDERED, PEOPLE_CASE, FORMULA_CASE])).rejected).toBe(0);
  expect((await loadRecords(dataSource, 'law', LAWS)).rejected).toBe(0);
  expect((await loadRecords(dataSource, 'publication', PUBLICATIONS)).rejected).toBe(0);
  expect((await loadRecords(dataSource, 'case', [DRAFT], { publish: false })).rejected).toBe(0);
  author = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA'] });
  colleague = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA'] });
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
  const input = { ...PEOPLE_CASE, reference: AUTHORED, decisionDate: '2018-06-02' };
  expect((await api.query(`mutation($input: CaseInput!) { createCaseDraft(input: $input) { reference } }`, { input }, { token: author.token })).errors).toBeUndefined();
  for (const [step, token] of [['submitCase', author.token], ['approveCase', secretariat.token]] as const) {
    expect((await api.query(`mutation($r: String!) { ${step}(reference: $r) { status } }`, { r: AUTHORED }, { token })).errors).toBeUndefined();
  }
  server = api.portal.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await api?.stop();
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const FORMATS = ['csv', 'json', 'ndjson', 'ris', 'csl.json'];

describe('what an export may hold', () => {
  it('never holds a draft, for anyone, in any format', async () => {
    for (const token of [undefined, researcher.token, author.token, colleague.token, secretariat.token]) {
      for (const format of FORMATS) {
        const body = await text(`/export.${format}?type=CASE&q=trafficking`, token);
        expect(body).toContain('EXP-ORD-00');
        expect(body).not.toMatch(/EXP-DRAFT|Draftonly/);
      }
    }
  });

  it('shows victims, and defendants who were minors, by initials to the public, researchers and other contributors', async () => {
    for (const token of [undefined, researcher.token, colleague.token]) {
      for (const format of FORMATS) {
        const body = await text(`/export.${format}?type=CASE&country=ITA`, token);
        expect(body).not.toMatch(/Ciro|Marzio|Maria|Ruiz/);
      }
      const records = ndjson(await text(`/export.ndjson?type=CASE&country=ITA`, token));
      const people = records.find((r) => r.reference === 'EXP-PEOPLE');
      expect(people.defendants.map((d: { name: string }) => d.name)).toEqual(['Gennaro Esposito', 'C. D. M.']);
      expect(people.victims[0].name).toBe('M. D. C. R.-P.');
    }
  });

  it('gives full names where the API does: to the secretariat, and to the author on its own case only', async () => {
    const mine = ndjson(await text(`/export.ndjson?type=CASE&country=ITA`, author.token));
    expect(mine.find((r) => r.reference === AUTHORED).defendants[1].name).toBe('Ciro Di Marzio');
    expect(mine.find((r) => r.reference === 'EXP-PEOPLE').defendants[1].name).toBe('C. D. M.');
    const all = ndjson(await text(`/export.ndjson?type=CASE&country=ITA`, secretariat.token));
    expect(all.find((r) => r.reference === 'EXP-PEOPLE').victims[0].name).toBe('Maria del Carmen Ruiz-Pérez');
  });

  it('refuses a bad token with 401, even for public records', async () => {
    const res = await get('/export.csv', 'forged.token.value');
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('bad parameters', () => {
  const refused: [string, string, RegExp][] = [
    ['/export.csv?country=ATLANTIS', 'country', /ATLANTIS/],
    ['/export.csv?from=20x5', 'from', /four digits/],
    ['/export.csv?from=1200', 'from', /1700/],
    ['/export.csv?from=2015&to=2010', 'to', /not before from/],
    ['/export.csv?type=BOOK', 'type', /CASE, LAW, PUBLICATION/],
    ['/export.csv?sort=NEWEST', 'sort', /RELEVANCE, DATE_DESC, DATE_ASC, TITLE/],
    ['/export.csv?court=HIGH', 'court', /FIRST_INSTANCE/],
    ['/export.csv?crime=piracy-of-software', 'crime', /piracy/],
    ['/export.csv?article=UNTOC-99', 'article', /UNTOC-99/],
    ['/export.csv?limit=0', 'limit', /1 to 100,000/],
    ['/export.csv?limit=100001', 'limit', /1 to 100,000/],
    ['/export.csv?limit=ten', 'limit', /1 to 100,000/],
    ['/export.csv?q=a&q=b', 'q', /once/],
    ['/export.json', 'type', /type=CASE/],
    ['/export.ndjson?q=trafficking', 'type', /portal ingest --kind/],
    [`/export.csv?country=${Array.from({ length: 101 }, () => 'ITA').join('&country=')}`, 'country', /at most 100/],
    [`/export.csv?q=${'x'.repeat(1001)}`, 'q', /1000 characters/],
  ];
  it.each(refused)('%s answers 400 naming %s', async (url, field, accepted) => {
    const res = await get(url);
    expect(res.status).toBe(400);
    const { errors } = await res.json();
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors[0].message.startsWith(`${field}:`)).toBe(true);
    expect(errors[0].message).toMatch(accepted);
  });
});

/** Every hit of a search through the API, page after page: references with their record types. */
async function searched(params: Record<string, string | string[]>): Promise<string[]> {
  const list = (name: string) => (params[name] === undefined ? undefined : ([] as string[]).concat(params[name]!));
  const year = (name: string) => (params[name] === undefined ? undefined : Number(params[name]));
  const input = {
    text: params.q, types: list('type'), sort: params.sort,
    filters: { countries: list('country'), crimeTypes: list('crime'), regions: list('region'), articles: list('article'),
      keywords: list('keyword'), courtLevels: list('court'), yearFrom: year('from'), yearTo: year('to') },
  };
  const found: string[] = [];
  let after: string | null = null;
  do {
    const { data, errors } = await api.query(`query($input: SearchInput!) { search(input: $input) {
      pageInfo { hasNextPage endCursor }
      hits { record { __typename ... on Case { reference } ... on Law { reference } ... on Publication { reference } } } } }`,
    { input: { ...input, first: 5, after } });
    expect(errors).toBeUndefined();
    found.push(...data.search.hits.map((h: { record: { __typename: string; reference: string } }) => `${h.record.__typename.toLowerCase()}:${h.record.reference}`));
    after = data.search.pageInfo.hasNextPage ? data.search.pageInfo.endCursor : null;
  } while (after);
  return found;
}

const query = (params: Record<string, string | string[]>) => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) for (const v of ([] as string[]).concat(value)) search.append(name, v);
  return search.toString();
};

describe('the same records in the same order as the search', () => {
  const searches: Record<string, string | string[]>[] = [
    {},
    { sort: 'DATE_ASC' },
    { sort: 'TITLE' },
    { q: 'trafficking' },
    { q: 'trafficking', sort: 'DATE_DESC' },
    { q: 'smuggling zzyzx' }, // no record holds every word: those holding the most
    { type: 'CASE', country: ['ITA', 'FRA'], from: '2011', to: '2014' },
    { crime: 'smuggling-of-migrants', sort: 'TITLE' },
    { region: 'Africa', sort: 'DATE_ASC' },
  ];
  it.each(searches)('%j', async (params) => {
    const expected = await searched(params);
    expect(expected.length).toBeGreaterThan(0);
    const csv: { type: string; reference: string }[] = parse(await text(`/export.csv?${query(params)}`), { columns: true });
    expect(csv.map((r) => `${r.type}:${r.reference}`)).toEqual(expected);
    const cited = JSON.parse(await text(`/export.csl.json?${query(params)}`)) as { id: string }[];
    expect(cited.map((item) => item.id)).toEqual(expected.map((e) => e.split(':')[1]));
  });

  it('stops at the limit, and names the file by what it holds', async () => {
    const res = await get('/export.ndjson?type=CASE&limit=3');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="portal-cases-\d{4}-\d{2}-\d{2}\.ndjson"$/);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(ndjson(await res.text()).map((r) => r.reference)).toEqual((await searched({ type: 'CASE' })).slice(0, 3).map((e) => e.split(':')[1]));
    expect((await get('/export.csv')).headers.get('content-disposition')).toMatch(/portal-records-.*\.csv"$/);
    expect((await get('/export.csl.json?type=LAW')).headers.get('content-disposition')).toMatch(/portal-laws-.*\.csl\.json"$/);
  });

  it('writes an empty file when nothing matches', async () => {
    expect(await text('/export.json?type=CASE&country=NZL')).toBe('[\n]\n');
    expect(await text('/export.ndjson?type=LAW&country=NZL')).toBe('');
    expect((await text('/export.csv?country=NZL')).trim().split('\n')).toHaveLength(1);
  });
});

describe('formats', () => {
  it('CSV: one row per record, lists joined with "; ", formulas escaped', async () => {
    const rows: Record<string, string>[] = parse(await text('/export.csv?sort=TITLE'), { columns: true });
    const formula = rows.find((r) => r.reference === 'EXP-FORMULA')!;
    expect(formula.title.startsWith("'=")).toBe(true);
    const publication = rows.find((r) => r.reference === 'EXP-PUB-1')!;
    expect(publication).toMatchObject({ type: 'publication', country: 'ITA; NGA', country_name: 'Italy; Nigeria', authors: 'Rossi, Anna; Office of the Prosecutor', publication_kind: 'report', date: '2013' });
    expect(rows.find((r) => r.reference === 'EXP-LAW-ITA')).toMatchObject({ type: 'law', articles: 'TIP-5', law_status: 'in-force', date: '2012-01-15' });
    expect(rows.find((r) => r.reference === 'EXP-PEOPLE')).toMatchObject({ court_level: '', defendants: 'Gennaro Esposito; C. D. M.', crime_types: 'trafficking-in-persons' });
  });

  it('RIS: a TY … ER block per record, of the type each record is', async () => {
    const body = await text('/export.ris?sort=TITLE');
    const blocks = body.split('ER  - \r\n').filter((b) => b.trim());
    expect(blocks).toHaveLength((await searched({ sort: 'TITLE' })).length);
    for (const block of blocks) {
      const lines = block.replace(/^(\r\n)+/, '').split('\r\n').filter(Boolean);
      expect(lines[0]).toMatch(/^TY {2}- (CASE|STAT|RPRT|JOUR)$/);
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \S/);
    }
    const people = blocks.find((b) => b.includes('ID  - EXP-PEOPLE'))!;
    expect(people).toContain('TY  - CASE\r\n');
    expect(people).toContain('CY  - Italy\r\n');
    expect(people).toContain('DA  - 2018/06/01/\r\n');
    expect(people).toContain('KW  - Trafficking in persons\r\n');
    expect(people).toMatch(/UR {2}- http:\/\/127\.0\.0\.1:\d+\/cases\/EXP-PEOPLE\r\n/);
    expect(blocks.find((b) => b.includes('ID  - EXP-LAW-FRA'))).toContain('TY  - STAT');
    const article = blocks.find((b) => b.includes('ID  - EXP-PUB-2'))!;
    expect(article).toContain('TY  - JOUR');
    expect(article).toContain('AU  - Dupont, Jean');
    expect(article).toContain('JO  - Journal of Synthetic Law');
  });

  it('CSL-JSON: legal_case, legislation and publication types with CSL dates and names', async () => {
    const items = JSON.parse(await text('/export.csl.json')) as Record<string, any>[];
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('EXP-PEOPLE')).toMatchObject({ type: 'legal_case', jurisdiction: 'Italy', issued: { 'date-parts': [[2018, 6, 1]] } });
    expect(byId.get('EXP-LAW-ITA')).toMatchObject({ type: 'legislation', issued: { 'date-parts': [[2012, 1, 15]] } });
    expect(byId.get('EXP-LAW-FRA')?.issued).toBeUndefined();
    expect(byId.get('EXP-PUB-1')).toMatchObject({
      type: 'report', publisher: 'Synthetic Press', issued: { 'date-parts': [[2013]] },
      author: [{ family: 'Rossi', given: 'Anna' }, { literal: 'Office of the Prosecutor' }],
    });
    expect(byId.get('EXP-PUB-2')).toMatchObject({ type: 'article-journal', 'container-title': 'Journal of Synthetic Law' });
  });
});

/** `portal ingest` as the command runs it, its output captured. */
async function ingest(file: string, kind: 'case' | 'law' | 'publication') {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let out = '';
  stdout.on('data', (c) => (out += c));
  (stderr as unknown as PassThrough).resume();
  const status = await runIngestCommand(dataSource, [file], { kind, publish: true, as: 'test' }, { stdout, stderr });
  return { status, out };
}

describe('round trip: JSON and NDJSON exports are catalogues that ingest loads back unchanged', () => {
  const kinds = [
    { kind: 'case', type: 'CASE' },
    { kind: 'law', type: 'LAW' },
    { kind: 'publication', type: 'PUBLICATION' },
  ] as const;

  it.each(kinds)('$kind: generated catalogue → export → empty database → ingest → export, byte-identical', async ({ kind, type }) => {
    const vocabulary = await generatorVocabulary(dataSource);
    const generated: object[] = kind === 'case'
      ? [...generateCases({ count: 60, seed: 17, vocabulary })]
      : kind === 'law'
        ? [...generateLaws({ count: 40, seed: 17, vocabulary })]
        : [...generatePublications(vocabulary, 17, 25)];
    await resetCatalogue(dataSource);
    expect((await ingest(writeCatalogue(dir, `${kind}-generated.ndjson`, toNdjson(generated)), kind)).status).toBe(EXIT.OK);

    for (const format of ['ndjson', 'json'] as const) {
      // The secretariat's export: the whole record, names included, as the catalogue holds it.
      const first = await text(`/export.${format}?type=${type}&sort=TITLE`, secretariat.token);
      const records = format === 'ndjson' ? ndjson(first) : JSON.parse(first);
      expect(records).toHaveLength(generated.length);
      await resetCatalogue(dataSource);
      const loaded = await ingest(writeCatalogue(dir, `${kind}-export.${format}`, first), kind);
      expect(loaded.out).toMatch(new RegExp(`read ${generated.length}, created ${generated.length}, updated 0, unchanged 0, rejected 0`));
      expect(loaded.status).toBe(EXIT.OK);
      // Loaded again over what it loaded, it changes nothing.
      const again = await ingest(writeCatalogue(dir, `${kind}-again.${format}`, first), kind);
      expect(again.out).toMatch(new RegExp(`read ${generated.length}, created 0, updated 0, unchanged ${generated.length}, rejected 0`));
      const second = await text(`/export.${format}?type=${type}&sort=TITLE`, secretariat.token);
      expect(second).toBe(first);
    }
  });
});

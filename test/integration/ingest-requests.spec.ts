import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { type DataSource } from 'typeorm';
import { EXIT, runIngestCommand } from '../../ingest/command';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type GraphqlResult, type TestApi } from '../helpers/api';
import { toCsv, toJsonArray, toNdjson, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource } from '../helpers/db';

/**
 * `portal ingest --kind request`: a register of requests kept elsewhere, loaded through the real command from real
 * files; re-loads update instead of duplicating; bad rows are rejected with the field, the value and why; and what
 * is loaded stays with the owning State's authorities and the secretariat.
 */
let dataSource: DataSource;
let api: TestApi;
let secretariat: TestAccount;
let researcher: TestAccount;
let prt: TestAccount;
let cpv: TestAccount;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-requests-'));
const RUN = String(process.pid);
const ref = (n: number) => `PRT-PGR-${RUN}-${n}`;
const CASE_REF = `PRT-2021-RQ${RUN}`;
const TREATY_REF = `PRT-CPV-MLA-RQ${RUN}`;
/** A word only these requests carry, to look for it where it must not appear. */
const SECRET = `Quarzvelt${RUN}`;
const codes = (r: GraphqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

async function run(files: string[], options: Partial<Parameters<typeof runIngestCommand>[2]> = {}) {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  (stderr as unknown as PassThrough).on('data', (c) => (err += c));
  const status = await runIngestCommand(dataSource, files, { kind: 'request', as: 'registry clerk', ...options }, { stdout, stderr });
  return { status, out, err };
}

/** An outgoing MLA request executed after asking for more information, linked to a case, under a treaty. */
const executed = {
  owningState: 'Portugal', reference: ref(1), counterpartReference: 'CPV/PGR/2021/77', direction: 'outgoing',
  kind: 'MLA', requestingState: 'PRT', requestedState: 'Cabo Verde', forms: ['taking evidence', 'DOCUMENTS_AND_RECORDS'],
  offences: ['Trafficking in persons', 'money-laundering'], subject: `Recruitment network ${SECRET}`,
  legalBasis: 'treaty', legalBasisTreaty: TREATY_REF, case: CASE_REF, sentOn: '03/02/2021', dueOn: '2021-05-03',
  completedOn: '2021-06-30', status: 'EXECUTED',
  events: [
    { date: '2021-02-03', type: 'SENT' },
    { date: '2021-02-10', type: 'ACKNOWLEDGED', note: 'Acknowledged by the central authority' },
    { date: '2021-03-15', type: 'ADDITIONAL_INFORMATION_REQUESTED', note: 'Which accounts?' },
    { date: '2021-03-29', type: 'ADDITIONAL_INFORMATION_PROVIDED' },
    { date: '2021-06-30', type: 'EXECUTED' },
  ],
};
/** An incoming extradition request refused, under the Convention. */
const refused = {
  owningState: 'PRT', reference: ref(2), counterpartReference: 'BRA-EXT-2022-4', direction: 'INCOMING', kind: 'EXTRADITION',
  requestingState: 'BRA', requestedState: 'PRT', forms: ['EXTRADITION_OF_ACCUSED'], offences: ['drug-offences'],
  legalBasis: 'Convention', sentOn: '2022-01-05', receivedOn: '2022-01-20', completedOn: '2022-09-01', status: 'REFUSED',
  refusalGrounds: ['dual criminality'], subject: `Extradition ${SECRET}`,
  events: [
    { date: '2022-01-20', type: 'RECEIVED' },
    { date: '2022-09-01', type: 'REFUSED', refusalGrounds: ['DUAL_CRIMINALITY'], note: 'Conduct not an offence in Portugal' },
  ],
};
/** An outgoing request still open, with no events given. */
const open = {
  owningState: 'PRT', reference: ref(3), direction: 'OUTGOING', kind: 'MUTUAL_LEGAL_ASSISTANCE', requestingState: 'PRT',
  requestedState: 'ESP', forms: 'SEARCH_AND_SEIZURE; IDENTIFYING_PROCEEDS', offences: 'fraud', legalBasis: 'RECIPROCITY',
  sentOn: '2024-04-02', dueOn: '2024-07-01', status: 'SENT', subject: `Open ${SECRET}`,
};

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
  const authority = async (country: string) => {
    const r = await api.query(`mutation($input: AuthorityInput!) { createAuthority(input: $input) { id } }`,
      { input: { country, name: `Register authority ${country} ${RUN}`, kinds: ['MUTUAL_LEGAL_ASSISTANCE'] } }, { token: secretariat.token });
    return account(api, Role.AUTHORITY, { authorityId: r.data.createAuthority.id });
  };
  prt = await authority('PRT');
  cpv = await authority('CPV');
  const caseFile = writeCatalogue(dir, 'case.json', toJsonArray([{ reference: CASE_REF, title: 'Ministério Público v. Tavares', country: 'PRT' }]));
  expect((await run([caseFile], { kind: 'case', publish: true })).status).toBe(EXIT.OK);
  const treatyFile = writeCatalogue(dir, 'treaty.json', toJsonArray([{
    reference: TREATY_REF, title: 'Treaty on mutual legal assistance between Portugal and Cabo Verde (test)', scope: 'BILATERAL',
    kinds: ['MUTUAL_LEGAL_ASSISTANCE'], adoptedOn: '2010-01-01', inForceOn: '2011-01-01', parties: ['PRT', 'CPV'],
  }]));
  expect((await run([treatyFile], { kind: 'treaty' })).status).toBe(EXIT.OK);
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const stored = () => dataSource.query(
  `SELECT register_reference, status, outcome, updated_at, (SELECT count(*)::int FROM request_events e WHERE e.request_id = r.id) AS events
     FROM cooperation_requests r WHERE register_reference LIKE $1 ORDER BY register_reference`, [`PRT-PGR-${RUN}-%`],
);

describe('portal ingest --kind request', () => {
  it('loads a register from CSV and JSON, with labels, events, the case and the treaty', async () => {
    const csv = writeCatalogue(dir, 'register.csv', toCsv([executed, open]));
    const json = writeCatalogue(dir, 'register.json', toJsonArray([refused]));
    const { status, out, err } = await run([csv, json]);
    expect(err).toBe('');
    expect(status).toBe(EXIT.OK);
    expect(out).toMatch(/register\.csv: read 2, created 2, updated 0, unchanged 0, rejected 0/);
    expect(out).toMatch(/register\.json: read 1, created 1/);
    const r = await api.query(`{ requests(first: 50) { edges { node {
        registerReference counterpartReference reference kind direction status requestingState { code } requestedState { code }
        case { reference } measures { form } offences { crimeType } legalBasis sentOn receivedOn dueOn completedOn outcome refusalGrounds
        events { date type note refusalGrounds statusAfter } } } } }`, {}, { token: prt.token });
    expect(r.errors).toBeUndefined();
    const mine = r.data.requests.edges.map((e: { node: { registerReference: string } }) => e.node)
      .filter((n: { registerReference: string | null }) => n.registerReference?.startsWith(`PRT-PGR-${RUN}`));
    const byRef = new Map(mine.map((n: { registerReference: string }) => [n.registerReference, n]));
    expect(byRef.get(ref(1))).toEqual({
      registerReference: ref(1), counterpartReference: 'CPV/PGR/2021/77', reference: ref(1), kind: 'MUTUAL_LEGAL_ASSISTANCE',
      direction: 'OUTGOING', status: 'EXECUTED', requestingState: { code: 'PRT' }, requestedState: { code: 'CPV' },
      case: { reference: CASE_REF }, measures: [{ form: 'TAKING_EVIDENCE' }, { form: 'DOCUMENTS_AND_RECORDS' }],
      offences: [{ crimeType: 'trafficking-in-persons' }, { crimeType: 'money-laundering' }], legalBasis: 'TREATY',
      sentOn: '2021-02-03', receivedOn: null, dueOn: '2021-05-03', completedOn: '2021-06-30', outcome: 'EXECUTED', refusalGrounds: [],
      events: [
        { date: '2021-02-03', type: 'SENT', note: null, refusalGrounds: [], statusAfter: 'SENT' },
        { date: '2021-02-10', type: 'ACKNOWLEDGED', note: 'Acknowledged by the central authority', refusalGrounds: [], statusAfter: 'SENT' },
        { date: '2021-03-15', type: 'ADDITIONAL_INFORMATION_REQUESTED', note: 'Which accounts?', refusalGrounds: [], statusAfter: 'SENT' },
        { date: '2021-03-29', type: 'ADDITIONAL_INFORMATION_PROVIDED', note: null, refusalGrounds: [], statusAfter: 'SENT' },
        { date: '2021-06-30', type: 'EXECUTED', note: null, refusalGrounds: [], statusAfter: 'EXECUTED' },
      ],
    });
    expect(byRef.get(ref(2))).toMatchObject({
      reference: 'BRA-EXT-2022-4', direction: 'INCOMING', status: 'REFUSED', outcome: 'REFUSED', refusalGrounds: ['DUAL_CRIMINALITY'],
      receivedOn: '2022-01-20', legalBasis: 'CONVENTION', measures: [{ form: 'EXTRADITION_OF_ACCUSED' }],
    });
    expect(byRef.get(ref(3))).toMatchObject({ status: 'SENT', outcome: null, events: [], measures: [{ form: 'SEARCH_AND_SEIZURE' }, { form: 'IDENTIFYING_PROCEEDS' }] });
    // The owning State's figures count them like any request recorded in the portal.
    const stats = await api.query(`{ requestStatistics(filter: { yearFrom: 2021, yearTo: 2022 }) { view total byRefusalGround { value count } } }`, {}, { token: prt.token });
    expect(stats.data.requestStatistics).toMatchObject({ view: 'STATE', byRefusalGround: expect.arrayContaining([{ value: 'DUAL_CRIMINALITY', count: expect.any(Number) }]) });
  });

  it('reads the events of a list of requests in one statement, whatever the number of requests', async () => {
    const list = `query($first: Int) { requests(first: $first) { edges { node { reference events { type date author } } } } }`;
    const one = await api.query(list, { first: 1 }, { token: prt.token });
    const three = await api.query(list, { first: 3 }, { token: prt.token });
    expect(one.errors).toBeUndefined();
    expect(three.errors).toBeUndefined();
    expect(three.data.requests.edges).toHaveLength(3);
    expect(three.data.requests.edges.flatMap((e: { node: { events: unknown[] } }) => e.node.events).length).toBeGreaterThan(3);
    expect(three.statements).toBe(one.statements);
  });

  it('changes nothing when the same files are loaded again', async () => {
    const before = await stored();
    const { status, out } = await run([path.join(dir, 'register.csv'), path.join(dir, 'register.json')]);
    expect(status).toBe(EXIT.OK);
    expect(out).toMatch(/register\.csv: read 2, created 0, updated 0, unchanged 2, rejected 0/);
    expect(out).toMatch(/register\.json: read 1, created 0, updated 0, unchanged 1/);
    expect(await stored()).toEqual(before);
  });

  it('updates a request whose register moved on, appending only the new events', async () => {
    const moved = { ...open, status: 'EXECUTED', completedOn: '2024-10-15', events: [{ date: '2024-10-15', type: 'EXECUTED', note: 'Bank statements received' }] };
    const { status, out } = await run([writeCatalogue(dir, 'moved.ndjson', toNdjson([moved]))]);
    expect(status).toBe(EXIT.OK);
    expect(out).toMatch(/read 1, created 0, updated 1/);
    const rows = await stored();
    expect(rows.find((x: { register_reference: string }) => x.register_reference === ref(3))).toMatchObject({ status: 'EXECUTED', outcome: 'EXECUTED', events: 1 });
    expect(rows).toHaveLength(3);
    // The same again: unchanged; one more event: appended after the stored one.
    expect((await run([path.join(dir, 'moved.ndjson')])).out).toMatch(/unchanged 1/);
    const noted = { ...moved, events: [...moved.events, { date: '2024-10-20', type: 'NOTE', note: 'Filed' }] };
    expect((await run([writeCatalogue(dir, 'noted.ndjson', toNdjson([noted]))])).out).toMatch(/updated 1/);
    expect((await stored()).find((x: { register_reference: string }) => x.register_reference === ref(3)).events).toBe(2);
  });

  it('rejects a file whose events rewrite or drop stored ones, leaving the request as it was', async () => {
    const before = await stored();
    const rewritten = { ...executed, events: executed.events.map((e, i) => (i === 1 ? { ...e, note: 'Another note' } : e)) };
    const dropped = { ...refused, events: [] , status: 'REFUSED' };
    const report = path.join(dir, 'events-report.json');
    const { status } = await run([writeCatalogue(dir, 'rewritten.json', toJsonArray([rewritten, dropped]))], { report });
    expect(status).toBe(EXIT.REJECTED);
    const rows = JSON.parse(fs.readFileSync(report, 'utf8')).files[0].rows;
    expect(rows[0]).toMatchObject({ outcome: 'rejected', errors: [{ field: 'events[1]', message: expect.stringMatching(/never changed or removed/) }] });
    expect(rows[1]).toMatchObject({ outcome: 'rejected', errors: [{ field: 'events', message: expect.stringMatching(/the portal holds 2, the file 0/) }] });
    expect(await stored()).toEqual(before);
  });

  it('rejects bad rows with the field, the value and what is accepted, and loads their neighbours', async () => {
    const good = { ...open, reference: ref(10), events: undefined };
    const bad: [Record<string, unknown>, string, RegExp][] = [
      [{ ...good, reference: ref(11), owningState: 'ESP' }, 'owningState', /requesting State \(PRT\)/],
      [{ ...good, reference: ref(12), forms: ['EXTRADITION_OF_ACCUSED'] }, 'forms[0]', /does not match the kind MUTUAL_LEGAL_ASSISTANCE/],
      [{ ...good, reference: ref(13), status: 'REFUSED', completedOn: '2024-05-01' }, 'refusalGrounds', /is required for a REFUSED request/],
      [{ ...good, reference: ref(14), case: 'NO-SUCH-CASE' }, 'case', /is not the reference of a case/],
      [{ ...good, reference: ref(15), legalBasis: 'TREATY', legalBasisTreaty: TREATY_REF }, 'legalBasisTreaty', /both PRT and ESP are parties/],
      [{ ...good, reference: ref(16), events: [{ date: '2024-05-01', type: 'NOTE' }, { date: '2024-04-03', type: 'NOTE' }] }, 'events[1].date', /order they happened/],
      [{ ...good, reference: ref(17), sentOn: '2099-01-01' }, 'sentOn', /future|year/],
      [{ ...good, reference: ref(18), status: 'EXECUTED', completedOn: '2024-03-01' }, 'completedOn', /before sentOn/],
      [{ ...good, reference: ref(19), events: [{ date: '2024-04-02', type: 'SENT' }, { date: '2024-04-03', type: 'SENT' }] }, 'events[1].type', /the request is SENT: SENT follows a request that is DRAFT/],
      [{ ...good, reference: ref(20), kind: 'rogatory commission' }, 'kind', /is not a kind of request: use EXTRADITION, MUTUAL_LEGAL_ASSISTANCE/],
      [{ ...good, reference: ref(21), requestedStat: 'ESP' }, 'requestedStat', /did you mean|requestedState/i],
      [{ ...good, reference: ref(22), requestedState: 'PRT' }, 'owningState', /requesting State \(PRT\)|is the requesting State/],
    ];
    const report = path.join(dir, 'bad-report.json');
    const { status, err } = await run([writeCatalogue(dir, 'bad.ndjson', toNdjson([good, ...bad.map(([r]) => r)]))], { report });
    expect(status).toBe(EXIT.REJECTED);
    const rows = JSON.parse(fs.readFileSync(report, 'utf8')).files[0].rows;
    expect(rows[0]).toMatchObject({ outcome: 'created', reference: `PRT:${ref(10)}` });
    bad.forEach(([, field, message], i) => {
      const row = rows[i + 1];
      expect(row.outcome).toBe('rejected');
      expect(row.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}$|${field === 'owningState' ? 'requestedState' : '^$'}`)), message: expect.stringMatching(message) })]));
    });
    expect(err).toMatch(/bad\.ndjson:2: owningState: .*OUTGOING request is kept in the register of the requesting State/);
    const kept = await dataSource.query(`SELECT register_reference FROM cooperation_requests WHERE register_reference = ANY($1)`, [bad.map(([r]) => r.reference)]);
    expect(kept).toEqual([]);
  });
});

describe('who reads a loaded register', () => {
  const LIST = `{ requests(first: 100) { edges { node { id subject registerReference } } } }`;

  it('shows nothing of it to anonymous callers, researchers or another State’s authority, by any path', async () => {
    const [{ id }] = await dataSource.query(`SELECT id FROM cooperation_requests WHERE register_reference = $1`, [ref(1)]);
    for (const [who, token] of [['anonymous', undefined], ['researcher', researcher.token], ['CPV authority', cpv.token]] as const) {
      const list = await api.query(LIST, {}, { token });
      expect(list.errors).toBeUndefined();
      expect(JSON.stringify(list.data)).not.toContain(SECRET);
      const one = await api.query(`query($id: ID!) { request(id: $id) { subject } }`, { id }, { token });
      expect(one.data?.request ?? null).toBeNull();
      expect(codes(one)).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      for (const q of [`{ requestReminders(first: 100) { request { subject } } }`, `{ overdueRequests(first: 100) { request { subject } } }`]) {
        expect(JSON.stringify((await api.query(q, {}, { token })).data)).not.toContain(SECRET);
      }
      const search = await api.query(`{ search(input: { text: "${SECRET}" }) { total } }`, {}, { token });
      expect(search.data.search.total).toBe(0);
    }
  });

  it('keeps the ingest runs, and the values of rejected rows, to the secretariat', async () => {
    const RUNS = `{ ingestRuns(first: 50) { edges { node { kind rejections(first: 50) { edges { node { field value } } } } } } }`;
    for (const [token, code] of [[undefined, 'UNAUTHENTICATED'], [researcher.token, 'FORBIDDEN'], [prt.token, 'FORBIDDEN'], [cpv.token, 'FORBIDDEN']] as const) {
      const r = await api.query(RUNS, {}, { token });
      expect(codes(r)).toEqual([code]);
      expect(JSON.stringify(r.data ?? null)).not.toContain(RUN);
    }
    const s = await api.query(RUNS, {}, { token: secretariat.token });
    expect(s.errors).toBeUndefined();
    expect(s.data.ingestRuns.edges.some((e: { node: { kind: string } }) => e.node.kind === 'REQUEST')).toBe(true);
  });

  it('gives the public only the rounded aggregate, never one State’s figures', async () => {
    const one = await api.query(`{ requestStatistics(filter: { country: "PRT" }) { total } }`, {}, { token: researcher.token });
    expect(codes(one)).toEqual(['FORBIDDEN']);
    const all = await api.query(`{ requestStatistics { view } }`);
    expect(all.data.requestStatistics.view).toBe('PUBLIC_AGGREGATE');
  });
});

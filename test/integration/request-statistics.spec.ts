import { parse as parseCsv } from 'csv-parse/sync';
import { type AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import { type DataSource } from 'typeorm';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type GraphqlResult, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

/**
 * requestStatistics and GET /statistics.csv: who sees which figures, the suppression rule of the public view,
 * and the figures themselves checked against a register generated here (exact for the State and the secretariat).
 * Fixtures live in years no other test uses (1999 for the lone request, 2001–2004 for the register), and every
 * aggregate asked for is bounded to them.
 */
let dataSource: DataSource;
let api: TestApi;
let server: Server;
let base: string;
let secretariat: TestAccount;
let researcher: TestAccount;
let itaAuthority: TestAccount;
let fraAuthority: TestAccount;
let loneId: string;

const SECRET_SUBJECT = 'Zygomorphic orchid consignment 4471';
const STATS = `query($filter: RequestStatisticsFilter) { requestStatistics(filter: $filter) {
  view country total totalSuppressed anySuppressed
  byYear { year direction count suppressed }
  byCountry { value label count suppressed } byOutcome { value count suppressed } byKind { value count suppressed }
  byCrimeType { value label count suppressed } byRefusalGround { value count suppressed } byLegalBasis { value count suppressed }
  completedCount medianDaysToCompletion p90DaysToCompletion } }`;
const codes = (r: GraphqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

/** The generated register: ITA's and others' requests, 2001–2004. */
interface Fixture {
  direction: 'OUTGOING' | 'INCOMING'; requesting: string; requested: string; opened: string; completed: string | null;
  outcome: string | null; grounds: string[]; basis: string | null; crimeTypes: string[]; kind: string;
}
const COUNTERPARTS = ['NGA', 'DEU', 'BRA', 'ZAF', 'MEX', 'THA'];
const BASES = ['TREATY', 'CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW', null];
const CRIMES = ['trafficking-in-persons', 'smuggling-of-migrants', 'money-laundering', 'drug-offences'];
const OUTCOMES = ['EXECUTED', 'EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', null, 'WITHDRAWN', 'EXECUTED'];
function register(): Fixture[] {
  const rows: Fixture[] = [];
  for (let i = 0; i < 160; i++) {
    const owner = i % 4 === 0 ? 'FRA' : 'ITA';
    const counterpart = COUNTERPARTS[(i * 7) % COUNTERPARTS.length];
    const direction = i % 3 === 0 ? 'INCOMING' : 'OUTGOING';
    const year = 2001 + (i % 4);
    const opened = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`;
    const outcome = OUTCOMES[i % OUTCOMES.length];
    const completed = outcome ? new Date(Date.parse(opened) + (20 + ((i * 37) % 300)) * 86400000).toISOString().slice(0, 10) : null;
    rows.push({
      direction, requesting: direction === 'OUTGOING' ? owner : counterpart, requested: direction === 'OUTGOING' ? counterpart : owner,
      opened, completed, outcome, grounds: outcome === 'REFUSED' ? (i % 2 ? ['DUAL_CRIMINALITY'] : ['DUAL_CRIMINALITY', 'DEATH_PENALTY']) : [],
      basis: BASES[i % BASES.length], crimeTypes: i % 5 === 0 ? [] : [CRIMES[i % CRIMES.length], ...(i % 6 === 0 ? [CRIMES[(i + 1) % CRIMES.length]] : [])],
      kind: i % 4 === 1 ? 'EXTRADITION' : 'MUTUAL_LEGAL_ASSISTANCE',
    });
  }
  // A rare counterpart (3 requests): exact for the State, pooled under SUPPRESSED for the public.
  for (let i = 0; i < 3; i++) {
    rows.push({ direction: 'OUTGOING', requesting: 'ITA', requested: 'ISL', opened: `2002-0${i + 1}-15`, completed: null, outcome: null, grounds: [], basis: 'TREATY', crimeTypes: ['firearms-trafficking'], kind: 'MUTUAL_LEGAL_ASSISTANCE' });
  }
  return rows;
}
const FIXTURE = register();
const ownerOf = (f: Fixture) => (f.direction === 'OUTGOING' ? f.requesting : f.requested);
const counterpartOf = (f: Fixture) => (f.direction === 'OUTGOING' ? f.requested : f.requesting);
const tally = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
const asMap = (cells: { value: string; count: number | null }[]) => new Map(cells.map((c) => [c.value, c.count]));
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const k = (s.length - 1) * p;
  const lo = Math.floor(k);
  return Math.round((s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (k - lo)) * 10) / 10;
}

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
  const authority = async (country: string) => {
    const r = await api.query(`mutation($input: AuthorityInput!) { createAuthority(input: $input) { id } }`,
      { input: { country, name: `Central authority ${country} ${process.pid}`, kinds: ['MUTUAL_LEGAL_ASSISTANCE'] } }, { token: secretariat.token });
    expect(r.errors).toBeUndefined();
    return account(api, Role.AUTHORITY, { authorityId: r.data.createAuthority.id });
  };
  itaAuthority = await authority('ITA');
  fraAuthority = await authority('FRA');
  server = api.portal.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // The lone request: registered by ITA's authority from a received document, then refused.
  const created = await api.query(
    `mutation($input: RequestInput!) { createRequest(input: $input) { id status } }`,
    { input: { kind: 'MUTUAL_LEGAL_ASSISTANCE', direction: 'INCOMING', requestingState: 'NGA', requestedState: 'ITA', reference: 'NGA/MLA/1999/7',
      subject: SECRET_SUBJECT, receivedOn: '1999-03-01', offences: [{ description: 'Export of protected species', crimeType: 'wildlife-trafficking' }] } },
    { token: itaAuthority.token },
  );
  expect(created.errors).toBeUndefined();
  loneId = created.data.createRequest.id;
  const refused = await api.query(
    `mutation($id: ID!, $event: RequestEventInput!) { recordRequestEvent(id: $id, event: $event) { status outcome completedOn } }`,
    { id: loneId, event: { type: 'REFUSED', date: '1999-05-10', refusalGrounds: ['DEATH_PENALTY'], note: 'Refused' } },
    { token: itaAuthority.token },
  );
  expect(refused.errors).toBeUndefined();
  expect(refused.data.recordRequestEvent).toMatchObject({ status: 'REFUSED', outcome: 'REFUSED', completedOn: '1999-05-10' });
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await api?.stop();
  await dataSource?.destroy();
});

const ONLY_1999 = { yearFrom: 1999, yearTo: 1999 };

describe('nothing about a request reaches anyone outside its State and the secretariat', () => {
  const outsiders = () => [
    ['anonymous', undefined], ['a researcher', researcher.token], ["another State's authority", fraAuthority.token],
  ] as const;

  it('is not in lists, counts or lookups', async () => {
    for (const [, token] of outsiders()) {
      const list = await api.query(`{ requests(first: 100) { totalCount edges { node { id subject } } } }`, {}, { token });
      expect(JSON.stringify(list)).not.toContain(SECRET_SUBJECT);
      expect(list.data?.requests?.totalCount ?? 0).toBe(0);
      const one = await api.query(`query($id: ID!) { request(id: $id) { id subject } }`, { id: loneId }, { token });
      expect(one.data?.request ?? null).toBeNull();
      expect(JSON.stringify(one)).not.toContain(SECRET_SUBJECT);
    }
  });

  it('is not found by search', async () => {
    for (const [, token] of [...outsiders(), ['the secretariat', secretariat.token]] as const) {
      const r = await api.query(`query($t: String!) { search(input: { text: $t }) { total hits { score } } }`, { t: 'Zygomorphic orchid' }, { token });
      expect(r.errors).toBeUndefined();
      expect(r.data.search.total).toBe(0);
    }
  });

  it('is suppressed in the public statistics: one request shows no count, no State, no ground, no year', async () => {
    for (const [, token] of outsiders().slice(0, 2)) {
      const r = await api.query(STATS, { filter: ONLY_1999 }, { token });
      expect(r.errors).toBeUndefined();
      const s = r.data.requestStatistics;
      expect(s).toMatchObject({ view: 'PUBLIC_AGGREGATE', country: null, total: null, totalSuppressed: true, anySuppressed: true, byYear: [],
        completedCount: null, medianDaysToCompletion: null, p90DaysToCompletion: null });
      for (const list of [s.byCountry, s.byOutcome, s.byKind, s.byCrimeType, s.byRefusalGround, s.byLegalBasis]) {
        expect(list).toEqual([{ value: 'SUPPRESSED', count: null, suppressed: true, ...('label' in list[0] ? { label: null } : {}) }]);
      }
      const text = JSON.stringify(s);
      for (const secret of ['NGA', 'DEATH_PENALTY', 'environment', 'REFUSED', '1999']) expect(text).not.toContain(secret);
    }
  });

  it("refuses one State's figures to the public and to another State's authority", async () => {
    for (const [who, token] of outsiders()) {
      const r = await api.query(STATS, { filter: { country: 'ITA' } }, { token });
      expect([who, codes(r)]).toEqual([who, ['FORBIDDEN']]);
      expect(r.data?.requestStatistics ?? null).toBeNull();
    }
    // An authority asking without a country gets its own State's figures, never the aggregate.
    const own = await api.query(STATS, { filter: ONLY_1999 }, { token: fraAuthority.token });
    expect(own.data.requestStatistics).toMatchObject({ view: 'STATE', country: 'FRA', total: 0, byCountry: [] });
  });

  it('is suppressed in the CSV export, and refused there the same way', async () => {
    const anon = await fetch(`${base}/statistics.csv?yearFrom=1999&yearTo=1999`);
    expect(anon.status).toBe(200);
    expect(anon.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await anon.text();
    for (const secret of ['NGA', 'DEATH_PENALTY', 'environment', 'REFUSED']) expect(text).not.toContain(secret);
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.section === 'total')).toMatchObject({ view: 'PUBLIC_AGGREGATE', count: '', suppressed: 'yes' });
    expect((await fetch(`${base}/statistics.csv?country=ITA`)).status).toBe(403);
    expect((await fetch(`${base}/statistics.csv?country=ITA`, { headers: { authorization: `Bearer ${fraAuthority.token}` } })).status).toBe(403);
    expect((await fetch(`${base}/statistics.csv`, { headers: { authorization: 'Bearer forged.token.value' } })).status).toBe(401);
  });
});

describe('figures for those who may read the requests', () => {
  it("gives the State's authority its exact figures, the lone request included", async () => {
    const r = await api.query(STATS, { filter: ONLY_1999 }, { token: itaAuthority.token });
    expect(r.errors).toBeUndefined();
    expect(r.data.requestStatistics).toMatchObject({
      view: 'STATE', country: 'ITA', total: 1, anySuppressed: false,
      byYear: [{ year: 1999, direction: 'INCOMING', count: 1, suppressed: false }],
      byCountry: [{ value: 'NGA', label: 'Nigeria', count: 1, suppressed: false }],
      byOutcome: [{ value: 'REFUSED', count: 1 }], byRefusalGround: [{ value: 'DEATH_PENALTY', count: 1 }],
      byCrimeType: [{ value: 'crimes-affecting-the-environment', count: 1 }], byLegalBasis: [{ value: 'NOT_STATED', count: 1 }],
      completedCount: 1, medianDaysToCompletion: 70, p90DaysToCompletion: 70,
    });
  });

  it('gives the secretariat any State and the exact aggregate', async () => {
    const ita = await api.query(STATS, { filter: { country: 'ita', ...ONLY_1999 } }, { token: secretariat.token });
    expect(ita.data.requestStatistics).toMatchObject({ view: 'STATE', country: 'ITA', total: 1 });
    const all = await api.query(STATS, { filter: ONLY_1999 }, { token: secretariat.token });
    expect(all.data.requestStatistics).toMatchObject({ view: 'AGGREGATE', country: null, total: 1, byCountry: [{ value: 'NGA', count: 1 }] });
  });
});

describe('the register of 2001–2004', () => {
  const RANGE = { yearFrom: 2001, yearTo: 2004 };
  beforeAll(async () => {
    for (const f of FIXTURE) {
      await dataSource.query(
        `INSERT INTO cooperation_requests (kind, direction, status, requesting_state, requested_state, sent_on, received_on, completed_on, outcome,
           refusal_grounds, legal_basis, crime_type_codes, subject)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'Synthetic test request')`,
        [f.kind, f.direction, f.outcome ?? (f.direction === 'OUTGOING' ? 'SENT' : 'RECEIVED'), f.requesting, f.requested,
          f.direction === 'OUTGOING' ? f.opened : null, f.direction === 'INCOMING' ? f.opened : null, f.completed, f.outcome, f.grounds, f.basis, f.crimeTypes],
      );
    }
    // A draft never counts.
    await dataSource.query(`INSERT INTO cooperation_requests (kind, direction, status, requesting_state, requested_state, sent_on) VALUES ('EXTRADITION', 'OUTGOING', 'DRAFT', 'ITA', 'NGA', NULL)`);
  });

  it("computes ITA's figures exactly: volume per year and direction, counterparts, outcomes, crime types, grounds, bases, percentiles", async () => {
    const mine = FIXTURE.filter((f) => ownerOf(f) === 'ITA');
    const r = await api.query(STATS, { filter: RANGE }, { token: itaAuthority.token });
    expect(r.errors).toBeUndefined();
    const s = r.data.requestStatistics;
    expect(s.total).toBe(mine.length);
    expect(new Map(s.byYear.map((y: { year: number; direction: string; count: number }) => [`${y.year}:${y.direction}`, y.count])))
      .toEqual(tally(mine.map((f) => `${f.opened.slice(0, 4)}:${f.direction}`)));
    expect(asMap(s.byCountry)).toEqual(tally(mine.map(counterpartOf)));
    expect(s.byCountry.find((c: { value: string }) => c.value === 'ISL')).toEqual({ value: 'ISL', label: 'Iceland', count: 3, suppressed: false });
    expect(asMap(s.byOutcome)).toEqual(tally(mine.map((f) => f.outcome ?? 'PENDING')));
    expect(asMap(s.byKind)).toEqual(tally(mine.map((f) => f.kind)));
    expect(asMap(s.byCrimeType)).toEqual(tally(mine.flatMap((f) => f.crimeTypes)));
    expect(asMap(s.byRefusalGround)).toEqual(tally(mine.flatMap((f) => f.grounds)));
    expect(asMap(s.byLegalBasis)).toEqual(tally(mine.map((f) => f.basis ?? 'NOT_STATED')));
    const days = mine.filter((f) => f.completed).map((f) => (Date.parse(f.completed!) - Date.parse(f.opened)) / 86400000);
    expect(s.completedCount).toBe(days.length);
    expect(s.medianDaysToCompletion).toBeCloseTo(percentile(days, 0.5), 1);
    expect(s.p90DaysToCompletion).toBeCloseTo(percentile(days, 0.9), 1);
    // Largest first.
    const counts = s.byCountry.map((c: { count: number }) => c.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('filters by year', async () => {
    const r = await api.query(STATS, { filter: { yearFrom: 2003, yearTo: 2003 } }, { token: itaAuthority.token });
    expect(r.data.requestStatistics.total).toBe(FIXTURE.filter((f) => ownerOf(f) === 'ITA' && f.opened.startsWith('2003')).length);
    expect(r.data.requestStatistics.byYear.every((y: { year: number }) => y.year === 2003)).toBe(true);
  });

  it('gives the public the aggregate: no count under 5, every count rounded to 5, rare values pooled unnamed', async () => {
    const exact = (await api.query(STATS, { filter: RANGE }, { token: secretariat.token })).data.requestStatistics;
    expect(exact.total).toBe(FIXTURE.length);
    const r = await api.query(STATS, { filter: RANGE });
    const s = r.data.requestStatistics;
    expect(s.view).toBe('PUBLIC_AGGREGATE');
    expect(s.total).toBe(Math.round(FIXTURE.length / 5) * 5);
    expect(s.total).not.toBe(FIXTURE.length); // 163 is published as 165: a difference against the total recovers nothing exact
    const lists = ['byCountry', 'byOutcome', 'byKind', 'byCrimeType', 'byRefusalGround', 'byLegalBasis'] as const;
    for (const key of lists) {
      for (const cell of s[key]) {
        if (cell.suppressed) expect(cell).toMatchObject({ value: 'SUPPRESSED', count: null });
        else {
          expect(cell.count % 5).toBe(0);
          expect(cell.count).toBeGreaterThanOrEqual(5);
          const truth = exact[key].find((c: { value: string }) => c.value === cell.value).count;
          expect(cell.count).toBe(Math.round(truth / 5) * 5);
        }
      }
    }
    // ISL (3 requests) and firearms-trafficking (3) are not named.
    expect(s.byCountry.map((c: { value: string }) => c.value)).not.toContain('ISL');
    expect(s.byCrimeType.map((c: { value: string }) => c.value)).not.toContain('firearms-trafficking');
    expect(s.byCountry.at(-1)).toEqual({ value: 'SUPPRESSED', label: null, count: null, suppressed: true });
    expect(s.anySuppressed).toBe(true);
    expect(s.medianDaysToCompletion).toBe(exact.medianDaysToCompletion);
  });

  it('exports the same figures as CSV', async () => {
    const res = await fetch(`${base}/statistics.csv?yearFrom=2001&yearTo=2004`, { headers: { authorization: `Bearer ${itaAuthority.token}` } });
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text(), { columns: true }) as Record<string, string>[];
    const gql = (await api.query(STATS, { filter: RANGE }, { token: itaAuthority.token })).data.requestStatistics;
    expect(rows.find((r) => r.section === 'total')).toMatchObject({ view: 'STATE', country: 'ITA', count: String(gql.total) });
    expect(rows.filter((r) => r.section === 'counterpart_country').map((r) => [r.value, Number(r.count)]))
      .toEqual(gql.byCountry.map((c: { value: string; count: number }) => [c.value, c.count]));
    expect(rows.find((r) => r.section === 'median_days_to_completion')!.count).toBe(String(gql.medianDaysToCompletion));
  });

  it('refuses bad filters, naming the field, the value and what is accepted', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ yearFrom: 1800 }, 'filter.yearFrom'], [{ yearTo: 3000 }, 'filter.yearTo'], [{ yearFrom: 2004, yearTo: 2001 }, 'filter.yearTo'],
      [{ country: 'Narnia' }, 'filter.country'],
    ];
    for (const [filter, field] of cases) {
      const r = await api.query(STATS, { filter }, { token: secretariat.token });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toContain(field);
    }
    const csv = await fetch(`${base}/statistics.csv?yearFrom=abc`);
    expect(csv.status).toBe(400);
    expect(JSON.stringify(await csv.json())).toContain('filter.yearFrom');
  });

  it('keeps its counts in step with the register on insert, update and delete', async () => {
    const direct = async () => new Map((await dataSource.query(
      `SELECT COALESCE(outcome, 'PENDING') AS value, count(*)::int AS n FROM cooperation_requests WHERE status <> 'DRAFT' GROUP BY 1`,
    )).map((r: { value: string; n: number }) => [r.value, r.n]));
    const figures = async () => asMap((await api.query(STATS, {}, { token: secretariat.token })).data.requestStatistics.byOutcome);
    expect(await figures()).toEqual(await direct());
    const [{ id }] = await dataSource.query(`SELECT id FROM cooperation_requests WHERE subject = 'Synthetic test request' AND outcome IS NULL LIMIT 1`);
    await dataSource.query(`UPDATE cooperation_requests SET status = 'EXECUTED', outcome = 'EXECUTED', completed_on = COALESCE(sent_on, received_on) + 30 WHERE id = $1`, [id]);
    expect(await figures()).toEqual(await direct());
    await dataSource.query(`DELETE FROM cooperation_requests WHERE id = $1`, [id]);
    expect(await figures()).toEqual(await direct());
    const [{ total }] = await dataSource.query(`SELECT count(*)::int AS total FROM cooperation_requests WHERE status <> 'DRAFT'`);
    expect((await api.query(STATS, {}, { token: secretariat.token })).data.requestStatistics.total).toBe(total);
  });
});

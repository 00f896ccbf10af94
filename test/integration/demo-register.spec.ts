import { type DataSource } from 'typeorm';
import { SYNTHETIC_REQUEST_NOTE } from '../../ingest/generate/requests';
import { loadDemoCatalogue } from '../../src/services/demo.service';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

/** The demo's register of requests, loaded by the demo seed: coherent with the demo cases and library, and enough of it that every figure has data. */
let dataSource: DataSource;
let api: TestApi;
let secretariat: TestAccount;
let first: Awaited<ReturnType<typeof loadDemoCatalogue>>;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  first = await loadDemoCatalogue(dataSource);
  api = await createTestApi(dataSource);
  secretariat = await account(api, Role.SECRETARIAT);
}, 600_000);
afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

const STATISTICS = `{ requestStatistics { view total anySuppressed byYear { year direction count suppressed }
  byCountry { value count suppressed } byOutcome { value count suppressed } byKind { value count suppressed }
  byCrimeType { value count suppressed } byRefusalGround { value count suppressed } byLegalBasis { value count suppressed }
  completedCount medianDaysToCompletion p90DaysToCompletion } }`;
const BREAKDOWNS = ['byYear', 'byCountry', 'byOutcome', 'byKind', 'byCrimeType', 'byRefusalGround', 'byLegalBasis'] as const;
type Cell = { value?: string; count: number | null; suppressed: boolean };

describe('the demo register of requests', () => {
  it('is a few hundred synthetic requests, labelled as such, loaded again without change', async () => {
    expect(first.requests).toMatchObject({ rejected: 0 });
    expect(first.requests.created).toBeGreaterThanOrEqual(300);
    expect(first.requests.created).toBeLessThanOrEqual(500);
    const [labels] = await dataSource.query(`SELECT count(*)::int AS n, bool_and(register_reference LIKE 'SYN-%') AS prefixed,
      bool_and(note = $1) AS noted, bool_and(is_sample) AS sample FROM cooperation_requests`, [SYNTHETIC_REQUEST_NOTE]);
    expect(labels).toEqual({ n: first.requests.created, prefixed: true, noted: true, sample: true });
    const again = await loadDemoCatalogue(dataSource);
    expect(again.requests).toMatchObject({ created: 0, updated: 0, rejected: 0, unchanged: first.requests.created });
  }, 600_000);

  it('fits the demo cases and library: counterparts, offences, legal bases, outcomes and durations', async () => {
    const [fit] = await dataSource.query(`SELECT
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM cooperation_acts a WHERE a.case_id = r.case_id
          AND a.counterpart_code IN (r.requesting_state, r.requested_state)))::int AS off_route,
        count(*) FILTER (WHERE NOT r.crime_type_codes <@ ARRAY(SELECT ct.crime_type_code::text FROM case_crime_types ct WHERE ct.case_id = r.case_id))::int AS off_offence,
        count(*) FILTER (WHERE r.legal_basis = 'TREATY' AND (SELECT count(*) FROM treaty_parties p WHERE p.treaty_id = r.legal_basis_treaty_id
          AND p.jurisdiction_code IN (r.requesting_state, r.requested_state)) < 2)::int AS bad_treaty,
        count(*) FILTER (WHERE r.legal_basis = 'CONVENTION' AND (SELECT count(*) FROM ratifications x WHERE x.instrument_code = 'UNTOC'
          AND x.jurisdiction_code IN (r.requesting_state, r.requested_state) AND x.ratified_on <= r.sent_on) < 2)::int AS bad_convention,
        count(*) FILTER (WHERE r.case_id IS NULL)::int AS unlinked,
        count(*) FILTER (WHERE r.completed_on IS NULL AND r.due_on < DATE '2026-01-01')::int AS overdue
      FROM cooperation_requests r`);
    expect(fit).toMatchObject({ off_route: 0, off_offence: 0, bad_treaty: 0, bad_convention: 0, unlinked: 0 });
    expect(fit.overdue).toBeGreaterThanOrEqual(5);
    // A request both States keep appears once in each register, under each one's reference.
    const [pairs] = await dataSource.query(`SELECT count(*)::int AS n FROM cooperation_requests o JOIN cooperation_requests i
      ON i.direction = 'INCOMING' AND o.direction = 'OUTGOING' AND i.register_reference = o.counterpart_reference AND o.register_reference = i.counterpart_reference
      AND i.requesting_state = o.requesting_state AND i.requested_state = o.requested_state`);
    expect(pairs.n).toBeGreaterThan(50);
  });

  it('gives the secretariat data in every breakdown: every outcome, kinds, grounds, bases and durations', async () => {
    const r = await api.query(STATISTICS, {}, { token: secretariat.token });
    expect(r.errors).toBeUndefined();
    const s = r.data.requestStatistics;
    expect(s.view).toBe('AGGREGATE');
    for (const key of BREAKDOWNS) expect({ key, cells: s[key].length > 0 }).toEqual({ key, cells: true });
    const values = (key: string) => s[key].map((c: Cell) => c.value);
    expect(values('byOutcome')).toEqual(expect.arrayContaining(['EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN', 'PENDING']));
    expect(values('byKind')).toEqual(expect.arrayContaining(['MUTUAL_LEGAL_ASSISTANCE', 'EXTRADITION']));
    expect(values('byLegalBasis')).toEqual(expect.arrayContaining(['TREATY', 'CONVENTION', 'RECIPROCITY']));
    expect(values('byRefusalGround')).toEqual(expect.arrayContaining(['DUAL_CRIMINALITY', 'INSUFFICIENT_INFORMATION']));
    const outcome = (v: string) => s.byOutcome.find((c: Cell) => c.value === v).count;
    expect(outcome('EXECUTED')).toBeGreaterThan(outcome('PARTIALLY_EXECUTED') + outcome('REFUSED') + outcome('WITHDRAWN'));
    expect(s.medianDaysToCompletion).toBeGreaterThan(60);
    expect(s.medianDaysToCompletion).toBeLessThan(240);
    expect(s.p90DaysToCompletion).toBeGreaterThan(s.medianDaysToCompletion * 2);
  });

  it('gives the public real cells of 5 or more in every breakdown, and the durations', async () => {
    const r = await api.query(STATISTICS);
    expect(r.errors).toBeUndefined();
    const s = r.data.requestStatistics;
    expect(s.view).toBe('PUBLIC_AGGREGATE');
    expect(s.total).toBeGreaterThanOrEqual(300);
    for (const key of BREAKDOWNS) {
      const shown = s[key].filter((c: Cell) => !c.suppressed && c.count !== null && c.count >= 5);
      expect({ key, shown: shown.length > 0 }).toEqual({ key, shown: true });
    }
    expect(s.byYear.filter((c: Cell) => !c.suppressed).length).toBeGreaterThanOrEqual(10);
    expect(s.medianDaysToCompletion).not.toBeNull();
    expect(s.p90DaysToCompletion).not.toBeNull();
  });
});

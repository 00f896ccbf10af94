/**
 * bench/request-statistics: requestStatistics on a register of generated requests, at 10k and then 100k
 * requests. One State's own requests are held at the same number while the register grows ten-fold with other
 * States' requests. requestStatistics reads the counts a trigger keeps per State, year and value, so one State's
 * figures and the aggregate across States should both cost about the same at both sizes. Beside each, what reading
 * the register itself costs: one count(*) with the same predicate (through the State indexes for one State, a full
 * scan for the aggregate). Run: npm run build && node dist/bench/request-statistics.js
 */
import os from 'node:os';
import { Role } from '../src/auth/roles';
import { createDataSource } from '../src/db/data-source';
import { createServices } from '../src/services';
import { seedReferenceData } from '../src/services/seed.service';
import { ANONYMOUS, type Viewer } from '../src/services/viewer';
import { recreateDatabase, round, summarize } from './support';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const STATE_REQUESTS = Number(process.env.BENCH_STATE_REQUESTS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const viewer = (role: Role): Viewer => ({ userId: null, email: null, role, jurisdictions: [], authorityId: null });

/** `n` generated requests by States other than ITA (or by ITA when `ita`), in SQL. */
function insertSql(n: number, ita: boolean, offset: number): string {
  const state = ita ? `'ITA'` : `(SELECT code FROM others WHERE i = 1 + (g % (SELECT count(*) FROM others)))`;
  return `
    WITH others AS (SELECT code, row_number() OVER (ORDER BY code) AS i FROM jurisdictions WHERE code NOT IN ('ITA', 'EUE')),
    counterparts AS (SELECT code, row_number() OVER (ORDER BY code) AS i FROM jurisdictions WHERE code NOT IN ('EUE')),
    g AS (SELECT g, ${state} AS owner,
                 (SELECT code FROM counterparts WHERE i = 1 + ((g * 7919) % (SELECT count(*) FROM counterparts))) AS other,
                 DATE '2010-01-01' + ((g * 37) % 5400) AS opened
          FROM generate_series(${offset + 1}, ${offset + n}) AS g)
    INSERT INTO cooperation_requests (kind, direction, status, requesting_state, requested_state, sent_on, received_on,
      completed_on, outcome, refusal_grounds, legal_basis, crime_type_codes)
    SELECT CASE WHEN g % 4 = 0 THEN 'EXTRADITION' ELSE 'MUTUAL_LEGAL_ASSISTANCE' END,
           CASE WHEN g % 3 = 0 THEN 'INCOMING' ELSE 'OUTGOING' END,
           (ARRAY['EXECUTED','PARTIALLY_EXECUTED','REFUSED','WITHDRAWN','SENT','RECEIVED'])[1 + g % 6],
           CASE WHEN g % 3 = 0 THEN other ELSE owner END, CASE WHEN g % 3 = 0 THEN owner ELSE other END,
           CASE WHEN g % 3 = 0 THEN NULL ELSE opened END, CASE WHEN g % 3 = 0 THEN opened ELSE NULL END,
           CASE WHEN g % 6 < 4 THEN opened + 10 + (g * 13) % 400 END,
           CASE WHEN g % 6 < 4 THEN (ARRAY['EXECUTED','PARTIALLY_EXECUTED','REFUSED','WITHDRAWN'])[1 + g % 6] END,
           CASE WHEN g % 6 = 2 THEN ARRAY['DUAL_CRIMINALITY'] ELSE '{}' END,
           (ARRAY['TREATY','CONVENTION','RECIPROCITY','DOMESTIC_LAW'])[1 + g % 4],
           ARRAY[(ARRAY['trafficking-in-persons','smuggling-of-migrants','money-laundering','drug-offences','cybercrime'])[1 + g % 5]]
    FROM g WHERE owner <> other`;
}

async function time(fn: () => Promise<unknown>): Promise<ReturnType<typeof summarize>> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return summarize(samples);
}

async function main() {
  const dataSource = await createDataSource(await recreateDatabase('portal_bench_requests'), 4).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seedReferenceData(dataSource);
  const services = createServices(dataSource);
  let loaded = 0;
  for (; loaded < STATE_REQUESTS; loaded += Math.min(1000, STATE_REQUESTS - loaded)) {
    await dataSource.query(insertSql(Math.min(1000, STATE_REQUESTS - loaded), true, loaded));
  }
  const results = [];
  for (const size of SIZES) {
    const started = Date.now();
    // In statements of 1,000 requests, as ingest writes its batches: the kept counts are updated row by row in
    // the same transaction, and a single statement of 90,000 would update the same cells 90,000 times over.
    for (; loaded < size; loaded += Math.min(1000, size - loaded)) {
      await dataSource.query(insertSql(Math.min(1000, size - loaded), false, loaded));
    }
    await dataSource.query('ANALYZE cooperation_requests');
    const [{ total, ita }] = await dataSource.query(`SELECT count(*)::int AS total,
      count(*) FILTER (WHERE (direction = 'OUTGOING' AND requesting_state = 'ITA') OR (direction = 'INCOMING' AND requested_state = 'ITA'))::int AS ita
      FROM cooperation_requests`);
    const secretariat = viewer(Role.SECRETARIAT);
    results.push({
      register: total, itaRequests: ita, loadSeconds: (Date.now() - started) / 1000,
      oneState: await time(() => services.requestStatistics.statistics(secretariat, { country: 'ITA' })),
      oneStateFloor: await time(() => dataSource.query(`SELECT count(*) FROM cooperation_requests r WHERE r.status <> 'DRAFT' AND
        ((r.direction = 'OUTGOING' AND r.requesting_state = 'ITA') OR (r.direction = 'INCOMING' AND r.requested_state = 'ITA'))`)),
      aggregate: await time(() => services.requestStatistics.statistics(secretariat, {})),
      publicAggregate: await time(() => services.requestStatistics.statistics(ANONYMOUS, {})),
      aggregateFloor: await time(() => dataSource.query(`SELECT count(*) FROM cooperation_requests r WHERE r.status <> 'DRAFT'`)),
    });
  }
  console.log(JSON.stringify({
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: round(os.totalmem() / 2 ** 30), node: process.version },
    date: new Date().toISOString().slice(0, 10), runs: RUNS, results,
  }, null, 2));
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

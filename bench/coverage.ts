/**
 * bench/coverage: the coverage query and the sentencing figures on a catalogue of generated published cases
 * (default 100,000), beside the floor: one count(*) over the same published cases with their defendants and
 * charges, the least any per-request scan of them costs. coverage reads kept aggregates; coverageAfterChange is
 * the first read after a write (it refreshes them).
 * Run: npm run build && node dist/bench/coverage.js  (BENCH_CASES, BENCH_RUNS; BENCH_REUSE=1 keeps a loaded catalogue)
 */
import os from 'node:os';
import { createServices } from '../src/services';
import { generatedCatalogue, round, summarize } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

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
  const started = Date.now();
  const dataSource = await generatedCatalogue(`portal_bench_coverage_${CASES}`, CASES);
  const loadSeconds = round((Date.now() - started) / 1000);
  const services = createServices(dataSource);
  const everything = { crimeType: null, article: null, country: null };
  const [{ cases, defendants, charges }] = await dataSource.query(`SELECT
    (SELECT count(*)::int FROM cases WHERE status = 'PUBLISHED') AS cases,
    (SELECT count(*)::int FROM defendants) AS defendants, (SELECT count(*)::int FROM charges) AS charges`);
  const results = {
    floorCountCasesDefendantsCharges: await time(() =>
      dataSource.query(`SELECT count(*) FROM cases c
      JOIN defendants d ON d.case_id = c.id JOIN charges ch ON ch.defendant_id = d.id WHERE c.status = 'PUBLISHED'`),
    ),
    // The aggregates as read when nothing changed since the last refresh, then the first read after a change.
    coverage: await time(() => services.coverage.coverage()),
    coverageAfterChange: await time(async () => {
      await dataSource.query(`SELECT nextval('coverage_changes')`);
      await services.coverage.coverage();
    }),
    sentencingAll: await time(() => services.sentencing.distribution(null)),
    sentencingCrimeType: await time(() => services.sentencing.distribution({ crimeType: 'trafficking-in-persons' })),
    sentencingCrimeTypeByCountry: await time(() =>
      services.sentencing.distributions({ ...everything, crimeType: 'trafficking-in-persons' }, 'country'),
    ),
    sentencingArticle: await time(() => services.sentencing.distribution({ article: 'SOM-6' })),
    sentencingCountry: await time(() => services.sentencing.distribution({ country: 'ITA' })),
    sentencingCountryByCrimeType: await time(() =>
      services.sentencing.distributions({ ...everything, country: 'ITA' }, 'crimeType'),
    ),
  };
  const sample = await services.sentencing.distribution({ crimeType: 'trafficking-in-persons' });
  console.log(
    JSON.stringify(
      {
        date: new Date().toISOString(),
        cpus: os.cpus().length,
        load: os.loadavg().map(round),
        cases,
        defendants,
        charges,
        loadSeconds,
        runs: RUNS,
        results,
        sample: { ...sample, scope: undefined },
      },
      null,
      2,
    ),
  );
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

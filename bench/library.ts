/**
 * bench/library: the legal library's loads and its one computed answer.
 * - BENCH_PUBLICATIONS generated publications (NDJSON) through the real ingest (normalization, validation,
 *   upserts, search documents, outbox rows, the run), beside a raw binary `COPY` of exactly the rows it stored;
 * - BENCH_TREATIES generated bilateral treaties with their parties, likewise;
 * - legalBasis: the advice for 500 random pairs of States and kinds over those treaties and the demo's
 *   ratifications, beside a bare round trip (`SELECT 1`) on the same connection pool.
 * Run: npm run build && node dist/bench/library.js   (BENCH_POSTGRES_URL=…)
 * The floor uses server-side COPY files: the PostgreSQL server must run on this machine, the role be a superuser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeNdjson } from '../ingest/generate';
import { generatePublications, generateRatifications, generateTreaties } from '../ingest/generate/library';
import { generatorVocabulary } from '../ingest/generate-vocabulary';
import { ingestFile } from '../ingest/ingest-file';
import { createDataSource } from '../src/db/data-source';
import { CooperationKind } from '../src/entities';
import { createServices } from '../src/services';
import { seedReferenceData } from '../src/services/seed.service';
import { recreateDatabase, round } from './support';

const PUBLICATIONS = Number(process.env.BENCH_PUBLICATIONS ?? 20_000);
const TREATIES = Number(process.env.BENCH_TREATIES ?? 5_000);
const ADVICE = 500;

async function main() {
  const url = await recreateDatabase('portal_bench_library');
  const dataSource = await createDataSource(url, 4).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seedReferenceData(dataSource);
  const vocabulary = await generatorVocabulary(dataSource);
  const states: { code: string; name: string; region: string }[] = await dataSource.query(
    `SELECT code, name, region FROM jurisdictions WHERE un_status <> 'REIO' ORDER BY code`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-library-'));
  fs.chmodSync(dir, 0o777);

  const load = async (kind: 'publication' | 'treaty', records: Iterable<object>, count: number, tables: string[]) => {
    const file = path.join(dir, `${kind}.ndjson`);
    const out = fs.createWriteStream(file);
    await writeNdjson(records, out);
    await new Promise((resolve) => out.end(resolve));
    const started = performance.now();
    const summary = await ingestFile(dataSource, file, { kind, keepRows: false });
    const seconds = (performance.now() - started) / 1000;
    if (summary.created !== count || summary.rejected) throw new Error(`unexpected summary ${JSON.stringify(summary)}`);
    const rows: Record<string, number> = {};
    for (const table of tables) {
      rows[table] = Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
      await dataSource.query(`COPY ${table} TO '${path.join(dir, `${table}.copy`)}' (FORMAT binary)`);
    }
    await dataSource.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
    await dataSource.query('CHECKPOINT');
    const copyStarted = performance.now();
    for (const table of tables) await dataSource.query(`COPY ${table} FROM '${path.join(dir, `${table}.copy`)}' (FORMAT binary)`);
    const copySeconds = (performance.now() - copyStarted) / 1000;
    return {
      records: count,
      rows,
      pipeline: { seconds: round(seconds), perSecond: Math.round(count / seconds) },
      copy: { seconds: round(copySeconds), perSecond: Math.round(count / copySeconds) },
      pipelineShareOfCopy: round(copySeconds / seconds),
    };
  };

  const publications = await load('publication', generatePublications(vocabulary, 7, PUBLICATIONS), PUBLICATIONS, [
    'publications', 'search_documents', 'search_lexemes', 'search_outbox',
  ]);
  const treaties = await load('treaty', generateTreaties(states, 7, TREATIES), TREATIES + new Set(states.map((s) => s.region)).size, [
    'treaties', 'treaty_parties',
  ]);

  const ratifications = await ingestFile(dataSource, null, {
    kind: 'ratification', sample: true,
    rows: [...generateRatifications(vocabulary, 7)].map((record, i) => ({ line: i + 1, record })),
  });
  const services = createServices(dataSource);
  const kinds = Object.values(CooperationKind);
  const timings: number[] = [];
  const floor: number[] = [];
  let seed = 12345;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < ADVICE; i++) {
    const a = states[next(states.length)].code;
    let b = states[next(states.length)].code;
    if (b === a) b = states[(states.findIndex((s) => s.code === a) + 1) % states.length].code;
    const started = performance.now();
    await services.legalBasis.advise(a, b, kinds[next(kinds.length)]);
    timings.push(performance.now() - started);
    const floorStarted = performance.now();
    await dataSource.query('SELECT 1');
    floor.push(performance.now() - floorStarted);
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    return { medianMs: round(sorted[Math.floor(sorted.length / 2)]), p95Ms: round(sorted[Math.floor(sorted.length * 0.95)]) };
  };
  console.log(
    JSON.stringify(
      {
        publications,
        treaties,
        legalBasis: { requests: ADVICE, treaties: treaties.records, ratifications: ratifications.created, advice: stats(timings), roundTrip: stats(floor) },
        node: process.version,
        cpus: os.cpus().length,
      },
      null,
      2,
    ),
  );
  await dataSource.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

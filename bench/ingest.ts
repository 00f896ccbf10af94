/**
 * bench/ingest: 100k generated cases from an NDJSON file through the real ingest pipeline (reading,
 * normalization, validation, batched upserts with every link, search documents and outbox rows, the run
 * record), beside a raw `COPY` of exactly the rows the pipeline stored into the same tables (the floor).
 * Run: npm run bench:ingest   (BENCH_CASES=100000  BENCH_BATCH=500  BENCH_POSTGRES_URL=…)
 *
 * The floor uses server-side COPY files, so the PostgreSQL server must run on this machine and the role be a
 * superuser (the default postgres@127.0.0.1 is).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCases, writeNdjson } from '../ingest/generate';
import { generatorVocabulary } from '../ingest/generate-vocabulary';
import { ingestFile } from '../ingest/ingest-file';
import { createDataSource } from '../src/db/data-source';
import { seedReferenceData } from '../src/services/seed.service';
import { recreateDatabase, round } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);

/** Every table a case load writes, parents first (the order COPY fills them in). */
const TABLES = [
  'courts', 'cases', 'case_articles', 'case_crime_types', 'case_keywords', 'case_laws', 'proceedings', 'defendants',
  'charges', 'victim_groups', 'cooperation_acts', 'search_documents', 'search_lexemes', 'search_outbox',
];

async function main() {
  const url = await recreateDatabase('portal_bench_ingest');
  const dataSource = await createDataSource(url, 4).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seedReferenceData(dataSource);
  // The server writes and reads the COPY files: a directory it may use.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
  fs.chmodSync(dir, 0o777);
  const file = path.join(dir, 'cases.ndjson');
  const out = fs.createWriteStream(file);
  await writeNdjson(generateCases({ count: CASES, seed: 7, vocabulary: await generatorVocabulary(dataSource) }), out);
  await new Promise((resolve) => out.end(resolve));
  const lexemesBefore = Number((await dataSource.query(`SELECT count(*) AS n FROM search_lexemes`))[0].n);

  const started = performance.now();
  const summary = await ingestFile(dataSource, file, { kind: 'case', publish: true, batchSize: BATCH, keepRows: false });
  const pipelineSeconds = (performance.now() - started) / 1000;
  if (summary.created !== CASES || summary.rejected) throw new Error(`unexpected summary ${JSON.stringify(summary)}`);

  const rows: Record<string, number> = {};
  for (const table of TABLES) {
    rows[table] = Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    await dataSource.query(`COPY ${table} TO '${path.join(dir, `${table}.copy`)}' (FORMAT binary)`);
  }
  await dataSource.query(`TRUNCATE ${TABLES.join(', ')} CASCADE`);
  await dataSource.query('CHECKPOINT');
  const copyTables: Record<string, number> = {};
  for (const table of TABLES) {
    const tableStarted = performance.now();
    await dataSource.query(`COPY ${table} FROM '${path.join(dir, `${table}.copy`)}' (FORMAT binary)`);
    copyTables[table] = round((performance.now() - tableStarted) / 1000);
  }
  const copySeconds = Object.values(copyTables).reduce((a, b) => a + b, 0);

  const pipelineRate = CASES / pipelineSeconds;
  const copyRate = CASES / copySeconds;
  console.log(
    JSON.stringify(
      {
        cases: CASES,
        batchSize: BATCH,
        fileMB: round(fs.statSync(file).size / 1e6),
        rows: { ...rows, search_lexemes: rows.search_lexemes - lexemesBefore },
        pipeline: { seconds: round(pipelineSeconds), casesPerSecond: Math.round(pipelineRate), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) },
        copy: { seconds: round(copySeconds), casesPerSecond: Math.round(copyRate), secondsByTable: copyTables },
        pipelineShareOfCopy: round(pipelineRate / copyRate),
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

import 'reflect-metadata';
import { Client } from 'pg';
import { type DataSource } from 'typeorm';
import { generateCases, generateLaws } from '../ingest/generate';
import { generatorVocabulary } from '../ingest/generate-vocabulary';
import { ingestFile } from '../ingest/ingest-file';
import { createDataSource } from '../src/db/data-source';
import { seedReferenceData } from '../src/services/seed.service';

/** Server URL and database name used by the benchmarks (a disposable database, recreated). */
export const BENCH_SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';

export async function recreateDatabase(name: string): Promise<string> {
  const client = new Client({ connectionString: `${BENCH_SERVER}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return `${BENCH_SERVER}/${name}`;
}

/** A migrated, seeded database holding `cases` generated cases (published) and their laws. */
export async function generatedCatalogue(name: string, cases: number, seed = 7): Promise<DataSource> {
  if (process.env.BENCH_REUSE === '1') {
    // Iterating on a query: keep the catalogue a previous run loaded (migrations still apply).
    const existing = await createDataSource(`${BENCH_SERVER}/${name}`, 8).initialize().catch(() => null);
    if (existing) {
      await existing.runMigrations({ transaction: 'each' });
      const [{ n }] = await existing.query(`SELECT count(*)::int AS n FROM cases`);
      if (n === cases) return existing;
      await existing.destroy();
    }
  }
  const url = await recreateDatabase(name);
  const dataSource = await createDataSource(url, 8).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seedReferenceData(dataSource);
  const vocabulary = await generatorVocabulary(dataSource);
  const rows = function* (records: Iterable<unknown>) {
    let line = 0;
    for (const record of records) yield { line: ++line, record };
  };
  const laws = await ingestFile(dataSource, null, { kind: 'law', publish: true, rows: rows(generateLaws({ count: 2000, seed, vocabulary })) });
  const loaded = await ingestFile(dataSource, null, { kind: 'case', publish: true, batchSize: 1000, rows: rows(generateCases({ count: cases, seed, vocabulary })) });
  const rejected = [...laws.rows, ...loaded.rows].filter((r) => r.outcome === 'rejected');
  if (rejected.length) throw new Error(`generated records were rejected: ${JSON.stringify(rejected.slice(0, 3))}`);
  await dataSource.query('ANALYZE');
  return dataSource;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: samples.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted[sorted.length - 1]) };
}

export const round = (x: number) => Math.round(x * 100) / 100;

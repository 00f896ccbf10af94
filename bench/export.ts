/**
 * bench/export: exports of 100,000 generated cases over HTTP from the built portal (its own process, PostgreSQL
 * search), each format read to the end by a client that keeps nothing, with records/s and the server's resident
 * memory (sampled every 100 ms from /proc) before and during each export; beside a floor: the same catalogue
 * records built by PostgreSQL in one statement read through a cursor (no search walk, no HTTP, no writer).
 * Run: npm run bench:export   (BENCH_CASES=100000  BENCH_PORT=4610  BENCH_REUSE=1  BENCH_POSTGRES_URL=…)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { caseJsonSql } from '../src/services/editorial/record-snapshot';
import { BENCH_SERVER, generatedCatalogue, round } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 4610);
const DATABASE = 'portal_bench_export';
const ROOT = path.join(__dirname, '../..');

/** Resident memory of a process, in MB (VmRSS). */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function startPortal(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/src/cli.js'), 'serve'], {
    env: {
      ...process.env, PORT: String(PORT), DATABASE_URL: `${BENCH_SERVER}/${DATABASE}`, LOG_LEVEL: 'silent', NODE_ENV: 'production',
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-')), SEARCH_BACKEND: 'postgres',
      AUTH_SECRET: 'bench-only-signing-key-not-used-by-any-request-0123456789',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal exited with ${child.exitCode}`);
    if ((await fetch(`http://127.0.0.1:${PORT}/health`).catch(() => null))?.ok) return child;
    if (Date.now() > deadline) throw new Error('portal did not answer within 120 s');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Reads an export to its end, counting bytes and lines, keeping nothing; samples the server's memory meanwhile. */
async function exportOnce(pid: number, url: string) {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${PORT}${url}`);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  let bytes = 0;
  let newlines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) newlines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { url, seconds: round(seconds), megabytes: round(bytes / 1e6), newlines, rssBeforeMb: round(before), rssPeakMb: round(peak) };
}

async function main() {
  const loadStarted = performance.now();
  const dataSource = await generatedCatalogue(DATABASE, CASES);
  const loadSeconds = round((performance.now() - loadStarted) / 1000);
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE status = 'PUBLISHED'`);

  // Floor: the same records, built by PostgreSQL in the export's order, read through a cursor 500 at a time.
  const runner = dataSource.createQueryRunner();
  await runner.startTransaction();
  const floorStarted = performance.now();
  await runner.query(`DECLARE floor CURSOR FOR SELECT ${caseJsonSql('catalogue')} AS record FROM cases c
                       WHERE c.status = 'PUBLISHED' ORDER BY c.decision_date DESC NULLS LAST, c.reference`);
  let floorBytes = 0;
  for (;;) {
    const rows: { record: object }[] = await runner.query(`FETCH 500 FROM floor`);
    if (rows.length === 0) break;
    for (const row of rows) floorBytes += JSON.stringify(row.record).length + 1;
  }
  const floorSeconds = (performance.now() - floorStarted) / 1000;
  await runner.rollbackTransaction();
  await runner.release();
  await dataSource.destroy();

  const portal = await startPortal();
  const runs = [];
  try {
    await exportOnce(portal.pid!, '/export.ndjson?type=CASE&limit=1000'); // warm-up
    for (const url of [
      '/export.ndjson?type=CASE',
      '/export.csv?type=CASE',
      '/export.ris?type=CASE',
      '/export.csl.json?type=CASE',
      '/export.ndjson?type=CASE&q=trafficking',
    ]) {
      const run = await exportOnce(portal.pid!, url);
      runs.push({ ...run, recordsPerSecond: url.includes('q=') ? null : Math.round(n / run.seconds) });
      console.error(JSON.stringify(runs[runs.length - 1]));
    }
  } finally {
    portal.kill('SIGTERM');
  }
  console.log(JSON.stringify({
    cases: n, loadSeconds, cpus: os.cpus().length, node: process.version, date: new Date().toISOString(),
    floor: { seconds: round(floorSeconds), megabytes: round(floorBytes / 1e6), recordsPerSecond: Math.round(n / floorSeconds) },
    runs,
  }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

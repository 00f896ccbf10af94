import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { type DataSource } from 'typeorm';
import { EXIT, runIngestCommand } from '../../ingest/command';
import { createProgress } from '../../ingest/progress';
import { toCsv, toJsonArray, toNdjson, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-command-'));
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
});
afterAll(async () => {
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the command as `portal ingest` does, capturing what it prints (not a terminal: plain progress lines). */
async function run(files: string[], options: Parameters<typeof runIngestCommand>[2]) {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  (stderr as unknown as PassThrough).on('data', (c) => (err += c));
  const status = await runIngestCommand(dataSource, files, options, { stdout, stderr });
  return { status, out, err };
}

const GOOD = [
  { reference: 'CMD-1', title: 'One', country: 'ITA' },
  { reference: 'CMD-2', title: 'Two', country: 'FRA' },
];

describe('portal ingest FILE…', () => {
  it('loads several files of different formats, one run each, and exits 0 when nothing was rejected', async () => {
    const files = [
      writeCatalogue(dir, 'a.csv', toCsv(GOOD)),
      writeCatalogue(dir, 'b.json.gz', toJsonArray([{ reference: 'CMD-3', title: 'Three', country: 'ESP' }])),
    ];
    const { status, out } = await run(files, { kind: 'case', as: 'clerk' });
    expect(status).toBe(EXIT.OK);
    expect(out).toMatch(/a\.csv: read 2, created 2, updated 0, unchanged 0, rejected 0 in [\d.]+ s \([\d,]+ rows\/s\); ingest run [0-9a-f-]{36}/);
    expect(out).toMatch(/b\.json\.gz: read 1, created 1/);
    const runs = await dataSource.query(`SELECT format, compressed, started_by FROM ingest_runs ORDER BY started_at`);
    expect(runs).toEqual([
      { format: 'csv', compressed: false, started_by: 'clerk' },
      { format: 'json', compressed: true, started_by: 'clerk' },
    ]);
  });

  it('writes every row to the report, shows the rejected ones, and exits 1 when a row was rejected', async () => {
    const report = path.join(dir, 'report.json');
    const records = [...GOOD, { reference: 'CMD-BAD', title: 'Bad', country: 'Atlantis' }];
    const { status, out, err } = await run([writeCatalogue(dir, 'c.ndjson', toNdjson(records))], { kind: 'case', report });
    expect(status).toBe(EXIT.REJECTED);
    expect(out).toMatch(/c\.ndjson: read 3, created 0, updated 0, unchanged 2, rejected 1/);
    expect(err).toMatch(/c\.ndjson:3: country: "Atlantis" is not a known country/);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.files).toHaveLength(1);
    expect(written.files[0]).toMatchObject({ kind: 'case', dryRun: false, summary: { read: 3, unchanged: 2, rejected: 1, format: 'ndjson' } });
    expect(written.files[0].rows).toEqual([
      { line: 1, reference: 'CMD-1', outcome: 'unchanged' },
      { line: 2, reference: 'CMD-2', outcome: 'unchanged' },
      { line: 3, reference: 'CMD-BAD', outcome: 'rejected', errors: [{ field: 'country', value: 'Atlantis', message: expect.stringMatching(/is not a known country/) }] },
    ]);
    expect(written.summary).toMatchObject({ files: 1, failedFiles: 0, read: 3, unchanged: 2, rejected: 1 });
  });

  it('goes on after a file it cannot load, reports it, and exits 2', async () => {
    const report = path.join(dir, 'report2.json');
    const { status, err, out } = await run([path.join(dir, 'missing.csv'), writeCatalogue(dir, 'd.txt', 'x'), writeCatalogue(dir, 'e.csv', toCsv(GOOD))], {
      kind: 'case', report,
    });
    expect(status).toBe(EXIT.FAILED);
    expect(err).toMatch(/missing\.csv: not loaded: file not found/);
    expect(err).toMatch(/d\.txt: not loaded: cannot tell the format/);
    expect(out).toMatch(/e\.csv: read 2/);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.files.map((f: { error?: string }) => Boolean(f.error))).toEqual([true, true, false]);
    expect(written.summary).toMatchObject({ files: 3, failedFiles: 2 });
  });

  it('prints plain progress lines, with the rate and the time left, when the output is not a terminal', () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    const view = createProgress('cases.ndjson', stream, 0);
    view.update({ rows: [], read: 10, bytesRead: 250, size: 1000 });
    view.stop();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cases\.ndjson: 25%, 10 rows, [\d,]+ rows\/s, ETA [\d.]+ s\n$/);
  });
});

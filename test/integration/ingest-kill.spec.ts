import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type DataSource } from 'typeorm';
import { type CaseRecord } from '../../ingest/record-types';
import { generateCases } from '../../ingest/generate';
import { generatorVocabulary } from '../../ingest/generate-vocabulary';
import { ingestFile } from '../../ingest/ingest-file';
import { toNdjson, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

/**
 * Fault test on the built command (`npm test` builds first): a real `portal ingest` process killed with SIGKILL
 * in the middle of a file leaves whole batches only, and a re-run completes the file with the right totals.
 */
const CLI = path.join(__dirname, '../../dist/src/cli.js');
const CASES = 4000;
const BATCH = 100;

let dataSource: DataSource;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-kill-'));
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
});
afterAll(async () => {
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Per case: the children it must have once stored. */
function expectedChildren(records: CaseRecord[]) {
  return new Map(
    records.map((r) => [
      r.reference,
      {
        articles: new Set(r.articles ?? []).size,
        defendants: r.defendants?.length ?? 0,
        charges: (r.defendants ?? []).reduce((n, d) => n + (d.charges?.length ?? 0), 0),
        proceedings: r.proceedings?.length ?? 0,
        victims: r.victims?.length ?? 0,
      },
    ]),
  );
}

async function storedChildren() {
  const rows: { reference: string; articles: number; defendants: number; charges: number; proceedings: number; victims: number }[] =
    await dataSource.query(`
      SELECT c.reference,
        (SELECT count(*)::int FROM case_articles x WHERE x.case_id = c.id) AS articles,
        (SELECT count(*)::int FROM defendants d WHERE d.case_id = c.id) AS defendants,
        (SELECT count(*)::int FROM charges ch JOIN defendants d ON d.id = ch.defendant_id WHERE d.case_id = c.id) AS charges,
        (SELECT count(*)::int FROM proceedings p WHERE p.case_id = c.id) AS proceedings,
        (SELECT count(*)::int FROM victim_groups v WHERE v.case_id = c.id) AS victims
      FROM cases c`);
  return new Map(rows.map(({ reference, ...children }) => [reference, children]));
}

describe('an ingest process killed mid-file', () => {
  it('leaves every committed batch whole, and a re-run completes the file', async () => {
    const records = [...generateCases({ count: CASES, seed: 11, vocabulary: await generatorVocabulary(dataSource) })] as CaseRecord[];
    const file = writeCatalogue(dir, 'cases.ndjson', toNdjson(records));
    const expected = expectedChildren(records);

    const env = { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, LOG_LEVEL: 'silent' };
    const child = spawn(process.execPath, [CLI, 'ingest', file, '--batch-size', String(BATCH)], { env, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    // Kill it once a few batches are committed.
    let run: { id: string; read: number } | undefined;
    for (let i = 0; i < 600 && !(run && run.read >= 3 * BATCH); i++) {
      await sleep(25);
      [run] = await dataSource.query(`SELECT id, read FROM ingest_runs WHERE pid = $1`, [child.pid]);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const [killed] = await dataSource.query(`SELECT status, read, created FROM ingest_runs WHERE id = $1`, [run!.id]);
    expect(killed.status).toBe('RUNNING'); // nobody could mark it: the process died at once
    expect(killed.read).toBeLessThan(CASES); // killed mid-file
    const stored = await storedChildren();
    expect(stored.size).toBe(killed.created); // the run counts exactly what was committed
    expect(stored.size % BATCH).toBe(0); // whole batches only
    for (const [reference, children] of stored) expect(children).toEqual(expected.get(reference));

    const rerun = await ingestFile(dataSource, file, { kind: 'case', batchSize: BATCH });
    expect(rerun).toMatchObject({ read: CASES, created: CASES - stored.size, unchanged: stored.size, updated: 0, rejected: 0 });
    const [after] = await dataSource.query(`SELECT status, error FROM ingest_runs WHERE id = $1`, [run!.id]);
    expect(after).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/^interrupted/) });
    const complete = await storedChildren();
    expect(complete.size).toBe(CASES);
    for (const [reference, children] of complete) expect(children).toEqual(expected.get(reference));
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { ingestFile } from '../../ingest/ingest-file';
import { failInterruptedRuns } from '../../ingest/run-log';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { toNdjson, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let secretariat: TestAccount;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-runs-'));
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
  secretariat = await account(api, Role.SECRETARIAT);
});
/** Ingest runs are the secretariat's: every query below is asked as the secretariat. */
const query = (text: string, variables?: Record<string, unknown>) => api.query(text, variables, { token: secretariat.token });
afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const MIXED = [
  { reference: 'RUN-1', title: 'Fine', country: 'France' },
  { reference: 'RUN-2', title: 'Bad country', country: 'Atlantis' },
  { reference: 'RUN-3', title: 'Two faults', country: 'ITA', articles: ['UNTOC-99'], decisionDate: '2014-02-30' },
  { reference: 'RUN-4', title: 'Also fine', country: 'DEU' },
];

describe('ingest runs', () => {
  let runId: string;

  it('records who, when, what, the counts and every rejected field, and the provenance of each record references the run', async () => {
    const summary = await ingestFile(dataSource, writeCatalogue(dir, 'mixed.ndjson', toNdjson(MIXED)), {
      kind: 'case', startedBy: 'secretariat-clerk', batchSize: 2,
    });
    runId = summary.runId!;
    const [run] = await dataSource.query(`SELECT * FROM ingest_runs WHERE id = $1`, [runId]);
    expect(run).toMatchObject({
      started_by: 'secretariat-clerk', file: expect.stringMatching(/mixed\.ndjson$/), kind: 'case', format: 'ndjson', compressed: false,
      publish: false, status: 'COMPLETED', read: 4, created: 2, updated: 0, unchanged: 0, rejected: 2, error: null,
    });
    expect(run.finished_at.getTime()).toBeGreaterThanOrEqual(run.started_at.getTime());
    const rejections = await dataSource.query(
      `SELECT line, reference, field, value, reason FROM ingest_rejections WHERE run_id = $1 ORDER BY line, id`, [runId],
    );
    expect(rejections.map((r: { line: number; field: string; value: string }) => [r.line, r.field, r.value])).toEqual([
      [2, 'country', 'Atlantis'],
      [3, 'decisionDate', '2014-02-30'],
      [3, 'articles[0]', 'UNTOC-99'],
    ]);
    expect(rejections[0].reason).toMatch(/"Atlantis" is not a known country/);
    const provenance = await dataSource.query(
      `SELECT c.reference, c.provenance->>'line' AS line, r.id AS run FROM cases c JOIN ingest_runs r ON r.id = (c.provenance->>'runId')::uuid
       WHERE c.reference LIKE 'RUN-%' ORDER BY 1`,
    );
    expect(provenance).toEqual([
      { reference: 'RUN-1', line: '1', run: runId },
      { reference: 'RUN-4', line: '4', run: runId },
    ]);
  });

  it('records nothing for a dry run', async () => {
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM ingest_runs`);
    const summary = await ingestFile(dataSource, writeCatalogue(dir, 'dry.ndjson', toNdjson(MIXED)), { kind: 'case', dryRun: true });
    expect(summary).toMatchObject({ runId: null, read: 4, rejected: 2 });
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM ingest_runs`)).toEqual(before);
  });

  it('marks FAILED, with why, a run whose file cannot be read to the end', async () => {
    const file = writeCatalogue(dir, 'broken.ndjson.gz', toNdjson(MIXED));
    fs.truncateSync(file, fs.statSync(file).size - 12);
    await expect(ingestFile(dataSource, file, { kind: 'case' })).rejects.toThrow(/unexpected end of file/);
    const [run] = await dataSource.query(`SELECT status, error, compressed FROM ingest_runs ORDER BY started_at DESC LIMIT 1`);
    expect(run).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/unexpected end of file/), compressed: true });
  });

  it('marks FAILED the runs whose process is gone, and only those', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const insert = (pid: number, host = os.hostname()) =>
      dataSource.query(
        `INSERT INTO ingest_runs (started_by, kind, status, host, pid) VALUES ('x', 'case', 'RUNNING', $1, $2) RETURNING id`,
        [host, pid],
      ).then((rows: { id: string }[]) => rows[0].id);
    const killed = await insert(Number(dead));
    const alive = await insert(process.pid);
    const elsewhere = await insert(Number(dead), 'another-host');
    expect(await failInterruptedRuns(dataSource)).toBe(1);
    const status = async (id: string) => (await dataSource.query(`SELECT status, error FROM ingest_runs WHERE id = $1`, [id]))[0];
    expect(await status(killed)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/^interrupted/) });
    expect((await status(alive)).status).toBe('RUNNING');
    expect((await status(elsewhere)).status).toBe('RUNNING');
    await dataSource.query(`DELETE FROM ingest_runs WHERE id = ANY($1::uuid[])`, [[killed, alive, elsewhere]]);
  });

  it('a row the database refuses is rejected alone: its batch neighbours are stored, nothing of it is', async () => {
    // A rule only the database knows, so the row passes validation and fails in the batch transaction.
    await dataSource.query(`
      CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = 'Boom' THEN RAISE EXCEPTION 'defendant refused' USING ERRCODE = '23514'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_boom BEFORE INSERT ON defendants FOR EACH ROW EXECUTE FUNCTION refuse_boom();`);
    try {
      const records = [
        { reference: 'ISO-1', title: 'One', country: 'ITA', defendants: [{ name: 'Fine' }] },
        { reference: 'ISO-2', title: 'Two', country: 'ITA', defendants: [{ name: 'Fine' }, { name: 'Boom' }] },
        { reference: 'ISO-3', title: 'Three', country: 'ITA', defendants: [{ name: 'Fine' }] },
      ];
      const summary = await ingestFile(dataSource, writeCatalogue(dir, 'isolate.ndjson', toNdjson(records)), { kind: 'case', batchSize: 10 });
      expect(summary).toMatchObject({ read: 3, created: 2, rejected: 1 });
      expect(summary.rows[1]).toMatchObject({ line: 2, outcome: 'rejected', errors: [{ field: 'record', message: expect.stringMatching(/could not be stored: defendant refused/) }] });
      const stored = await dataSource.query(
        `SELECT c.reference, count(d.id)::int AS defendants FROM cases c LEFT JOIN defendants d ON d.case_id = c.id
         WHERE c.reference LIKE 'ISO-%' GROUP BY 1 ORDER BY 1`,
      );
      expect(stored).toEqual([{ reference: 'ISO-1', defendants: 1 }, { reference: 'ISO-3', defendants: 1 }]);
      const [run] = await dataSource.query(`SELECT read, created, rejected FROM ingest_runs WHERE id = $1`, [summary.runId]);
      expect(run).toEqual({ read: 3, created: 2, rejected: 1 });
    } finally {
      await dataSource.query(`DROP TRIGGER refuse_boom ON defendants; DROP FUNCTION refuse_boom();`);
    }
  });

  describe('over GraphQL', () => {
    it('lists runs newest first with keyset pages, and a run with its rejected rows', async () => {
      const first = await query(`{ ingestRuns(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`);
      expect(first.errors).toBeUndefined();
      const total = first.data.ingestRuns.totalCount;
      expect(total).toBeGreaterThanOrEqual(3);
      const seen: string[] = [first.data.ingestRuns.edges[0].node.id];
      let after = first.data.ingestRuns.pageInfo.endCursor;
      for (let page = 0; page < total && after; page++) {
        const next = await query(`query($after: String) { ingestRuns(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
        seen.push(...next.data.ingestRuns.edges.map((e: { node: { id: string } }) => e.node.id));
        after = next.data.ingestRuns.pageInfo.hasNextPage ? next.data.ingestRuns.pageInfo.endCursor : null;
      }
      expect(new Set(seen).size).toBe(total);
      const order = await dataSource.query(`SELECT id FROM ingest_runs ORDER BY started_at DESC, id DESC`);
      expect(seen).toEqual(order.map((r: { id: string }) => r.id));

      const run = await query(
        `query($id: ID!) { ingestRun(id: $id) { startedBy kind format status read created rejected
           rejections(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { line reference field value reason } } } } }`,
        { id: runId },
      );
      expect(run.errors).toBeUndefined();
      expect(run.data.ingestRun).toMatchObject({ startedBy: 'secretariat-clerk', kind: 'CASE', format: 'ndjson', status: 'COMPLETED', read: 4, created: 2, rejected: 2 });
      const { rejections } = run.data.ingestRun;
      expect(rejections.totalCount).toBe(3);
      expect(rejections.edges.map((e: { node: { line: number; field: string } }) => [e.node.line, e.node.field])).toEqual([[2, 'country'], [3, 'decisionDate']]);
      const rest = await query(`query($id: ID!, $after: String) { ingestRun(id: $id) { rejections(after: $after) { edges { node { line field reference } } } } }`, {
        id: runId, after: rejections.pageInfo.endCursor,
      });
      expect(rest.data.ingestRun.rejections.edges).toEqual([{ node: { line: 3, field: 'articles[0]', reference: 'RUN-3' } }]);
    });

    it('loads the rejected rows of a whole page of runs with one statement', async () => {
      const one = await query(`{ ingestRuns(first: 1) { edges { node { rejections(first: 5) { totalCount edges { node { line } } } } } } }`);
      const many = await query(`{ ingestRuns(first: 5) { edges { node { rejections(first: 5) { totalCount edges { node { line } } } } } } }`);
      expect(many.errors).toBeUndefined();
      expect(many.statements).toBe(one.statements);
    });

    it('answers BAD_USER_INPUT for an id that is not a run id, and null for an unknown run', async () => {
      const bad = await query(`{ ingestRun(id: "last-night") { id } }`);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].message).toMatch(/^id: "last-night" is not accepted; use the id of an ingest run/);
      const none = await query(`{ ingestRun(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(none).toMatchObject({ data: { ingestRun: null } });
      const cursor = await query(`{ ingestRuns(after: "bm9wZQ") { totalCount } }`);
      expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

test('ingest runs are for the secretariat only', async () => {
  const anonymous = await api.query(`{ ingestRuns(first: 1) { totalCount } }`);
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const researcher = await account(api, Role.RESEARCHER);
  const refused = await api.query(`{ ingestRuns(first: 1) { totalCount } }`, undefined, { token: researcher.token });
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(refused.data?.ingestRuns ?? null).toBeNull();
});

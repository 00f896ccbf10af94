import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * Smoke test of the newcomer's path, on the built command (`npm test` builds first): `portal serve` in embedded
 * mode on an empty data directory migrates, seeds the reference data and the demo catalogue, and serves them;
 * a restart keeps the data without seeding again.
 */
const CLI = path.join(__dirname, '../../dist/src/cli.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-embedded-'));
let running: RunningPortal | undefined;

const serve = async () => (running = await servePortal({ dataDir }));
const stop = async () => running?.stop();

const graphql = async (url: string, query: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: any; errors?: unknown[] };
};

afterAll(async () => {
  await stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded start (portal serve)', () => {
  it('serves the seeded demo catalogue on first start', async () => {
    const { url, logs } = await serve();
    expect(logs.some((l) => l.includes('demo catalogue loaded'))).toBe(true);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const { data, errors } = await graphql(url, `{ cases(first: 3) { totalCount edges { node { reference summary jurisdiction { code } } } }
      laws { totalCount } instruments { code } }`);
    expect(errors).toBeUndefined();
    expect(data.cases.totalCount).toBe(400);
    expect(data.laws.totalCount).toBeGreaterThan(1000);
    // Every law a demo case charges is loaded and published.
    const { data: links } = await graphql(url, `{ cases(first: 100) { edges { node { lawReferences laws { reference } } } } }`);
    for (const { node } of links.cases.edges) expect(node.laws.map((l: any) => l.reference).sort()).toEqual([...node.lawReferences].sort());
    expect(data.instruments).toHaveLength(4);
    for (const { node } of data.cases.edges) {
      expect(node.reference).toMatch(/^SYN-/);
      expect(node.summary).toMatch(/synthetic record/);
    }
    // One structured log line per request, with its id, duration and statement count.
    const requestLog = logs.map((l) => (l.startsWith('{') ? JSON.parse(l) : {})).find((l) => l.msg === 'graphql request');
    expect(requestLog).toMatchObject({ requestId: expect.any(String), durationMs: expect.any(Number), sqlStatements: expect.any(Number) });
    // The first start migrates and loads the demo catalogue into PGlite: about a minute on a busy two-core machine.
  }, 150_000);

  it('refuses a second process on the same data directory with a clear message, and keeps serving', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error', NODE_ENV: 'production' };
    delete env.DATABASE_URL;
    const second = spawnSync(process.execPath, [CLI, 'seed'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('is in use by another portal process');
    const { url } = running!;
    const { data } = await graphql(url, `{ cases { totalCount } }`);
    expect(data.cases.totalCount).toBe(400);
  });

  it('keeps its data across a restart, without seeding again', async () => {
    await stop();
    const { url, logs } = await serve();
    expect(logs.some((l) => l.includes('demo catalogue loaded'))).toBe(false);
    const { data } = await graphql(url, `{ cases { totalCount } }`);
    expect(data.cases.totalCount).toBe(400);
  });
});

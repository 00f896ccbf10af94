import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type DataSource } from 'typeorm';
import { createTestApi, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

/** The `portal user …` and `portal ingest` commands, run as built (`npm test` builds first) on the test database. */
const CLI = path.join(__dirname, '../../dist/src/cli.js');
const run = promisify(execFile);
let dataSource: DataSource;
let api: TestApi;
const email = `cli-${process.pid}@test.example`;
const password = 'a password from the command line';

async function portal(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, LOG_LEVEL: 'silent', NODE_ENV: 'test' };
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email role jurisdictions { code } } } }`;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

describe('portal user', () => {
  it('creates an account that can sign in (the bootstrap of the first accounts)', async () => {
    const created = await portal('user', 'create', '--email', email, '--password', password, '--role', 'contributor', '--jurisdiction', 'ITA', '--jurisdiction', 'fra', '--as', 'ops');
    expect(created).toMatchObject({ code: 0 });
    expect(JSON.parse(created.stdout)).toMatchObject({ email, role: 'CONTRIBUTOR', jurisdictions: ['FRA', 'ITA'] });
    expect(created.stdout).not.toContain(password);
    const { data } = await api.query(SIGN_IN, { e: email, p: password });
    expect(data.signIn.user).toEqual({ email, role: 'CONTRIBUTOR', jurisdictions: [{ code: 'FRA' }, { code: 'ITA' }] });
    const [entry] = await dataSource.query(`SELECT actor, action FROM audit_log WHERE entity_id = $1 ORDER BY id LIMIT 1`, [email]);
    expect(entry).toEqual({ actor: 'cli:ops', action: 'user.create' });
  });

  it('refuses bad input with a message naming it, and exits non-zero', async () => {
    const badRole = await portal('user', 'create', '--email', `x-${email}`, '--password', password, '--role', 'superuser');
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/role: "superuser" is not accepted; use one of RESEARCHER, CONTRIBUTOR, AUTHORITY, SECRETARIAT, ADMIN/);
    const noJurisdiction = await portal('user', 'create', '--email', `y-${email}`, '--password', password, '--role', 'contributor');
    expect(noJurisdiction.stderr).toMatch(/a contributor needs at least one jurisdiction/);
    const duplicate = await portal('user', 'create', '--email', email.toUpperCase(), '--password', password, '--role', 'researcher');
    expect(duplicate.stderr).toMatch(/email: .* use an address no other account has/);
  });

  it('grants and revokes jurisdictions and roles', async () => {
    expect(JSON.parse((await portal('user', 'revoke', '--email', email, '--jurisdiction', 'FRA')).stdout).jurisdictions).toEqual(['ITA']);
    expect(JSON.parse((await portal('user', 'grant', '--email', email, '--jurisdiction', 'SMR')).stdout).jurisdictions).toEqual(['ITA', 'SMR']);
    expect(JSON.parse((await portal('user', 'grant', '--email', email, '--role', 'secretariat')).stdout)).toMatchObject({ role: 'SECRETARIAT', jurisdictions: [] });
  });

  it('issues an API token once, and revoking access ends it', async () => {
    const issued = await portal('user', 'token', '--email', email, '--name', 'nightly import', '--expires-days', '30');
    const { token, id } = JSON.parse(issued.stdout);
    expect(token).toMatch(/^ptk_/);
    expect((await api.query(`{ me { email } }`, {}, { token })).data.me.email).toBe(email);
    expect(await portal('user', 'revoke', '--email', email, '--access')).toMatchObject({ code: 0 });
    await expect(api.services.auth.viewerFromAuthorization(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const [row] = await dataSource.query(`SELECT revoked_at FROM api_tokens WHERE id = $1`, [id]);
    expect(row.revoked_at).not.toBeNull();
    expect((await api.query(SIGN_IN, { e: email, p: password })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('portal ingest', () => {
  it('records each run in the audit log', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-ingest-'));
    const file = path.join(dir, 'cases.ndjson');
    fs.writeFileSync(file, JSON.stringify({ reference: `CLI-${process.pid}`, title: 'From the command line', country: 'ITA' }) + '\n');
    const result = await portal('ingest', file, '--kind', 'case', '--as', 'loader');
    expect(result.code).toBe(0);
    const [entry] = await dataSource.query(`SELECT actor, after FROM audit_log WHERE action = 'ingest.run' AND actor = 'cli:loader' ORDER BY id DESC LIMIT 1`);
    expect(entry.after).toMatchObject({ read: 1, created: 1, rejected: 0, publish: false });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { type DataSource } from 'typeorm';
import { ephemeralAuthSettings } from '../../src/auth/auth.service';
import { SessionTokens } from '../../src/auth/session-token';
import pino from 'pino';
import { logger, loggerOptions } from '../../src/logger';
import { commandLineActor } from '../../src/services/audit.service';
import { account, PASSWORD, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let server: Server;
let base: string;
let contributor: TestAccount;
const SECRET = 'a-test-secret-of-more-than-thirty-two-characters';

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource, { auth: { ...ephemeralAuthSettings(), secret: SECRET } });
  server = api.portal.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  contributor = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA', 'SMR'] });
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await api?.stop();
  await dataSource?.destroy();
});

async function post(query: string, variables: Record<string, unknown> = {}, authorization?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
}

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) {
  token expiresAt user { id email role jurisdictions { code } } } }`;
const ME = `{ me { email role jurisdictions { code } } }`;

describe('signing in', () => {
  it('returns a session token that identifies the account over HTTP', async () => {
    const { status, body } = await post(SIGN_IN, { email: `  ${contributor.email.toUpperCase()} `, password: PASSWORD });
    expect(status).toBe(200);
    const payload = body.data.signIn;
    expect(payload.user).toEqual({ id: contributor.id, email: contributor.email, role: 'CONTRIBUTOR', jurisdictions: [{ code: 'ITA' }, { code: 'SMR' }] });
    expect(new Date(payload.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await post(ME, {}, `Bearer ${payload.token}`);
    expect(me.body.data.me).toEqual({ email: contributor.email, role: 'CONTRIBUTOR', jurisdictions: [{ code: 'ITA' }, { code: 'SMR' }] });
    expect((await post(ME)).body.data.me).toBeNull();
  });

  it('answers the same UNAUTHENTICATED for a wrong password and an unknown email', async () => {
    const wrong = await post(SIGN_IN, { email: contributor.email, password: 'not the password at all' }, undefined);
    const unknown = await post(SIGN_IN, { email: 'nobody@nowhere.example', password: 'not the password at all' });
    expect(wrong.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors![0]).toEqual(wrong.body.errors![0]);
    expect(wrong.body.data).toBeNull();
  });

  it('throttles repeated failures per email and address, even for the right password', async () => {
    const victim = await account(api, Role.RESEARCHER);
    const attempt = (password: string, clientAddress = '203.0.113.7') =>
      api.query(SIGN_IN, { email: victim.email, password }, { clientAddress });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password ' + i)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt(PASSWORD);
    expect(blocked.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    // Another address is not held back by these failures.
    expect((await attempt(PASSWORD, '198.51.100.1')).errors).toBeUndefined();
  });

  it('refuses disabled accounts, and disabling ends their sessions and API tokens', async () => {
    const user = await account(api, Role.RESEARCHER);
    const { token: apiToken } = await api.services.users.createApiToken(user.id, { name: 'script' }, commandLineActor('test'));
    expect((await post(ME, {}, `Bearer ${apiToken}`)).body.data.me.email).toBe(user.email);
    await api.services.users.disable(user.email, commandLineActor('test'));
    for (const token of [user.token, apiToken]) {
      const { status, body } = await post(ME, {}, `Bearer ${token}`);
      expect(status).toBe(401);
      expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await post(SIGN_IN, { email: user.email, password: PASSWORD })).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('changes a password: the old sessions end, the new one works', async () => {
    const user = await account(api, Role.RESEARCHER);
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`;
    const weak = await post(CHANGE, { c: PASSWORD, n: 'short' }, `Bearer ${user.token}`);
    expect(weak.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(weak.body)).not.toContain('short');
    const { body } = await post(CHANGE, { c: PASSWORD, n: 'another long password' }, `Bearer ${user.token}`);
    expect((await post(ME, {}, `Bearer ${user.token}`)).status).toBe(401);
    expect((await post(ME, {}, `Bearer ${body.data.changePassword.token}`)).body.data.me.email).toBe(user.email);
  });
});

describe('bad tokens', () => {
  it.each([
    ['a malformed header', () => 'Token abc'],
    ['garbage', () => 'Bearer not.a.jwt'],
    ['a forged signature', () => `Bearer ${contributor.token.slice(0, -4)}AAAA`],
    ['another key', async () => `Bearer ${(await new SessionTokens('x'.repeat(48), 3600).issue({ userId: contributor.id, sessionVersion: 0 })).token}`],
    ['an expired token', async () => {
      const old = new Date(Date.now() - 2 * 3600_000);
      return `Bearer ${(await sessionsOf(api).issue({ userId: contributor.id, sessionVersion: 0 }, old)).token}`;
    }],
    ['alg none', () => {
      const [, payload] = contributor.token.split('.');
      return `Bearer ${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    }],
    ['an unknown API token', () => 'Bearer ptk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('%s: UNAUTHENTICATED with HTTP 401, even for public data', async (_what, header) => {
    const { status, body } = await post(`{ crimeTypes { code } }`, {}, await header());
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('refuses a token signed with the right key under another algorithm (HS512)', async () => {
    const other = await new SignJWT({ ver: 0 })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject(contributor.id)
      .setIssuer('organized-crime-law-portal')
      .setAudience('portal-api')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    expect((await post(ME, {}, `Bearer ${other}`)).status).toBe(401);
    const good = await new SessionTokens(SECRET, 3600).issue({ userId: contributor.id, sessionVersion: 0 });
    expect((await post(ME, {}, `Bearer ${good.token}`)).body.data.me.email).toBe(contributor.email);
  });
});

describe('API tokens', () => {
  const CREATE = `mutation { createApiToken(name: "nightly import", expiresInDays: 30) { token apiToken { id name display expiresAt revokedAt } } }`;

  it('are shown once, act as their owner, list without the secret, and stop working when revoked', async () => {
    const created = await post(CREATE, {}, `Bearer ${contributor.token}`);
    const { token, apiToken } = created.body.data.createApiToken;
    expect(token).toMatch(/^ptk_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.display)).toBe(true);
    expect((await post(ME, {}, `Bearer ${token}`)).body.data.me.email).toBe(contributor.email);
    const listed = await post(`{ apiTokens { id name display } }`, {}, `Bearer ${contributor.token}`);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body.data.apiTokens).toContainEqual({ id: apiToken.id, name: 'nightly import', display: apiToken.display });
    const [stored] = await dataSource.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [apiToken.id]);
    expect(stored.token_hash).not.toContain(token.slice(4));

    const other = await account(api, Role.RESEARCHER);
    const stolen = await post(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: apiToken.id }, `Bearer ${other.token}`);
    expect(stolen.body.errors![0].extensions.code).toBe('FORBIDDEN');
    const revoked = await post(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id }, `Bearer ${contributor.token}`);
    expect(revoked.body.data.revokeApiToken.revokedAt).not.toBeNull();
    expect((await post(ME, {}, `Bearer ${token}`)).status).toBe(401);
  });

  it('need an account', async () => {
    expect((await post(CREATE)).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('secrets', () => {
  it('never appear in a response or in what is logged', async () => {
    const calls: string[] = [];
    const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
    const spies = levels.map((level) => jest.spyOn(logger, level).mockImplementation(((...args: unknown[]) => void calls.push(JSON.stringify(args))) as any));
    try {
      const user = await account(api, Role.RESEARCHER);
      const responses: unknown[] = [];
      responses.push((await post(SIGN_IN, { email: user.email, password: PASSWORD })).body);
      responses.push((await post(SIGN_IN, { email: user.email, password: 'a wrong password!' })).body);
      const created = await post(`mutation { createApiToken(name: "x") { token apiToken { id } } }`, {}, `Bearer ${user.token}`);
      const apiToken = created.body.data.createApiToken.token;
      responses.push((await post(`{ me { id email role createdAt } apiTokens { id name display } }`, {}, `Bearer ${apiToken}`)).body);
      responses.push((await post(`{ me { passwordHash } }`, {}, `Bearer ${user.token}`)).body);
      responses.push((await post(`{ __type(name: "User") { fields { name } } }`)).body);
      responses.push((await post(`{ __type(name: "ApiToken") { fields { name } } }`)).body);
      const [{ password_hash: hash }] = await dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
      const audit = await dataSource.query(`SELECT before, after FROM audit_log WHERE entity_id IN ($1, $2)`, [user.email, created.body.data.createApiToken.apiToken.id]);

      // The session and API tokens are in the responses that create them, and nowhere else.
      const traces = calls.join('\n') + JSON.stringify(audit);
      for (const secret of [PASSWORD, 'a wrong password!', user.token, apiToken, hash, hash.split('$')[5]]) expect(traces).not.toContain(secret);
      for (const secret of [PASSWORD, 'a wrong password!', hash, hash.split('$')[5]]) expect(JSON.stringify(responses)).not.toContain(secret);
      expect(JSON.stringify(responses.slice(2))).not.toContain(user.token);
      expect(JSON.stringify(responses.slice(4))).not.toMatch(/password|hash|secret/i); // the type introspection
      expect(calls.join('\n')).not.toContain('INTERNAL_SERVER_ERROR');
      expect(calls.some((c) => c.includes('sign-in refused'))).toBe(true);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('are dropped from logged SQL errors (their bound parameters)', async () => {
    const lines: string[] = [];
    const log = pino(loggerOptions('trace'), { write: (line: string) => void lines.push(line) });
    const hash = 'scrypt$32768$8$1$c2FsdA==$c2VjcmV0LWhhc2gtdmFsdWU=';
    // A check violation: PostgreSQL's detail holds the failing row, hash included.
    const error = await dataSource
      .query(`INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'NO-SUCH-ROLE')`, ['x@test.example', hash])
      .catch((e: unknown) => e);
    expect(JSON.stringify((error as { driverError: unknown }).driverError)).toContain('c2VjcmV0LWhhc2gtdmFsdWU');
    log.error({ err: error, password: 'p', token: 't' }, 'statement failed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('statement failed');
    expect(lines[0]).not.toContain(hash);
    expect(lines[0]).not.toContain('c2VjcmV0LWhhc2gtdmFsdWU');
    expect(JSON.parse(lines[0])).toMatchObject({ password: '[redacted]', token: '[redacted]' });
  });
});

function sessionsOf(testApi: TestApi): SessionTokens {
  return testApi.services.auth.sessions;
}

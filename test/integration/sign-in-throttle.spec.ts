import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type DataSource } from 'typeorm';
import { ephemeralAuthSettings, emailHash } from '../../src/auth/auth.service';
import { logger } from '../../src/logger';
import { createServices } from '../../src/services';
import { account, PASSWORD, Role } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let server: Server;
let base: string;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource, { auth: { ...ephemeralAuthSettings(), signInMaxFailures: 5, signInWindowSeconds: 900 } });
  server = api.portal.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await api?.stop();
  await dataSource?.destroy();
});

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;

async function signIn(email: string, password: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

describe('sign-in throttle', () => {
  it('counts attempts before checking them: of ten sent at once, five are checked and five refused with 429', async () => {
    const user = await account(api, Role.RESEARCHER);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => signIn(user.email, `wrong password number ${i}`)));
    const refused = answers.filter((a) => a.status === 429);
    const checked = answers.filter((a) => a.body.errors?.[0].extensions.code === 'UNAUTHENTICATED');
    expect(checked).toHaveLength(5);
    expect(refused).toHaveLength(5);
    for (const answer of refused) {
      expect(answer.body.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
      expect(Number(answer.retryAfter)).toBeGreaterThan(800);
      expect(Number(answer.retryAfter)).toBeLessThanOrEqual(900);
    }
    // The right password is refused too until the window ends.
    expect((await signIn(user.email, PASSWORD)).status).toBe(429);
  });

  it('shares its counters between portal processes through the database', async () => {
    const user = await account(api, Role.RESEARCHER);
    // A second set of services on the same database stands for a second portal process.
    const other = createServices(dataSource, { auth: { ...ephemeralAuthSettings(), signInMaxFailures: 5 } });
    for (let i = 0; i < 5; i++) await other.auth.signIn(user.email, `wrong ${i} password`, '192.0.2.10').catch(() => undefined);
    const answer = await api.query(SIGN_IN, { email: user.email, password: PASSWORD }, { clientAddress: '192.0.2.10' });
    expect(answer.errors![0].extensions!.code).toBe('TOO_MANY_REQUESTS');
    // Another address is not held back.
    const elsewhere = await api.query(SIGN_IN, { email: user.email, password: PASSWORD }, { clientAddress: '192.0.2.11' });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('accepts attempts again when the window has ended, and a success clears the count', async () => {
    const user = await account(api, Role.RESEARCHER);
    for (let i = 0; i < 5; i++) await signIn(user.email, `wrong ${i} password`);
    expect((await signIn(user.email, PASSWORD)).status).toBe(429);
    await dataSource.query(`UPDATE sign_in_attempts SET window_started_at = now() - interval '901 seconds'`);
    const accepted = await signIn(user.email, PASSWORD);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.signIn.token).toEqual(expect.any(String));
    for (let i = 0; i < 4; i++) await signIn(user.email, `wrong ${i} password`);
    expect((await signIn(user.email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) await signIn(user.email, `wrong ${i} password`);
    expect((await signIn(user.email, PASSWORD)).status).toBe(200);
  });

  it('stores and logs a hash of what was typed as the email, never the text', async () => {
    const typed = 'MySecretPassw0rd-typed-in-the-email-field';
    const calls: string[] = [];
    const spy = jest.spyOn(logger, 'warn').mockImplementation(((...args: unknown[]) => void calls.push(JSON.stringify(args))) as any);
    try {
      for (let i = 0; i < 6; i++) await signIn(typed, 'anything at all here');
    } finally {
      spy.mockRestore();
    }
    expect(calls.join('\n')).not.toContain(typed.toLowerCase());
    expect(calls.join('\n')).not.toContain(typed);
    expect(calls.some((c) => c.includes(emailHash(typed.toLowerCase())))).toBe(true);
    const stored = JSON.stringify(await dataSource.query(`SELECT * FROM sign_in_attempts`));
    expect(stored.toLowerCase()).not.toContain(typed.toLowerCase());
  });
});

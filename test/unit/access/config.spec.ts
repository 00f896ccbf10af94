import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveAuthSecret } from '../../../src/auth/secret';
import { ConfigError, readConfig } from '../../../src/config';

describe('AUTH_SECRET', () => {
  it('is required for a production server, and must be long', () => {
    expect(() => readConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/portal' })).toThrow(/AUTH_SECRET is required/);
    expect(() => readConfig({ AUTH_SECRET: 'short' })).toThrow(ConfigError);
    expect(readConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/portal', AUTH_SECRET: 'k'.repeat(32) }).auth.secret).toBe('k'.repeat(32));
    expect(readConfig({ NODE_ENV: 'production' }).auth.secret).toBeNull();
  });

  it('is generated once under the data directory when not set, readable by its owner only', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'));
    const config = { dataDir, auth: { ...readConfig({}).auth, secret: null } };
    const first = resolveAuthSecret(config);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret(config)).toBe(first);
    expect(fs.statSync(path.join(dataDir, 'auth-secret')).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ ...config, auth: { ...config.auth, secret: 'x'.repeat(40) } })).toBe('x'.repeat(40));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('bounds the session lifetime and the sign-in limits', () => {
    expect(readConfig({}).auth).toMatchObject({ tokenTtlSeconds: 3600, signInMaxFailures: 5, signInWindowSeconds: 900 });
    expect(() => readConfig({ AUTH_TOKEN_TTL: '10' })).toThrow(/AUTH_TOKEN_TTL/);
  });
});

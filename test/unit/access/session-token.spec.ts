import { SessionTokens } from '../../../src/auth/session-token';

const SECRET = 's'.repeat(48);

describe('session tokens', () => {
  const tokens = new SessionTokens(SECRET, 3600);

  it('carry the user and session version until they expire', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const { token, expiresAt } = await tokens.issue({ userId: 'u-1', sessionVersion: 3 }, now);
    expect(expiresAt.toISOString()).toBe('2030-01-01T01:00:00.000Z');
    expect(await tokens.verify(token, new Date('2030-01-01T00:59:00Z'))).toEqual({ userId: 'u-1', sessionVersion: 3 });
    expect(await tokens.verify(token, new Date('2030-01-01T01:00:01Z'))).toBeNull();
  });

  it('are refused when forged, signed with another key, or truncated', async () => {
    const { token } = await tokens.issue({ userId: 'u-1', sessionVersion: 0 });
    const [header, payload, signature] = token.split('.');
    const tampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'admin' })).toString('base64url');
    expect(await tokens.verify(`${header}.${tampered}.${signature}`)).toBeNull();
    expect(await new SessionTokens('t'.repeat(48), 3600).verify(token)).toBeNull();
    expect(await tokens.verify(`${header}.${payload}`)).toBeNull();
    expect(await tokens.verify('')).toBeNull();
  });
});

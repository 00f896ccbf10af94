import { errors, jwtVerify, SignJWT } from 'jose';

/**
 * Short-lived session tokens: JWTs signed with HMAC-SHA256. A token names its user and the user's session
 * version; the user is loaded on every request, so disabling an account or changing its password (which bumps
 * the version) ends its sessions at once.
 */
const ISSUER = 'organized-crime-law-portal';
const AUDIENCE = 'portal-api';
const ALGORITHM = 'HS256';

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: SessionClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const token = await new SignJWT({ ver: claims.sessionVersion })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid token, or null when it is malformed, forged, expired or for another audience. */
  async verify(token: string, now = new Date()): Promise<SessionClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: now,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.ver !== 'number') return null;
      return { userId: payload.sub, sessionVersion: payload.ver };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}

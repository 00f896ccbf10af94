import { createHash, randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { logger } from '../logger';
import { DomainError, DomainErrorCode, unauthenticated } from '../services/errors';
import { ANONYMOUS, type Viewer } from '../services/viewer';
import { hashApiToken, looksLikeApiToken } from './api-token';
import { decoyHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password';
import { type Role } from './roles';
import { SessionTokens } from './session-token';
import { SignInThrottle } from './sign-in-throttle';

export interface AuthSettings {
  secret: string;
  tokenTtlSeconds: number;
  signInMaxFailures: number;
  signInWindowSeconds: number;
}

/** Settings for tools that build services without signing anyone in: tokens die with the process. */
export const ephemeralAuthSettings = (): AuthSettings => ({
  secret: randomBytes(48).toString('base64url'),
  tokenTtlSeconds: 3600,
  signInMaxFailures: 5,
  signInWindowSeconds: 900,
});

export interface SignedIn {
  token: string;
  expiresAt: Date;
  userId: string;
}

interface AccountRow {
  id: string;
  email: string;
  role: Role;
  authority_id: string | null;
  session_version: number;
  disabled_at: Date | null;
  jurisdictions: string[];
}

/** Wrong credentials get one answer, whatever was wrong, so it tells nothing about which accounts exist. */
const WRONG_CREDENTIALS = 'The email or password is not correct';
/** API tokens record their last use at most this often, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Identities: sign-in with email and password (throttled per email and client address), session tokens, API
 * tokens, and the viewer behind an `Authorization: Bearer …` header. Accounts are loaded on every request, so
 * a disabled account or a changed role takes effect at once.
 */
export class AuthService {
  readonly sessions: SessionTokens;
  readonly throttle: SignInThrottle;

  constructor(
    private readonly dataSource: DataSource,
    settings: AuthSettings,
  ) {
    this.sessions = new SessionTokens(settings.secret, settings.tokenTtlSeconds);
    this.throttle = new SignInThrottle(dataSource, { maxAttempts: settings.signInMaxFailures, windowSeconds: settings.signInWindowSeconds });
  }

  async signIn(email: string, password: string, clientAddress: string): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    // Counted before the slow hash, so attempts sent at the same moment cannot all be checked.
    const retryAfterSeconds = await this.throttle.begin(normalized, clientAddress);
    if (retryAfterSeconds > 0) {
      logger.warn({ emailHash: emailHash(normalized), clientAddress }, 'sign-in throttled');
      throw new DomainError(
        DomainErrorCode.TOO_MANY_REQUESTS,
        `Too many sign-in attempts for this email from this address: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
        { retryAfterSeconds },
      );
    }
    const rows: { id: string; password_hash: string; session_version: number; disabled_at: Date | null }[] =
      normalized.length <= 320 && password.length <= MAX_PASSWORD_LENGTH
        ? await this.dataSource.query(`SELECT id, password_hash, session_version, disabled_at FROM users WHERE email = $1`, [normalized])
        : [];
    const user = rows[0] ?? null;
    // An unknown email costs a hash comparison too, so timing does not tell which accounts exist.
    const matches = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
    if (!user || !matches || user.disabled_at) {
      // What was typed in the email field may be a password: the log gets a hash that matches the account's.
      logger.warn({ emailHash: emailHash(normalized), clientAddress }, 'sign-in refused');
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.throttle.succeeded(normalized, clientAddress);
    await this.dataSource.query(`UPDATE users SET last_sign_in_at = now() WHERE id = $1`, [user.id]);
    const { token, expiresAt } = await this.sessions.issue({ userId: user.id, sessionVersion: user.session_version });
    return { token, expiresAt, userId: user.id };
  }

  /** A new session for an account (after a password change). */
  async issueSession(userId: string): Promise<SignedIn> {
    const [row] = await this.dataSource.query(`SELECT session_version FROM users WHERE id = $1 AND disabled_at IS NULL`, [userId]);
    if (!row) throw unauthenticated('The account is disabled');
    const { token, expiresAt } = await this.sessions.issue({ userId, sessionVersion: row.session_version });
    return { token, expiresAt, userId };
  }

  /** The viewer behind an Authorization header: anonymous without one, UNAUTHENTICATED when it is not valid. */
  async viewerFromAuthorization(header: string | undefined | null): Promise<Viewer> {
    if (header === undefined || header === null || header.trim() === '') return ANONYMOUS;
    const match = /^Bearer +([A-Za-z0-9._~+/=-]{1,2048})$/i.exec(header.trim());
    if (!match) throw unauthenticated('The Authorization header is not accepted: send Authorization: Bearer <token>');
    const token = match[1];
    if (looksLikeApiToken(token)) return this.viewerFromApiToken(token);
    const claims = await this.sessions.verify(token);
    if (!claims) throw unauthenticated('The token is invalid or has expired: sign in again');
    const account = await this.account('u.id = $1', [claims.userId]);
    if (!account || account.disabled_at || account.session_version !== claims.sessionVersion) {
      throw unauthenticated('The token is invalid or has expired: sign in again');
    }
    return toViewer(account);
  }

  private async viewerFromApiToken(token: string): Promise<Viewer> {
    const rows: (AccountRow & { token_id: string; last_used_at: Date | null })[] = await this.dataSource.query(
      `SELECT t.id AS token_id, t.last_used_at, ${ACCOUNT_COLUMNS}
       FROM api_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [hashApiToken(token)],
    );
    const row = rows[0];
    if (!row || row.disabled_at) throw unauthenticated('The API token is invalid, expired or revoked');
    if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [row.token_id]);
    }
    return toViewer(row);
  }

  private async account(condition: string, params: unknown[]): Promise<AccountRow | null> {
    const rows: AccountRow[] = await this.dataSource.query(`SELECT ${ACCOUNT_COLUMNS} FROM users u WHERE ${condition}`, params);
    return rows[0] ?? null;
  }
}

/** A short hash of an email as typed: lets an administrator match log lines to an account without the text. */
export const emailHash = (normalizedEmail: string): string =>
  createHash('sha256').update(normalizedEmail).digest('hex').slice(0, 16);

const ACCOUNT_COLUMNS = `u.id, u.email, u.role, u.authority_id, u.session_version, u.disabled_at,
  ARRAY(SELECT uj.jurisdiction_code::text FROM user_jurisdictions uj WHERE uj.user_id = u.id ORDER BY 1) AS jurisdictions`;

function toViewer(account: AccountRow): Viewer {
  return {
    userId: account.id,
    email: account.email,
    role: account.role,
    jurisdictions: account.jurisdictions,
    authorityId: account.authority_id,
  };
}

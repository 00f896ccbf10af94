import { type DataSource, type EntityManager } from 'typeorm';
import { generateApiToken } from '../auth/api-token';
import { hashPassword, passwordProblem } from '../auth/password';
import { parseRole, Role, ROLES } from '../auth/roles';
import { ApiToken, User } from '../entities';
import { type Actor, recordAudit } from './audit.service';
import { badInput, DomainError, DomainErrorCode, forbidden, notFound } from './errors';
import { type ReferenceService } from './reference.service';

export interface NewAccount {
  email: string;
  password: string;
  role: string;
  jurisdictions?: string[];
  authorityId?: string | null;
  displayName?: string | null;
}

export interface Grant {
  role?: string | null;
  jurisdictions?: string[];
  authorityId?: string | null;
}

/** What an account looks like in the audit log and in `portal user list`: never its password hash. */
export interface AccountSummary {
  id: string;
  email: string;
  displayName: string | null;
  role: Role;
  jurisdictions: string[];
  authorityId: string | null;
  disabled: boolean;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
const MAX_TOKEN_DAYS = 3650;

/**
 * Accounts, their roles and grants, passwords and API tokens. Every change is audited in its transaction.
 * Role rules: a contributor holds at least one jurisdiction and only contributors hold any; an authority
 * account is bound to one directory record and only authority accounts are.
 */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  async create(input: NewAccount, actor: Actor): Promise<AccountSummary> {
    const email = checkEmail(input.email);
    const problem = passwordProblem(input.password);
    if (problem) throw badInput('password', '(hidden)', `the password ${problem}`);
    const role = checkRole(input.role);
    const jurisdictions = (await this.reference.countryCodes('jurisdictions', input.jurisdictions)) ?? [];
    const displayName = input.displayName?.trim() || null;
    if (displayName && displayName.length > 200) throw badInput('displayName', displayName, 'give at most 200 characters');
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (tx) => {
      await this.checkGrants(tx, role, jurisdictions, input.authorityId ?? null);
      const [existing] = await tx.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
      if (existing) throw badInput('email', email, 'use an address no other account has');
      const [{ id }] = await tx.query(
        `INSERT INTO users (email, display_name, password_hash, role, authority_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [email, displayName, passwordHash, role, input.authorityId ?? null],
      );
      await this.setJurisdictions(tx, id, jurisdictions);
      const after = await this.summary(tx, id);
      await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: email, after });
      return after;
    });
  }

  /** Changes the role and authority, and adds jurisdictions. */
  async grant(emailInput: string, grant: Grant, actor: Actor): Promise<AccountSummary> {
    const email = checkEmail(emailInput);
    const added = (await this.reference.countryCodes('jurisdictions', grant.jurisdictions)) ?? [];
    return this.change(email, actor, 'user.grant', async (tx, before) => {
      const role = grant.role ? checkRole(grant.role) : before.role;
      const authorityId = grant.authorityId !== undefined ? grant.authorityId : role === Role.AUTHORITY ? before.authorityId : null;
      // Jurisdictions belong to contributors: a new role other than contributor drops them.
      const jurisdictions = role === Role.CONTRIBUTOR ? [...new Set([...before.jurisdictions, ...added])] : added;
      await this.checkGrants(tx, role, jurisdictions, authorityId);
      await tx.query(`UPDATE users SET role = $2, authority_id = $3, updated_at = now() WHERE id = $1`, [before.id, role, authorityId]);
      await this.setJurisdictions(tx, before.id, jurisdictions);
    });
  }

  /** Removes jurisdictions from a contributor. */
  async revokeJurisdictions(emailInput: string, codes: string[], actor: Actor): Promise<AccountSummary> {
    const email = checkEmail(emailInput);
    const removed = (await this.reference.countryCodes('jurisdictions', codes)) ?? [];
    return this.change(email, actor, 'user.revoke', async (tx, before) => {
      const missing = removed.filter((code) => !before.jurisdictions.includes(code));
      if (missing.length) throw badInput('jurisdictions', missing.join(', '), `revoke jurisdictions the account holds: ${before.jurisdictions.join(', ') || 'none'}`);
      await this.setJurisdictions(tx, before.id, before.jurisdictions.filter((code) => !removed.includes(code)));
    });
  }

  /** Disables an account: it can no longer sign in, its sessions end and its API tokens are revoked. */
  async disable(emailInput: string, actor: Actor): Promise<AccountSummary> {
    return this.change(checkEmail(emailInput), actor, 'user.disable', async (tx, before) => {
      await tx.query(
        `UPDATE users SET disabled_at = COALESCE(disabled_at, now()), session_version = session_version + 1, updated_at = now() WHERE id = $1`,
        [before.id],
      );
      await tx.query(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [before.id]);
    });
  }

  async enable(emailInput: string, actor: Actor): Promise<AccountSummary> {
    return this.change(checkEmail(emailInput), actor, 'user.enable', async (tx, before) => {
      await tx.query(`UPDATE users SET disabled_at = NULL, updated_at = now() WHERE id = $1`, [before.id]);
    });
  }

  /** Sets a new password and ends every session of the account. */
  async setPassword(userId: string, password: string, actor: Actor): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw badInput('password', '(hidden)', `the password ${problem}`);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (tx) => {
      // An UPDATE … RETURNING answers [rows, count] through TypeORM.
      const [rows]: [{ email: string }[], number] = await tx.query(
        `UPDATE users SET password_hash = $2, session_version = session_version + 1, updated_at = now() WHERE id = $1 RETURNING email`,
        [userId, passwordHash],
      );
      const email = rows[0]?.email;
      if (!email) throw notFound('account', userId);
      await recordAudit(tx, actor, { action: 'user.password', entityType: 'user', entityId: email, after: { passwordChanged: true } });
    });
  }

  async idOf(emailInput: string): Promise<string> {
    const email = checkEmail(emailInput);
    const [row] = await this.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]);
    if (!row) throw notFound('account', email);
    return row.id;
  }

  /** A new API token for the account: the clear token is returned here and never again. */
  async createApiToken(
    userId: string,
    options: { name: string; expiresInDays?: number | null },
    actor: Actor,
  ): Promise<{ token: string; apiToken: ApiToken }> {
    const name = options.name?.trim() ?? '';
    if (name === '' || name.length > 100) throw badInput('name', options.name, 'name the token in 1 to 100 characters (e.g. nightly import)');
    const days = options.expiresInDays;
    if (days !== undefined && days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)) {
      throw badInput('expiresInDays', days, `use a whole number of days from 1 to ${MAX_TOKEN_DAYS}, or none for a token that does not expire`);
    }
    const secret = generateApiToken();
    return this.dataSource.transaction(async (tx) => {
      const [owner] = await tx.query(`SELECT email FROM users WHERE id = $1 AND disabled_at IS NULL`, [userId]);
      if (!owner) throw notFound('account', userId);
      const [row] = await tx.query(
        `INSERT INTO api_tokens (user_id, name, token_hash, display, expires_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(days => $5::int) END)
         RETURNING id`,
        [userId, name, secret.hash, secret.display, days ?? null],
      );
      const apiToken = await tx.getRepository(ApiToken).findOneByOrFail({ id: row.id });
      await recordAudit(tx, actor, {
        action: 'api-token.create', entityType: 'api-token', entityId: apiToken.id,
        after: { owner: owner.email, name, display: secret.display, expiresAt: apiToken.expiresAt },
      });
      return { token: secret.token, apiToken };
    });
  }

  /** Revokes a token; `ownerId` restricts it to the tokens of that account (a user revoking its own). */
  async revokeApiToken(tokenId: string, actor: Actor, ownerId: string | null): Promise<ApiToken> {
    if (!/^[0-9a-f-]{36}$/i.test(tokenId)) throw badInput('id', tokenId, 'use the id of one of your API tokens');
    return this.dataSource.transaction(async (tx) => {
      const token = await tx.getRepository(ApiToken).findOneBy({ id: tokenId });
      if (!token || (ownerId !== null && token.userId !== ownerId)) throw forbidden('You may revoke only your own API tokens');
      if (!token.revokedAt) {
        await tx.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1`, [tokenId]);
        await recordAudit(tx, actor, {
          action: 'api-token.revoke', entityType: 'api-token', entityId: tokenId,
          before: { name: token.name, display: token.display }, after: { revoked: true },
        });
      }
      return tx.getRepository(ApiToken).findOneByOrFail({ id: tokenId });
    });
  }

  apiTokensOf(userId: string): Promise<ApiToken[]> {
    return this.dataSource.getRepository(ApiToken).find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  byId(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  async list(): Promise<AccountSummary[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM users ORDER BY email`);
    return Promise.all(rows.map((r) => this.summary(this.dataSource.manager, r.id)));
  }

  /** Jurisdiction codes of several accounts, in one statement. */
  async jurisdictionsOf(userIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { user_id: string; code: string }[] = await this.dataSource.query(
      `SELECT user_id, jurisdiction_code::text AS code FROM user_jurisdictions WHERE user_id = ANY($1::uuid[]) ORDER BY 2`,
      [userIds],
    );
    const byUser = new Map<string, string[]>(userIds.map((id) => [id, []]));
    for (const row of rows) byUser.get(row.user_id)!.push(row.code);
    return byUser;
  }

  private async change(
    email: string,
    actor: Actor,
    action: string,
    apply: (tx: EntityManager, before: AccountSummary) => Promise<void>,
  ): Promise<AccountSummary> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT id FROM users WHERE email = $1 FOR UPDATE`, [email]);
      if (!row) throw notFound('account', email);
      const before = await this.summary(tx, row.id);
      await apply(tx, before);
      const after = await this.summary(tx, row.id);
      await recordAudit(tx, actor, { action, entityType: 'user', entityId: email, before, after });
      return after;
    });
  }

  private async checkGrants(tx: EntityManager, role: Role, jurisdictions: string[], authorityId: string | null) {
    if (role === Role.CONTRIBUTOR && jurisdictions.length === 0) {
      throw badInput('jurisdictions', [], 'a contributor needs at least one jurisdiction (e.g. --jurisdiction ITA)');
    }
    if (role !== Role.CONTRIBUTOR && jurisdictions.length > 0) {
      throw badInput('jurisdictions', jurisdictions, `only contributors hold jurisdictions; this account is ${role}`);
    }
    if (role === Role.AUTHORITY) {
      if (!authorityId) throw badInput('authority', null, 'an authority account needs the id of its directory record (--authority ID)');
      const [exists] = /^[0-9a-f-]{36}$/i.test(authorityId)
        ? await tx.query(`SELECT 1 FROM authorities WHERE id = $1`, [authorityId])
        : [];
      if (!exists) throw badInput('authority', authorityId, 'use the id of an authority of the directory (see the authorities query)');
    } else if (authorityId) {
      throw badInput('authority', authorityId, `only authority accounts are bound to a directory record; this account is ${role}`);
    }
  }

  private async setJurisdictions(tx: EntityManager, userId: string, codes: string[]) {
    await tx.query(`DELETE FROM user_jurisdictions WHERE user_id = $1`, [userId]);
    if (codes.length) {
      await tx.query(
        `INSERT INTO user_jurisdictions (user_id, jurisdiction_code) SELECT $1, unnest($2::char(3)[])`,
        [userId, codes],
      );
    }
  }

  private async summary(tx: EntityManager, id: string): Promise<AccountSummary> {
    const [row] = await tx.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.authority_id, u.disabled_at IS NOT NULL AS disabled,
              ARRAY(SELECT uj.jurisdiction_code::text FROM user_jurisdictions uj WHERE uj.user_id = u.id ORDER BY 1) AS jurisdictions
       FROM users u WHERE u.id = $1`,
      [id],
    );
    return {
      id: row.id, email: row.email, displayName: row.display_name, role: row.role,
      jurisdictions: row.jurisdictions, authorityId: row.authority_id, disabled: row.disabled,
    };
  }
}

function checkEmail(value: string): string {
  const email = (value ?? '').trim().toLowerCase();
  if (email.length > 320 || !EMAIL.test(email)) throw badInput('email', value, 'use an email address such as name@example.org');
  return email;
}

function checkRole(value: string): Role {
  const role = parseRole(value ?? '');
  if (!role) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, `role: ${JSON.stringify(value)} is not accepted; use one of ${ROLES.join(', ')}`, { field: 'role' });
  return role;
}

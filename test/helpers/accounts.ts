import { Role } from '../../src/auth/roles';
import { commandLineActor } from '../../src/services/audit.service';
import { type TestApi } from './api';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  /** A session token, as signIn returns it. */
  token: string;
}

let counter = 0;
export const PASSWORD = 'a long enough test password';

/** A fresh account with a unique email (the audit log is append-only, so tests never reuse or delete accounts). */
export async function account(
  api: TestApi,
  role: Role,
  options: { jurisdictions?: string[]; authorityId?: string } = {},
): Promise<TestAccount> {
  const email = `${role.toLowerCase()}-${process.pid}-${Date.now()}-${++counter}@test.example`;
  const created = await api.services.users.create(
    { email, password: PASSWORD, role, jurisdictions: options.jurisdictions, authorityId: options.authorityId },
    commandLineActor('test'),
  );
  const { token } = await api.services.auth.signIn(email, PASSWORD, `setup-${counter}`);
  return { id: created.id, email, password: PASSWORD, token };
}

export { Role };

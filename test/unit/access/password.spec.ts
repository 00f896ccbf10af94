import { hashPassword, passwordProblem, verifyPassword } from '../../../src/auth/password';

describe('password hashing', () => {
  it('hashes with scrypt and a salt of its own per password', async () => {
    const [a, b] = [await hashPassword('correct horse battery'), await hashPassword('correct horse battery')];
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse');
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterx', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('never matches a malformed or foreign hash', async () => {
    for (const stored of ['', 'plain', 'bcrypt$2b$10$abc', 'scrypt$x$8$1$c2FsdA==$aGFzaA==', 'scrypt$16384$8$1$$']) {
      expect(await verifyPassword('anything at all', stored)).toBe(false);
    }
  });

  it('refuses short, overlong and space-padded passwords', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
    expect(passwordProblem(' padded password ')).toMatch(/spaces/);
    expect(passwordProblem('a good long passphrase')).toBeNull();
  });

  it('refuses the most common passwords, alone or with digits and symbols added', () => {
    for (const common of ['qwerty123456', '1qaz2wsx3edc', 'QAZWSXEDCRFV', 'password1234!', '2024#qwertyuiop', 'iloveyou2024!!']) {
      expect(passwordProblem(common)).toMatch(/most common passwords/);
    }
    for (const fine of ['correct horse battery staple', 'Lagos-Palermo 2016 route', 'tricky passwordless flow']) {
      expect(passwordProblem(fine)).toBeNull();
    }
  });
});

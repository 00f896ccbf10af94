import { SignInThrottle } from '../../../src/auth/sign-in-throttle';

describe('sign-in throttle', () => {
  let now = 0;
  const throttle = () => new SignInThrottle({ maxFailures: 3, windowSeconds: 60, maxKeys: 2 }, () => now);

  beforeEach(() => (now = 1_000_000));

  it('refuses attempts after the allowed failures, until the window ends', () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(0);
      t.recordFailure('A@x.org ', '1.1.1.1');
    }
    expect(t.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(60);
    now += 45_000;
    expect(t.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(15);
    now += 15_000;
    expect(t.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(0);
  });

  it('counts per email and address, and forgets a key on success', () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) t.recordFailure('a@x.org', '1.1.1.1');
    expect(t.retryAfterSeconds('a@x.org', '2.2.2.2')).toBe(0);
    expect(t.retryAfterSeconds('b@x.org', '1.1.1.1')).toBe(0);
    t.recordSuccess('a@x.org', '1.1.1.1');
    expect(t.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(0);
  });

  it('remembers a bounded number of keys', () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) t.recordFailure('a@x.org', '1.1.1.1');
    t.recordFailure('b@x.org', '1.1.1.1');
    t.recordFailure('c@x.org', '1.1.1.1');
    expect(t.retryAfterSeconds('a@x.org', '1.1.1.1')).toBe(0);
  });
});

/**
 * Limits failed sign-ins per email and client address: after `maxFailures` failures within the window, further
 * attempts are refused until the window ends, whatever the password. A success clears the count. Kept in the
 * process's memory (one portal process per deployment); the map is bounded so a flood cannot exhaust memory.
 */
export interface ThrottleSettings {
  maxFailures: number;
  windowSeconds: number;
  /** Most keys remembered; the oldest are forgotten first. */
  maxKeys?: number;
}

interface Window {
  failures: number;
  startedAt: number;
}

export class SignInThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly settings: ThrottleSettings,
    private readonly now: () => number = Date.now,
  ) {}

  private key(email: string, clientAddress: string): string {
    return `${email.trim().toLowerCase()}\u0000${clientAddress}`;
  }

  private current(key: string): Window | null {
    const window = this.windows.get(key);
    if (!window) return null;
    if (this.now() - window.startedAt >= this.settings.windowSeconds * 1000) {
      this.windows.delete(key);
      return null;
    }
    return window;
  }

  /** Seconds until attempts are accepted again, or 0 when an attempt may be made now. */
  retryAfterSeconds(email: string, clientAddress: string): number {
    const window = this.current(this.key(email, clientAddress));
    if (!window || window.failures < this.settings.maxFailures) return 0;
    return Math.ceil((window.startedAt + this.settings.windowSeconds * 1000 - this.now()) / 1000);
  }

  recordFailure(email: string, clientAddress: string): void {
    const key = this.key(email, clientAddress);
    const window = this.current(key);
    if (window) {
      window.failures += 1;
      return;
    }
    const maxKeys = this.settings.maxKeys ?? 100_000;
    if (this.windows.size >= maxKeys) this.windows.delete(this.windows.keys().next().value!);
    this.windows.set(key, { failures: 1, startedAt: this.now() });
  }

  recordSuccess(email: string, clientAddress: string): void {
    this.windows.delete(this.key(email, clientAddress));
  }
}

import { createHash } from 'node:crypto';
import { type DataSource } from 'typeorm';

/**
 * Limits sign-in attempts per email and client address: an attempt is counted *before* its password is checked
 * (so attempts in flight count too), and once `maxAttempts` have been made within the window, further ones are
 * refused until the window ends, whatever the password. A success clears the count. The counters live in
 * PostgreSQL, so every portal process sharing the database shares them; keys are hashes, so what was typed in
 * the email field (people type passwords there) is not stored.
 */
export interface ThrottleSettings {
  maxAttempts: number;
  windowSeconds: number;
}

/** One in this many attempts also deletes the counters whose window has ended, so the table stays small. */
const SWEEP_EVERY = 100;

export class SignInThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: ThrottleSettings,
  ) {}

  /** The stored key: a hash of the normalized email and the client address. */
  static key(email: string, clientAddress: string): string {
    return createHash('sha256').update(`${email.trim().toLowerCase()}\u0000${clientAddress}`).digest('base64url');
  }

  /**
   * Counts an attempt. Returns 0 when it may go on to the password check, or the seconds until attempts are
   * accepted again when it is one too many (it is not counted then, so a flood does not extend the window).
   */
  async begin(email: string, clientAddress: string): Promise<number> {
    const { maxAttempts, windowSeconds } = this.settings;
    // One statement: a new window, a window that has ended starts again, or one more attempt in the current one.
    const [row]: { attempts: number; retry_after: number }[] = await this.dataSource.query(
      `INSERT INTO sign_in_attempts AS a (key, attempts, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN a.window_started_at <= now() - make_interval(secs => $2) THEN 1
                         WHEN a.attempts >= $3 THEN a.attempts ELSE a.attempts + 1 END,
         window_started_at = CASE WHEN a.window_started_at <= now() - make_interval(secs => $2) THEN now()
                                  ELSE a.window_started_at END,
         refused = a.attempts >= $3 AND a.window_started_at > now() - make_interval(secs => $2)
       RETURNING attempts, CASE WHEN refused
         THEN ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int ELSE 0 END AS retry_after`,
      [SignInThrottle.key(email, clientAddress), windowSeconds, maxAttempts],
    );
    if (Math.random() < 1 / SWEEP_EVERY) {
      await this.dataSource.query(`DELETE FROM sign_in_attempts WHERE window_started_at <= now() - make_interval(secs => $1)`, [windowSeconds]);
    }
    return Math.max(0, Number(row.retry_after));
  }

  /** A successful sign-in forgets the attempts of its email and address. */
  async succeeded(email: string, clientAddress: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_attempts WHERE key = $1`, [SignInThrottle.key(email, clientAddress)]);
  }
}

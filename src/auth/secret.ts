import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Config, MIN_AUTH_SECRET_LENGTH } from '../config';

export const SECRET_FILE = 'auth-secret';

/**
 * The key signing session tokens: AUTH_SECRET when set (required in production, and for several portal
 * processes sharing a database); otherwise a random key generated on first use and kept in `DATA_DIR/auth-secret`
 * (readable by its owner only), so sessions survive a restart.
 */
export function resolveAuthSecret(config: Pick<Config, 'auth' | 'dataDir'>): string {
  if (config.auth.secret) return config.auth.secret;
  const file = path.join(config.dataDir, SECRET_FILE);
  const stored = readSecret(file);
  if (stored) return stored;
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    // 'wx': of two processes starting together, one writes and the other reads what it wrote.
    fs.writeFileSync(file, randomBytes(48).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const written = readSecret(file);
  if (!written) throw new Error(`${file} holds no usable secret (at least ${MIN_AUTH_SECRET_LENGTH} characters): delete it or set AUTH_SECRET`);
  return written;
}

function readSecret(file: string): string | null {
  try {
    const value = fs.readFileSync(file, 'utf8').trim();
    return value.length >= MIN_AUTH_SECRET_LENGTH ? value : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

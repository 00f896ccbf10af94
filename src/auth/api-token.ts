import { createHash, randomBytes } from 'node:crypto';

/**
 * Long-lived API tokens for scripts: 256 random bits behind a recognizable prefix. Only their SHA-256 is stored
 * (a random token needs no slow hash); the clear token is shown once, at creation.
 */
export const API_TOKEN_PREFIX = 'ptk_';

export interface NewApiTokenSecret {
  token: string;
  hash: string;
  /** The first characters, stored to let owners tell their tokens apart. */
  display: string;
}

export function generateApiToken(): NewApiTokenSecret {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashApiToken(token), display: token.slice(0, API_TOKEN_PREFIX.length + 6) };
}

export const hashApiToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const looksLikeApiToken = (token: string): boolean => token.startsWith(API_TOKEN_PREFIX);

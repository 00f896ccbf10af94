import { type Config } from '../config';
import { type AuthSettings } from './auth.service';
import { resolveAuthSecret } from './secret';

/** The configured authentication settings, with the signing key resolved (AUTH_SECRET or DATA_DIR/auth-secret). */
export function authSettings(config: Pick<Config, 'auth' | 'dataDir'>): AuthSettings {
  return {
    secret: resolveAuthSecret(config),
    tokenTtlSeconds: config.auth.tokenTtlSeconds,
    signInMaxFailures: config.auth.signInMaxFailures,
    signInWindowSeconds: config.auth.signInWindowSeconds,
  };
}

import net from 'node:net';
import path from 'node:path';

/** Typed, validated configuration read once from the environment. */
export interface Config {
  port: number;
  /**
   * Which reverse proxies may say, in X-Forwarded-For and X-Forwarded-Proto, who the client is and whether it came
   * over TLS: `false` (none: the portal is reached directly), a number of proxy hops, or addresses and subnets.
   * Given to Express's `trust proxy`; decides `req.ip` and `req.secure` (HSTS is sent only over TLS).
   */
  trustProxy: TrustProxy;
  /** Server mode when set; otherwise an embedded PostgreSQL (PGlite) under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  searchBackend: 'postgres' | 'meilisearch';
  meiliUrl: string | null;
  meiliApiKey: string | null;
  /** When Meilisearch is down, answer searches from PostgreSQL instead of SEARCH_UNAVAILABLE. */
  searchFallback: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxQueryChars: number; introspection: boolean };
  auth: AuthConfig;
  alerts: AlertsConfig;
}

/** Saved searches' alerts: how often changes are matched and webhooks sent, and where webhooks may go. */
export interface AlertsConfig {
  /** Pause between polls of the alert outbox and of due webhook deliveries. */
  pollMs: number;
  /** Lets webhooks target http://localhost and http://127.0.0.1 (tests, development); never private networks. */
  allowLocalWebhooks: boolean;
  /** Waits before each retry of a failed delivery, in seconds; the delivery gives up after the last one. */
  retryDelaysSeconds: number[];
  /** How long a webhook receiver has to answer. */
  webhookTimeoutMs: number;
  /** The portal's public address, for links in feeds and webhook bodies (else the request's, or localhost). */
  publicUrl: string | null;
}

/** Retry waits of a failed webhook delivery: 1 minute, 5 minutes, 30 minutes, 2 hours, then it gives up. */
export const DEFAULT_RETRY_DELAYS = [60, 300, 1800, 7200];

export type TrustProxy = false | number | string[];

/** Names Express accepts in `trust proxy` for well-known address ranges. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY: unset or `false`; a hop count from 1 to 10; or a comma-separated list of IP addresses, CIDR subnets
 *  and the names loopback, linklocal, uniquelocal. `true` (trust any sender) is refused: anyone reaching the
 *  portal directly could then claim any address and TLS. Null when the value is not one of these. */
export function parseTrustProxy(raw: string | undefined): TrustProxy | null {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 10 ? hops : null;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    if (PROXY_RANGES.includes(entry)) return true;
    const [address, prefix, extra] = entry.split('/');
    const family = net.isIP(address ?? '');
    if (!family || extra !== undefined) return false;
    if (prefix === undefined) return true;
    return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
  });
  return valid ? entries : null;
}

export interface AuthConfig {
  /** HMAC key of session tokens. Null (except on a production server): one is generated and kept under `dataDir`. */
  secret: string | null;
  /** Lifetime of a session token returned by signIn. */
  tokenTtlSeconds: number;
  /** Failed sign-ins allowed per email and client address within the window, before further attempts are refused. */
  signInMaxFailures: number;
  signInWindowSeconds: number;
}

/** Shortest AUTH_SECRET accepted: 32 characters (256 bits when random). */
export const MIN_AUTH_SECRET_LENGTH = 32;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}="${raw}" must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name}="${raw}" must be one of: ${allowed.join(', ')}`);
      return fallback;
    }
    return raw as T;
  };
  const url = (name: string, protocols: string[]): string | null => {
    const raw = env[name];
    if (raw === undefined || raw === '') return null;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must be a ${protocols.join(' or ')} URL (got protocol "${parsed.protocol}")`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const searchBackend = oneOf('SEARCH_BACKEND', ['postgres', 'meilisearch'] as const, 'postgres');
  const meiliUrl = url('MEILI_URL', ['http:', 'https:']);
  if (searchBackend === 'meilisearch' && !meiliUrl) {
    problems.push('SEARCH_BACKEND=meilisearch needs MEILI_URL (e.g. http://localhost:7700)');
  }

  const authSecret = env.AUTH_SECRET || null;
  if (authSecret !== null && authSecret.length < MIN_AUTH_SECRET_LENGTH) {
    problems.push(`AUTH_SECRET must be at least ${MIN_AUTH_SECRET_LENGTH} characters (e.g. openssl rand -base64 48)`);
  }
  // A production server (several processes may share its database) needs one key for all; an embedded portal
  // keeps a generated key in its data directory.
  if (authSecret === null && env.NODE_ENV === 'production' && env.DATABASE_URL) {
    problems.push('AUTH_SECRET is required with NODE_ENV=production and DATABASE_URL (e.g. openssl rand -base64 48)');
  }

  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if (trustProxy === null) {
    problems.push(
      `TRUST_PROXY="${env.TRUST_PROXY}" must be false, a number of proxy hops from 1 to 10, or a comma-separated list of ` +
        'IP addresses, CIDR subnets and loopback, linklocal, uniquelocal (e.g. TRUST_PROXY=loopback or TRUST_PROXY=10.0.0.0/8)',
    );
  }

  const retryDelays = (() => {
    const raw = env.WEBHOOK_RETRY_DELAYS;
    if (raw === undefined || raw.trim() === '') return DEFAULT_RETRY_DELAYS;
    const delays = raw.split(',').map((d) => Number(d.trim()));
    if (delays.length > 10 || delays.some((d) => !Number.isInteger(d) || d < 1 || d > 86_400)) {
      problems.push(`WEBHOOK_RETRY_DELAYS="${raw}" must be up to 10 comma-separated waits in seconds, each from 1 to 86400 (e.g. 60,300,1800,7200)`);
      return DEFAULT_RETRY_DELAYS;
    }
    return delays;
  })();
  const publicUrl = url('PUBLIC_URL', ['http:', 'https:']);

  const config: Config = {
    port: int('PORT', 4000, 0, 65535),
    trustProxy: trustProxy ?? false,
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    searchBackend,
    meiliUrl,
    meiliApiKey: env.MEILI_API_KEY || null,
    searchFallback: oneOf('SEARCH_FALLBACK', ['none', 'postgres'] as const, 'none') === 'postgres',
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, env.NODE_ENV === 'test' ? 'silent' : 'info'),
    limits: {
      maxDepth: int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxCost: int('GRAPHQL_MAX_COST', 50000, 100, 10_000_000),
      maxAliases: int('GRAPHQL_MAX_ALIASES', 30, 1, 1000),
      maxQueryChars: int('GRAPHQL_MAX_QUERY_CHARS', 20000, 1000, 1_000_000),
      introspection: oneOf('GRAPHQL_INTROSPECTION', ['true', 'false'] as const, 'true') === 'true',
    },
    auth: {
      secret: authSecret,
      tokenTtlSeconds: int('AUTH_TOKEN_TTL', 3600, 60, 86_400),
      signInMaxFailures: int('AUTH_SIGNIN_MAX_FAILURES', 5, 1, 1000),
      signInWindowSeconds: int('AUTH_SIGNIN_WINDOW', 900, 1, 86_400),
    },
    alerts: {
      pollMs: int('ALERTS_POLL_MS', 5000, 50, 60_000),
      allowLocalWebhooks: oneOf('WEBHOOK_ALLOW_LOCAL', ['true', 'false'] as const, 'false') === 'true',
      retryDelaysSeconds: retryDelays,
      webhookTimeoutMs: int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      publicUrl: publicUrl ? publicUrl.replace(/\/+$/, '') : null,
    },
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

let cached: Config | undefined;
/** The process configuration, read and validated on first use. */
export function config(): Config {
  return (cached ??= readConfig());
}

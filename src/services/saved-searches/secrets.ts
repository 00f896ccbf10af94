import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The secrets of saved searches. A feed token is 256 random bits in the feed's URL; like API tokens only its
 * SHA-256 is kept, so the URL is shown once (at saving or rotation). A webhook secret is shown once too, but
 * kept as it is: the portal needs it to sign every delivery.
 */
export const FEED_TOKEN_PREFIX = 'feed_';
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

export interface NewFeedToken {
  token: string;
  hash: string;
  /** The first characters, for owners to tell feeds apart. */
  display: string;
}

export function generateFeedToken(): NewFeedToken {
  const token = FEED_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashFeedToken(token), display: token.slice(0, FEED_TOKEN_PREFIX.length + 6) };
}

export const hashFeedToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A feed token's shape: the prefix and 43 base64url characters. Anything else is not looked up. */
export const looksLikeFeedToken = (token: string): boolean => /^feed_[A-Za-z0-9_-]{43}$/.test(token);

export const generateWebhookSecret = (): string => WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64url');

/**
 * The signature of a delivery: HMAC-SHA256, keyed with the webhook's secret, of the timestamp (Unix seconds, as
 * sent in X-Portal-Timestamp), a dot and the raw body. Signing the timestamp lets a receiver refuse replays of an
 * old delivery; signing the body, any change to it.
 */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

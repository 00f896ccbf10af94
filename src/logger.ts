import pino from 'pino';
import { config } from './config';

/** Structured JSON logs, one object per line. Secrets are redacted by path. */
export const logger = pino({
  level: config().logLevel,
  redact: { paths: ['password', '*.password', 'token', '*.token', 'req.headers.authorization'], censor: '[redacted]' },
  base: undefined,
});

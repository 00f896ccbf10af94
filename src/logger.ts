import pino from 'pino';
import { config } from './config';

/**
 * The error serializer drops the bound parameters a failed SQL statement carries (TypeORM's QueryFailedError):
 * they may hold a password hash, a token hash or a person's name, none of which belongs in a log.
 */
function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (serialized && typeof serialized === 'object') {
    delete serialized.parameters;
    const driver = serialized.driverError as Record<string, unknown> | undefined;
    if (driver && typeof driver === 'object') delete driver.parameters;
  }
  return serialized;
}

/** Structured JSON logs, one object per line. Secrets are redacted by path. */
export const logger = pino({
  level: config().logLevel,
  redact: {
    paths: ['password', '*.password', 'token', '*.token', 'passwordHash', '*.passwordHash', 'req.headers.authorization'],
    censor: '[redacted]',
  },
  serializers: { err: serializeError },
  base: undefined,
});

import pino, { type LoggerOptions } from 'pino';
import { config } from './config';

/**
 * Parts of a failed SQL statement's error that carry data: the bound parameters (TypeORM's QueryFailedError),
 * PostgreSQL's detail ("Failing row contains (…)") and its "where" (a parameter's value). They may hold a
 * password hash, a token hash or a person's name, none of which belongs in a log.
 */
const DATA_BEARING = ['parameters', 'detail', 'where'];

function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (serialized && typeof serialized === 'object') {
    for (const key of DATA_BEARING) delete serialized[key];
    const driver = serialized.driverError as Record<string, unknown> | undefined;
    if (driver && typeof driver === 'object') for (const key of DATA_BEARING) delete driver[key];
  }
  return serialized;
}

/** The logger's options: secrets are redacted by path, SQL parameters dropped from errors. */
export function loggerOptions(level: LoggerOptions['level']): LoggerOptions {
  return {
    level,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'passwordHash', '*.passwordHash', 'req.headers.authorization'],
      censor: '[redacted]',
    },
    serializers: { err: serializeError },
    base: undefined,
  };
}

/** Structured JSON logs, one object per line. */
export const logger = pino(loggerOptions(config().logLevel));

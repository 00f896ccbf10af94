import { type GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, DomainErrorCode } from '../services/errors';
import { logger } from '../logger';

/** Codes that clients may see as they are; anything else is masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'SEARCH_UNAVAILABLE', 'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

function codeOf(error: DomainError): string {
  switch (error.code) {
    case DomainErrorCode.BAD_USER_INPUT:
    case DomainErrorCode.NOT_FOUND:
    case DomainErrorCode.FORBIDDEN:
    case DomainErrorCode.UNAUTHENTICATED:
    case DomainErrorCode.SEARCH_UNAVAILABLE:
      return error.code;
  }
}

/**
 * The one mapping from errors to what clients see: domain errors keep their code and message; a scalar's
 * own BAD_USER_INPUT survives validation; anything unexpected (an SQL error, a bug) is logged and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const { field, accepted } = original.details as { field?: string; accepted?: string };
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: codeOf(original), ...(field ? { field } : {}), ...(accepted ? { accepted } : {}) },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; ours (a scalar's bad value, a limit)
  // keep their own code.
  const ownCode = ((error as GraphQLError | undefined)?.originalError as GraphQLError | undefined)?.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && (ownCode === 'BAD_USER_INPUT' || ownCode === 'QUERY_TOO_COMPLEX')) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: ownCode } };
  }
  // A variable that does not fit its type (an unknown enum value, a string for an Int) is the caller's mistake.
  if (!formatted.path && /^Variable "\$[_A-Za-z0-9]+" got invalid value/.test(formatted.message)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error while executing a request');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

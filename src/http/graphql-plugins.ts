import { randomUUID } from 'node:crypto';
import { type ApolloServerPlugin } from '@apollo/server';
import { type Logger } from 'pino';
import { type Config } from '../config';
import { statementScope } from '../db/statement-counter';
import { type Context } from '../schema/context';
import { DomainError } from '../services/errors';
import { argumentTextError } from '../schema/argument-text';
import { checkOperationLimits } from '../schema/limits';

/** One JSON log line per request: id, operation, duration, SQL statements, error codes. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, operationName, errors, contextValue: ctx }) {
          logger.info(
            {
              requestId: ctx.requestId,
              operation: operationName ?? request.operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              sqlStatements: statementScope.getStore()?.statements,
              errors: errors?.map((e) => (e.originalError instanceof DomainError ? e.originalError.code : e.extensions?.code) ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/**
 * Checks the cost again once the variables are known (a page size given as `$first`), and the arguments' text,
 * before execution. The validation rule has already refused documents over the limits with the default page size.
 */
export function queryCostPlugin(limits: Config['limits']): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, schema }) {
      return {
        async didResolveOperation({ document, operationName }) {
          const error =
            checkOperationLimits(schema, document, limits, { operationName, variables: request.variables ?? {} }) ??
            argumentTextError(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

/** HTTP statuses of errors that are the caller's: a bad argument is 400, a throttled sign-in 429 with Retry-After. */
const CALLER_ERROR_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Gives a response the status of the caller's mistake it answers (Apollo answers 200 for any error raised while
 * executing). Reads the formatted errors, so every path that ends in one of these codes gets its status.
 */
export function httpStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          let status = 0;
          for (const error of errors) {
            const code = error.extensions?.code;
            const candidate = typeof code === 'string' ? CALLER_ERROR_STATUS[code] ?? 0 : 0;
            status = Math.max(status, candidate);
            const retryAfter = error.extensions?.retryAfterSeconds;
            if (code === 'TOO_MANY_REQUESTS' && typeof retryAfter === 'number') response.http.headers.set('retry-after', String(retryAfter));
          }
          if (status && (!response.http.status || response.http.status === 200)) response.http.status = status;
        },
      };
    },
  };
}

export const newRequestId = (header: unknown) =>
  typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();

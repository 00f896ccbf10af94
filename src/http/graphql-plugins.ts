import { randomUUID } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { type Logger } from 'pino';
import { type Config } from '../config';
import { statementScope } from '../db/statement-counter';
import { type Context } from '../schema/context';
import { DomainError } from '../services/errors';
import { OperationChecks } from '../schema/operation-checks';

/** One JSON log line per request: id, operation, duration, SQL statements, error codes. Nothing when info is not logged. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (!logger.isLevelEnabled('info')) return undefined;
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
 * What does not depend on the variables is worked out once per document (OperationChecks).
 */
export function queryCostPlugin(limits: Config['limits']): ApolloServerPlugin<Context> {
  const checks = new OperationChecks(limits);
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ document, operationName, request, schema }) {
      const error = checks.check(schema, document, operationName, request.variables);
      if (error) throw error;
    },
  };
  return {
    // The listener holds no state of its own: one object serves every request.
    async requestDidStart() {
      return listener;
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
  // No state of its own: one listener serves every request.
  const listener: GraphQLRequestListener<Context> = {
    async willSendResponse({ response }) {
      if (response.body.kind !== 'single') return;
      const errors = response.body.singleResult.errors;
      if (!errors) return;
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
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

export const newRequestId = (header: unknown) =>
  typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();

import { randomUUID } from 'node:crypto';
import { type ApolloServerPlugin } from '@apollo/server';
import { type Logger } from 'pino';
import { type Config } from '../config';
import { statementScope } from '../db/statement-counter';
import { type Context } from '../schema/context';
import { DomainError } from '../services/errors';
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
 * Checks the cost again once the variables are known (a page size given as `$first`), before execution. The
 * validation rule has already refused documents over the limits with the default page size.
 */
export function queryCostPlugin(limits: Config['limits']): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, schema }) {
      return {
        async didResolveOperation({ document, operationName }) {
          const error = checkOperationLimits(schema, document, limits, { operationName, variables: request.variables ?? {} });
          if (error) throw error;
        },
      };
    },
  };
}

export const newRequestId = (header: unknown) =>
  typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();

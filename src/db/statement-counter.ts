import { AsyncLocalStorage } from 'node:async_hooks';
import { type Logger } from 'typeorm';

/** Counts the SQL statements issued within a request (for logs, the statement-count tests and benchmarks). */
export const statementScope = new AsyncLocalStorage<{ statements: number }>();

export class StatementCountingLogger implements Logger {
  logQuery(): void {
    const scope = statementScope.getStore();
    if (scope) scope.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Domain errors thrown by services; src/schema/errors.ts maps them to GraphQL error codes. */
export enum DomainErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** A bad argument: names the field, the value and what is accepted. */
export function badInput(field: string, value: unknown, accepted: string): DomainError {
  return new DomainError(DomainErrorCode.BAD_USER_INPUT, `${field}: ${show(value)} is not accepted; ${accepted}`, {
    field,
    accepted,
  });
}

export function notFound(what: string, key: string): DomainError {
  return new DomainError(DomainErrorCode.NOT_FOUND, `${what} ${show(key)} not found`);
}

/** The caller is not signed in, or its credentials are invalid, expired or revoked. */
export function unauthenticated(message = 'Sign in first: send Authorization: Bearer <token>'): DomainError {
  return new DomainError(DomainErrorCode.UNAUTHENTICATED, message);
}

/** The caller may not do this. The message never tells whether the record exists. */
export function forbidden(message = 'You are not allowed to do this'): DomainError {
  return new DomainError(DomainErrorCode.FORBIDDEN, message);
}

/** One problem of a submitted record: its path (`defendants[0].nationality`), the value and why. */
export interface FieldProblem {
  field: string;
  value: unknown;
  message: string;
}

/** A record that failed validation, with every problem found (the same ones ingest reports). */
export function invalidRecord(what: string, problems: FieldProblem[]): DomainError {
  const listed = problems.slice(0, 20).map((p) => `${p.field}: ${show(p.value)} ${p.message}`);
  const more = problems.length > listed.length ? ` (and ${problems.length - listed.length} more)` : '';
  return new DomainError(DomainErrorCode.BAD_USER_INPUT, `${what} is not accepted: ${listed.join('; ')}${more}`, {
    field: problems[0]?.field,
    fieldErrors: problems,
  });
}

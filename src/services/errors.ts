/** Domain errors thrown by services; src/schema/errors.ts maps them to GraphQL error codes. */
export enum DomainErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
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

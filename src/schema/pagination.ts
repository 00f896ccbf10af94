import { type ClassType, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { badInput } from '../services/errors';

/** The cap on `first` for every connection: a larger value is an error, not a silent clamp. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** One page of a keyset-paginated list, before it becomes a GraphQL connection. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  return {
    edges: page.nodes.map((node, i) => ({ cursor: page.cursors[i], node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
    totalCount: page.totalCount,
  };
}

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

  }
  /** totalCount is counted only when selected (and once per batch of nested connections). */
  @Resolver(() => ConnectionType)
  class ConnectionResolver {
    @FieldResolver(() => Int, { description: 'Number of records matching, all pages together.' })
    totalCount(@Root() connection: ConnectionShape<T>): Promise<number> {
      return connection.totalCount();
    }
  }
  return Object.assign(ConnectionType, { Resolver: ConnectionResolver });
}

/** Validates `first` against the cap. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(field, first, `use an integer from 0 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Cursors are opaque base64url JSON; a cursor from another ordering or a malformed one is rejected. */
export function encodeCursor(kind: string, key: unknown[]): string {
  return Buffer.from(JSON.stringify([kind, ...key])).toString('base64url');
}

/** What each value of a cursor's key must be, checked before it reaches SQL. */
export type CursorPart = 'uuid' | 'date' | 'timestamp' | 'text' | 'int' | 'bigint';

type CursorValue<P extends CursorPart> = P extends 'int' ? number : string;
type CursorValues<P extends readonly CursorPart[]> = { [K in keyof P]: P[K] extends CursorPart ? CursorValue<P[K]> : never };

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar day within the years PostgreSQL's date keys use here (0001–9999). */
function isCalendarDate(value: string): boolean {
  const match = DATE_SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fits(part: CursorPart, value: unknown): boolean {
  switch (part) {
    case 'uuid':
      return typeof value === 'string' && UUID_SHAPE.test(value);
    case 'date':
      return typeof value === 'string' && isCalendarDate(value);
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP_SHAPE.test(value) && isCalendarDate(value.slice(0, 10)) && Number.isFinite(Date.parse(value));
    case 'text':
      return typeof value === 'string' && value.length <= 512 && !value.includes('\u0000');
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
    case 'bigint':
      return typeof value === 'string' && /^\d{1,18}$/.test(value);
  }
}

/**
 * Decodes a cursor made by `encodeCursor` for the same list and ordering, checking every value of its key
 * against `parts`: a cursor that is malformed, from another list, or whose values could not have been issued
 * (a date like 2020-13-45, an id that is not a UUID, a NUL byte, a number out of range) is the caller's mistake.
 */
export function decodeCursor<const P extends readonly CursorPart[]>(cursor: string, kind: string, parts: P, field = 'after'): CursorValues<P> {
  const fail = () => badInput(field, cursor, 'use a cursor returned by this list with the same ordering');
  if (typeof cursor !== 'string' || cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || parsed.length !== parts.length + 1) throw fail();
  const key = parsed.slice(1);
  if (!parts.every((part, i) => fits(part, key[i]))) throw fail();
  return key as CursorValues<P>;
}

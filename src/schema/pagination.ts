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
  /** The raw rows of the nodes, when the statement read more than their columns (read-ahead links). */
  extras?: Record<string, unknown>[];
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

export function decodeCursor(cursor: string, kind: string, arity: number, field = 'after'): unknown[] {
  const fail = () => badInput(field, cursor, 'use a cursor returned by this list with the same ordering');
  if (typeof cursor !== 'string' || cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || parsed.length !== arity + 1) throw fail();
  const key = parsed.slice(1);
  if (!key.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) throw fail();
  return key;
}

import { type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { type Page } from '../schema/pagination';
import { queryPrepared } from '../db/prepared';
import { type LinkReadAhead, withLinks } from './read-ahead';
import { columnList, mapRows, SqlParams } from './sql';

/**
 * Keyset pagination of one table, optionally "scoped" by a set of keys (the cases of each of these articles,
 * the laws of each of these jurisdictions…). All scopes are fetched by ONE statement with a LATERAL join, so a
 * nested connection inside a list costs one query whatever the size of the list.
 */
export interface KeysetQuery {
  entity: EntityTarget<ObjectLiteral>;
  table: string;
  /** Alias used by `where`, `scope`, `orderBy` (always the table's usual one-letter alias). */
  alias: string;
  /** Conditions on the alias, placeholders already bound in `params`. */
  where: string[];
  /** Condition relating a row to the scope key `s.key` (text); null for an unscoped list. */
  scope: string | null;
  orderBy: string;
  keyset: string | null;
  cursorOf(row: Record<string, unknown>): string;
  params: SqlParams;
  first: number;
  /** Whether the caller paged forward (a previous page exists). */
  after: boolean;
  /** Columns of the entity not to read (long texts nobody selected); their properties stay undefined. */
  omitColumns?: ReadonlySet<string>;
  /** Links read with the page's rows (./read-ahead), their columns returned in `Page.extras`. */
  readAhead?: LinkReadAhead;
  /**
   * Count the rows in the same statement (a window over the matching rows, before the limit) instead of a second
   * statement when totalCount is asked. Only without a keyset condition, which the count must ignore.
   */
  countWithRows?: boolean;
}

export async function fetchKeysetPages<T extends ObjectLiteral>(
  dataSource: DataSource,
  query: KeysetQuery,
  keys: string[],
  count: (keys: string[]) => Promise<Map<string, number>>,
): Promise<Page<T>[]> {
  const { alias, params } = query;
  const where = [...query.where];
  if (query.scope) where.push(query.scope);
  if (query.keyset) where.push(query.keyset);
  const keysParam = params.add(keys);
  const limit = params.add(query.first + 1);
  const countWithRows = Boolean(query.countWithRows && !query.keyset);
  const pageSql = `SELECT s.key AS scope_key, r.* FROM unnest(${keysParam}::text[]) AS s(key)
           CROSS JOIN LATERAL (
             SELECT ${columnList(dataSource, query.entity, alias, query.omitColumns)}${countWithRows ? ', count(*) OVER () AS _total' : ''}
             FROM ${query.table} ${alias}
             ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
             ORDER BY ${query.orderBy} LIMIT ${limit}
           ) r`;
  const withExtras = Boolean(query.readAhead?.columns.length);
  const rows: Record<string, unknown>[] = await queryPrepared(
    dataSource,
    query.readAhead ? withLinks(pageSql, query.readAhead) : pageSql,
    params.values,
  );
  const byKey = new Map<string, Record<string, unknown>[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(row.scope_key as string)!.push(row);

  let counts: Promise<Map<string, number>> | null = null;
  return keys.map((key) => {
    const all = byKey.get(key)!;
    const pageRows = all.slice(0, query.first);
    return {
      nodes: mapRows<T>(dataSource, query.entity as EntityTarget<T>, pageRows),
      cursors: pageRows.map((r) => query.cursorOf(r)),
      hasNextPage: all.length > query.first,
      hasPreviousPage: query.after,
      // From the window when counted with the rows (no row: none matches); otherwise counted once for every key
      // of the batch, and only if some page's totalCount is selected.
      totalCount: countWithRows
        ? async () => Number(all[0]?._total ?? 0)
        : async () => (await (counts ??= count(keys))).get(key) ?? 0,
      extras: withExtras ? pageRows : undefined,
    };
  });
}

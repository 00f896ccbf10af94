import { type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { decodeCursor, encodeCursor, type Page, pageSize } from '../schema/pagination';
import { fetchKeysetPages } from './keyset-pages';
import { SqlParams } from './sql';

/**
 * Keyset pages of a library table (treaties, publications) ordered by title, optionally scoped by a set of keys
 * (the treaties of each of these States…): one statement for every scope of a batch, like cases and laws.
 */
export interface LibraryTable {
  entity: EntityTarget<ObjectLiteral>;
  table: string;
  alias: string;
  /** Cursor kind: a cursor of another list is refused. */
  orderKind: string;
}

export async function libraryPages<T extends ObjectLiteral>(
  dataSource: DataSource,
  table: LibraryTable,
  conditions: (params: SqlParams) => string[],
  scope: string | null,
  keys: string[],
  args: { first?: number | null; after?: string | null },
): Promise<Page<T>[]> {
  const first = pageSize(args.first);
  const params = new SqlParams();
  const where = conditions(params);
  const a = table.alias;
  let keyset: string | null = null;
  if (args.after) {
    const [title, id] = decodeCursor(args.after, table.orderKind, ['text', 'uuid']);
    keyset = `(lower(${a}.title), ${a}.id) > (${params.add(title)}::text, ${params.add(id)}::uuid)`;
  }
  return fetchKeysetPages<T>(
    dataSource,
    {
      entity: table.entity,
      table: table.table,
      alias: a,
      where,
      scope,
      orderBy: `lower(${a}.title) ASC, ${a}.id ASC`,
      keyset,
      cursorOf: (row) => encodeCursor(table.orderKind, [(row.title as string).toLowerCase(), row.id as string]),
      params,
      first,
      after: Boolean(args.after),
    },
    keys,
    async (countKeys) => {
      const countParams = new SqlParams();
      const countWhere = conditions(countParams);
      if (scope) countWhere.push(scope);
      const rows: { key: string; n: string }[] = await dataSource.query(
        `SELECT s.key, (SELECT count(*) FROM ${table.table} ${a} ${countWhere.length ? `WHERE ${countWhere.join(' AND ')}` : ''}) AS n
           FROM unnest(${countParams.add(countKeys)}::text[]) AS s(key)`,
        countParams.values,
      );
      return new Map(rows.map((r) => [r.key, Number(r.n)]));
    },
  );
}

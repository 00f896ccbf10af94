import { createHash } from 'node:crypto';
import { type EntityManager } from 'typeorm';

/** Stable hash of a normalized record: equal content, equal hash (objects are built in a fixed key order). */
export function contentHash(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

/**
 * Inserts rows with one statement whatever their number: each column travels as one array parameter and
 * `unnest` turns them back into rows (no 65,535-parameter ceiling, one round trip).
 */
export async function insertColumns<Row = Record<string, unknown>>(
  tx: EntityManager,
  table: string,
  columns: Record<string, { type: string; values: unknown[] }>,
  suffix = '',
): Promise<Row[]> {
  const names = Object.keys(columns);
  const first = columns[names[0]];
  if (!first || first.values.length === 0) return [];
  const params = names.map((n) => columns[n].values);
  const selects = names.map((n, i) => `$${i + 1}::${columns[n].type}[]`);
  return tx.query(
    `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) SELECT * FROM unnest(${selects.join(', ')}) ${suffix}`,
    params,
  );
}

/** Deletes the rows of several child tables belonging to the given parents, one statement per table. */
export async function deleteChildren(tx: EntityManager, tables: string[], column: string, ids: string[]) {
  if (ids.length === 0) return;
  for (const table of tables) await tx.query(`DELETE FROM ${table} WHERE "${column}" = ANY($1::uuid[])`, [ids]);
}

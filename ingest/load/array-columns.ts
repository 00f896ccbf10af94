import { type EntityManager } from 'typeorm';

/**
 * `insertColumns` for tables with array columns: an array of arrays cannot be unnested row by row, so a
 * `text[]` column travels as one JSON array per row and is turned back into an array by the statement.
 * Still one statement and one round trip whatever the number of rows.
 */
export async function insertColumnsWithArrays<Row = Record<string, unknown>>(
  tx: EntityManager,
  table: string,
  columns: Record<string, { type: string; values: unknown[] }>,
  suffix = '',
): Promise<Row[]> {
  const names = Object.keys(columns);
  if (!names.length || columns[names[0]].values.length === 0) return [];
  const isArray = (n: string) => columns[n].type === 'text[]';
  const params = names.map((n) => (isArray(n) ? columns[n].values.map((v) => JSON.stringify(v ?? [])) : columns[n].values));
  const selects = names.map((n, i) => `$${i + 1}::${isArray(n) ? 'jsonb' : columns[n].type}[]`);
  const exprs = names.map((n) => (isArray(n) ? `ARRAY(SELECT jsonb_array_elements_text(u."${n}"))` : `u."${n}"`));
  const quoted = names.map((n) => `"${n}"`).join(', ');
  return tx.query(
    `INSERT INTO ${table} (${quoted}) SELECT ${exprs.join(', ')} FROM unnest(${selects.join(', ')}) AS u(${quoted}) ${suffix}`,
    params,
  );
}

import { createHash } from 'node:crypto';
import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';
import { isEmbeddedDataSource } from './data-source';
import { statementScope } from './statement-counter';

/** Most distinct statements prepared by name; beyond, new texts run unprepared (each connection keeps its own). */
const MAX_PREPARED = 200;
/** Statement text → its name, for the texts prepared so far (looked up by text: no hash computed per request). */
const prepared = new Map<string, string>();

/**
 * Runs a read statement of a hot path as a named prepared statement on a PostgreSQL server: each pooled
 * connection parses and plans it once, later runs only bind and execute it (as PostGraphile does). The name is a
 * hash of the text, so one name always means one text. On the embedded database the statement runs unnamed:
 * PGlite is one session shared by the connections the socket server accepts, so a name prepared by a closed
 * connection would still exist for the next one. Counted like every other statement (src/db/statement-counter.ts).
 */
export async function queryPrepared<T = Record<string, unknown>>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  if (isEmbeddedDataSource(dataSource)) return dataSource.query(text, values);
  let name = prepared.get(text);
  if (name === undefined) {
    if (prepared.size >= MAX_PREPARED) return dataSource.query(text, values);
    prepared.set(text, (name = `portal_${createHash('sha1').update(text).digest('base64url')}`));
  }
  const scope = statementScope.getStore();
  if (scope) scope.statements += 1;
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}

import { createHash } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { type RecordOrigin } from './normalized';
import { type FieldError } from '../validate/fields';

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

/**
 * The columns every catalogue record (case or law) carries besides its content: publication, provenance and
 * content hash, for the rows being written (`hashes[i]` belongs to `origins[i]`).
 */
export function recordStateColumns(origins: RecordOrigin[], hashes: string[], publish: boolean) {
  const now = new Date().toISOString();
  return {
    status: { type: 'text', values: origins.map(() => (publish ? 'PUBLISHED' : 'DRAFT')) },
    provenance: { type: 'jsonb', values: origins.map((origin) => JSON.stringify({ origin: 'ingest', ...origin, at: now })) },
    content_hash: { type: 'text', values: hashes },
    published_at: { type: 'timestamptz', values: origins.map(() => (publish ? now : null)) },
  };
}

/**
 * The upsert's SET clauses for those columns: a new publication publishes (and dates it once) and clears the
 * reviewer's note; otherwise an update keeps the record's status and note.
 */
export function recordStateUpdates(table: 'cases' | 'laws', publish: boolean): string {
  // Publishing clears the reviewer's note, as an approval does.
  return `provenance = EXCLUDED.provenance, content_hash = EXCLUDED.content_hash, updated_at = now(),
       status = CASE WHEN ${publish} THEN 'PUBLISHED' ELSE ${table}.status END,
       review_note = CASE WHEN ${publish} THEN NULL ELSE ${table}.review_note END,
       published_at = CASE WHEN ${publish} AND ${table}.status <> 'PUBLISHED' THEN now() ELSE ${table}.published_at END`;
}

/** Deletes the rows of several child tables belonging to the given parents, one statement per table. */
export async function deleteChildren(tx: EntityManager, tables: string[], column: string, ids: string[]) {
  if (ids.length === 0) return;
  for (const table of tables) await tx.query(`DELETE FROM ${table} WHERE "${column}" = ANY($1::uuid[])`, [ids]);
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/** What a writer made of one record: an outcome, or the errors that reject its row (a reference that does not resolve). */
export type WriteResult = WriteOutcome | { errors: FieldError[] };

/**
 * Decides, for a batch of records with a reference and a content hash, which must be written: new ones, changed
 * ones, and unchanged ones that `publish` would publish. The last occurrence of a reference in a batch wins.
 * Locks the existing rows so concurrent ingests of the same records serialize.
 */
export async function planUpserts(
  tx: EntityManager,
  table: 'cases' | 'laws',
  references: string[],
  hashes: string[],
  publish: boolean,
): Promise<{ existing: Map<string, { id: string }>; outcomes: WriteOutcome[]; toWrite: number[] }> {
  const rows: { id: string; reference: string; content_hash: string | null; status: string }[] = await tx.query(
    `SELECT id, reference, content_hash, status FROM ${table} WHERE reference = ANY($1::text[]) FOR UPDATE`,
    [references],
  );
  const existing = new Map(rows.map((r) => [r.reference, r]));
  const lastIndex = new Map(references.map((ref, i) => [ref, i]));
  const outcomes: WriteOutcome[] = [];
  const toWrite: number[] = [];
  references.forEach((ref, i) => {
    if (lastIndex.get(ref) !== i) return void outcomes.push('unchanged');
    const before = existing.get(ref);
    const unchanged = before && before.content_hash === hashes[i] && (!publish || before.status === 'PUBLISHED');
    outcomes.push(!before ? 'created' : unchanged ? 'unchanged' : 'updated');
    if (!unchanged) toWrite.push(i);
  });
  return { existing, outcomes, toWrite };
}

import { type EntityManager } from 'typeorm';
import { type NormalizedTreaty } from '../validate/treaty-record';
import { insertColumnsWithArrays } from './array-columns';
import { contentHash, insertColumns, type WriteOutcome } from './bulk';
import { type RecordOrigin } from './normalized';

export interface TreatyWrite {
  record: NormalizedTreaty;
  origin: RecordOrigin;
}

/**
 * Upserts a batch of validated treaties by reference with their parties, with a fixed number of statements.
 * An unchanged record is not touched (no `updated_at` change); a changed one has its parties replaced.
 * Treaties have no draft stage: like ratifications, they are public once loaded.
 */
export async function writeTreaties(
  tx: EntityManager,
  batch: TreatyWrite[],
  options: { sample?: boolean } = {},
): Promise<WriteOutcome[]> {
  // A sample hashes apart from the same content loaded for real, which then replaces it.
  const hashes = batch.map((w) => contentHash(options.sample ? { ...w.record, sample: true } : w.record));
  const existing: { id: string; reference: string; content_hash: string | null }[] = await tx.query(
    `SELECT id, reference, content_hash FROM treaties WHERE reference = ANY($1::text[]) FOR UPDATE`,
    [batch.map((w) => w.record.reference)],
  );
  const before = new Map(existing.map((r) => [r.reference, r]));
  const lastIndex = new Map(batch.map((w, i) => [w.record.reference, i]));
  const toWrite: number[] = [];
  const outcomes = batch.map((w, i): WriteOutcome => {
    if (lastIndex.get(w.record.reference) !== i) return 'unchanged'; // the last occurrence in a batch wins
    const row = before.get(w.record.reference);
    if (!row) return (toWrite.push(i), 'created');
    if (row.content_hash === hashes[i]) return 'unchanged';
    return (toWrite.push(i), 'updated');
  });
  if (toWrite.length === 0) return outcomes;
  const writes = toWrite.map((i) => batch[i]);
  const now = new Date().toISOString();
  const col = (type: string, pick: (w: TreatyWrite, i: number) => unknown) => ({ type, values: writes.map(pick) });
  const upserted = await insertColumnsWithArrays<{ id: string; reference: string }>(
    tx,
    'treaties',
    {
      reference: col('text', (w) => w.record.reference),
      title: col('text', (w) => w.record.title),
      scope: col('text', (w) => w.record.scope),
      kinds: col('text[]', (w) => w.record.kinds),
      adopted_on: col('date', (w) => w.record.adoptedOn),
      in_force_on: col('date', (w) => w.record.inForceOn),
      sources: col('jsonb', (w) => JSON.stringify(w.record.sources)),
      is_sample: col('boolean', () => Boolean(options.sample)),
      provenance: col('jsonb', (w) => JSON.stringify({ origin: 'ingest', ...w.origin, at: now })),
      content_hash: col('text', (_w, i) => hashes[toWrite[i]]),
    },
    `ON CONFLICT (reference) DO UPDATE SET
       title = EXCLUDED.title, scope = EXCLUDED.scope, kinds = EXCLUDED.kinds, adopted_on = EXCLUDED.adopted_on,
       in_force_on = EXCLUDED.in_force_on, sources = EXCLUDED.sources, is_sample = EXCLUDED.is_sample,
       provenance = EXCLUDED.provenance, content_hash = EXCLUDED.content_hash, updated_at = now()
     RETURNING id, reference`,
  );
  const idOf = new Map(upserted.map((r) => [r.reference, r.id]));
  await tx.query(`DELETE FROM treaty_parties WHERE treaty_id = ANY($1::uuid[])`, [[...idOf.values()]]);
  const parties = writes.flatMap((w) =>
    w.record.parties.map((p, seq) => ({ treatyId: idOf.get(w.record.reference)!, seq, ...p })),
  );
  await insertColumns(tx, 'treaty_parties', {
    treaty_id: { type: 'uuid', values: parties.map((p) => p.treatyId) },
    jurisdiction_code: { type: 'char(3)', values: parties.map((p) => p.country) },
    seq: { type: 'int', values: parties.map((p) => p.seq) },
    signed_on: { type: 'date', values: parties.map((p) => p.signedOn) },
    in_force_on: { type: 'date', values: parties.map((p) => p.inForceOn) },
  });
  return outcomes;
}

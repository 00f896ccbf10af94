import { type EntityManager } from 'typeorm';
import { contentHash, insertColumns, type WriteOutcome } from './bulk';
import { type NormalizedRatification, type RecordOrigin } from './normalized';

export interface RatificationWrite {
  record: NormalizedRatification;
  origin: RecordOrigin;
}

/** The key a ratification is upserted by, and named by in reports: `ITA:UNTOC`. */
export const ratificationKey = (r: NormalizedRatification) => `${r.country}:${r.instrument}`;

/**
 * Upserts a batch of validated ratifications by country and instrument, with a fixed number of statements.
 * An unchanged record is not touched; a loaded record replaces a sample one of the demo.
 */
export async function writeRatifications(
  tx: EntityManager,
  batch: RatificationWrite[],
  options: { sample?: boolean } = {},
): Promise<WriteOutcome[]> {
  // A sample hashes apart from the same content loaded for real, which then replaces it.
  const hashes = batch.map((w) => contentHash(options.sample ? { ...w.record, sample: true } : w.record));
  const existing: { jurisdiction_code: string; instrument_code: string; content_hash: string | null }[] = await tx.query(
    `SELECT r.jurisdiction_code, r.instrument_code, r.content_hash FROM ratifications r
     JOIN unnest($1::char(3)[], $2::text[]) AS k(code, instrument) ON r.jurisdiction_code = k.code AND r.instrument_code = k.instrument
     FOR UPDATE OF r`,
    [batch.map((w) => w.record.country), batch.map((w) => w.record.instrument)],
  );
  const hashOf = new Map(existing.map((r) => [`${r.jurisdiction_code}:${r.instrument_code}`, r.content_hash]));
  const lastIndex = new Map(batch.map((w, i) => [ratificationKey(w.record), i]));
  const toWrite: number[] = [];
  const outcomes = batch.map((w, i): WriteOutcome => {
    const key = ratificationKey(w.record);
    if (lastIndex.get(key) !== i) return 'unchanged'; // the last occurrence of a key in a batch wins
    if (!hashOf.has(key)) return (toWrite.push(i), 'created');
    if (hashOf.get(key) === hashes[i]) return 'unchanged';
    return (toWrite.push(i), 'updated');
  });
  if (toWrite.length === 0) return outcomes;
  const now = new Date().toISOString();
  const col = (type: string, pick: (w: RatificationWrite, i: number) => unknown) => ({
    type,
    values: toWrite.map((i) => pick(batch[i], i)),
  });
  await insertColumns(
    tx,
    'ratifications',
    {
      jurisdiction_code: col('char(3)', (w) => w.record.country),
      instrument_code: col('text', (w) => w.record.instrument),
      signed_on: col('date', (w) => w.record.signedOn),
      ratified_on: col('date', (w) => w.record.ratifiedOn),
      kind: col('text', (w) => w.record.kind),
      convention_as_extradition_basis: col('boolean', (w) => w.record.conventionAsExtraditionBasis),
      source: col('text', (w) => w.record.source),
      is_sample: col('boolean', () => Boolean(options.sample)),
      provenance: col('jsonb', (w) => JSON.stringify({ origin: 'ingest', ...w.origin, at: now })),
      content_hash: col('text', (_w, i) => hashes[i]),
    },
    `ON CONFLICT (jurisdiction_code, instrument_code) DO UPDATE SET
       signed_on = EXCLUDED.signed_on, ratified_on = EXCLUDED.ratified_on, kind = EXCLUDED.kind,
       convention_as_extradition_basis = EXCLUDED.convention_as_extradition_basis, source = EXCLUDED.source,
       is_sample = EXCLUDED.is_sample, provenance = EXCLUDED.provenance, content_hash = EXCLUDED.content_hash`,
  );
  return outcomes;
}

import { type EntityManager } from 'typeorm';
import { recordSearchChanges } from '../../src/search/sync';
import { type NormalizedPublication } from '../validate/publication-record';
import { insertColumnsWithArrays } from './array-columns';
import { contentHash, type WriteOutcome } from './bulk';
import { type RecordOrigin } from './normalized';

export interface PublicationWrite {
  record: NormalizedPublication;
  origin: RecordOrigin;
}

/**
 * Upserts a batch of validated publications by reference, with a fixed number of statements, and rewrites
 * their search documents in the same transaction. The bibliography has no draft stage: an entry is public as
 * soon as it is loaded, like treaties and ratifications.
 */
export async function writePublications(
  tx: EntityManager,
  batch: PublicationWrite[],
  options: { sample?: boolean } = {},
): Promise<WriteOutcome[]> {
  // A sample hashes apart from the same content loaded for real, which then replaces it.
  const hashes = batch.map((w) => contentHash(options.sample ? { ...w.record, sample: true } : w.record));
  const existing: { reference: string; content_hash: string | null }[] = await tx.query(
    `SELECT reference, content_hash FROM publications WHERE reference = ANY($1::text[]) FOR UPDATE`,
    [batch.map((w) => w.record.reference)],
  );
  const hashOf = new Map(existing.map((r) => [r.reference, r.content_hash]));
  const lastIndex = new Map(batch.map((w, i) => [w.record.reference, i]));
  const toWrite: number[] = [];
  const outcomes = batch.map((w, i): WriteOutcome => {
    if (lastIndex.get(w.record.reference) !== i) return 'unchanged';
    if (!hashOf.has(w.record.reference)) return (toWrite.push(i), 'created');
    if (hashOf.get(w.record.reference) === hashes[i]) return 'unchanged';
    return (toWrite.push(i), 'updated');
  });
  if (toWrite.length === 0) return outcomes;
  const writes = toWrite.map((i) => batch[i]);
  const now = new Date().toISOString();
  const col = (type: string, pick: (p: NormalizedPublication, i: number) => unknown) => ({
    type,
    values: writes.map((w, i) => pick(w.record, i)),
  });
  const upserted = await insertColumnsWithArrays<{ id: string }>(
    tx,
    'publications',
    {
      reference: col('text', (p) => p.reference),
      title: col('text', (p) => p.title),
      authors: col('text[]', (p) => p.authors),
      year: col('int', (p) => p.year),
      kind: col('text', (p) => p.kind),
      publisher: col('text', (p) => p.publisher),
      language: col('text', (p) => p.language),
      annotation: col('text', (p) => p.annotation),
      url: col('text', (p) => p.url),
      article_ids: col('text[]', (p) => p.articles),
      crime_type_codes: col('text[]', (p) => p.crimeTypes),
      country_codes: col('text[]', (p) => p.countries),
      keywords: col('text[]', (p) => p.keywords),
      is_sample: col('boolean', () => Boolean(options.sample)),
      provenance: { type: 'jsonb', values: writes.map((w) => JSON.stringify({ origin: 'ingest', ...w.origin, at: now })) },
      content_hash: { type: 'text', values: toWrite.map((i) => hashes[i]) },
    },
    `ON CONFLICT (reference) DO UPDATE SET
       title = EXCLUDED.title, authors = EXCLUDED.authors, year = EXCLUDED.year, kind = EXCLUDED.kind,
       publisher = EXCLUDED.publisher, language = EXCLUDED.language, annotation = EXCLUDED.annotation,
       url = EXCLUDED.url, article_ids = EXCLUDED.article_ids, crime_type_codes = EXCLUDED.crime_type_codes,
       country_codes = EXCLUDED.country_codes, keywords = EXCLUDED.keywords, is_sample = EXCLUDED.is_sample,
       provenance = EXCLUDED.provenance, content_hash = EXCLUDED.content_hash, updated_at = now()
     RETURNING id`,
  );
  await recordSearchChanges(tx, 'publication', upserted.map((r) => r.id));
  return outcomes;
}

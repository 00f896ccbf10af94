import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import {
  contentHash, deleteChildren, insertColumns, planUpserts, recordStateColumns, recordStateUpdates, type WriteOutcome,
} from './bulk';
import { type WriteOptions } from './case-writer';
import { type NormalizedLaw, type RecordOrigin } from './normalized';
import { recordSearchChanges } from '../../src/search/sync';

export interface LawWrite {
  record: NormalizedLaw;
  origin: RecordOrigin;
}

/** Upserts a batch of validated laws by reference, with their provisions and the articles they implement. */
export async function writeLaws(
  tx: EntityManager,
  batch: LawWrite[],
  options: Pick<WriteOptions, 'publish'>,
): Promise<WriteOutcome[]> {
  const hashes = batch.map((w) => contentHash(w.record));
  const { existing, outcomes, toWrite } = await planUpserts(
    tx,
    'laws',
    batch.map((w) => w.record.reference),
    hashes,
    options.publish,
  );
  if (toWrite.length === 0) return outcomes;
  const writes = toWrite.map((i) => batch[i]);
  const col = <T>(type: string, pick: (w: LawWrite, i: number) => T) => ({ type, values: writes.map(pick) });
  const upserted = await insertColumns<{ id: string; reference: string }>(
    tx,
    'laws',
    {
      reference: col('text', (w) => w.record.reference),
      title: col('text', (w) => w.record.title),
      jurisdiction_code: col('char(3)', (w) => w.record.country),
      enacted_on: col('date', (w) => w.record.enactedOn),
      legal_status: col('text', (w) => w.record.legalStatus),
      sources: col('jsonb', (w) => JSON.stringify(w.record.sources)),
      ...recordStateColumns(writes.map((w) => w.origin), toWrite.map((i) => hashes[i]), options.publish),
    },
    `ON CONFLICT (reference) DO UPDATE SET
       title = EXCLUDED.title, jurisdiction_code = EXCLUDED.jurisdiction_code, enacted_on = EXCLUDED.enacted_on,
       legal_status = EXCLUDED.legal_status, sources = EXCLUDED.sources,
       ${recordStateUpdates('laws', options.publish)}
     RETURNING id, reference`,
  );
  const idOf = new Map(upserted.map((r) => [r.reference, r.id]));
  const updatedIds = writes.filter((w) => existing.has(w.record.reference)).map((w) => idOf.get(w.record.reference)!);
  await deleteChildren(tx, ['law_crime_types', 'law_provisions'], 'law_id', updatedIds);

  const crimeTypes = writes.flatMap((w) =>
    w.record.crimeTypes.map((code) => ({ lawId: idOf.get(w.record.reference)!, code })),
  );
  await insertColumns(tx, 'law_crime_types', {
    law_id: { type: 'uuid', values: crimeTypes.map((c) => c.lawId) },
    crime_type_code: { type: 'text', values: crimeTypes.map((c) => c.code) },
  });
  const provisions = writes.flatMap((w) =>
    w.record.provisions.map((p, seq) => ({ id: randomUUID(), lawId: idOf.get(w.record.reference)!, seq, ...p })),
  );
  await insertColumns(tx, 'law_provisions', {
    id: { type: 'uuid', values: provisions.map((p) => p.id) },
    law_id: { type: 'uuid', values: provisions.map((p) => p.lawId) },
    seq: { type: 'int', values: provisions.map((p) => p.seq) },
    number: { type: 'text', values: provisions.map((p) => p.number) },
    heading: { type: 'text', values: provisions.map((p) => p.heading) },
    text: { type: 'text', values: provisions.map((p) => p.text) },
  });
  const links = provisions.flatMap((p) => p.articles.map((articleId) => ({ provisionId: p.id, articleId })));
  await insertColumns(tx, 'provision_articles', {
    provision_id: { type: 'uuid', values: links.map((l) => l.provisionId) },
    article_id: { type: 'text', values: links.map((l) => l.articleId) },
  });
  await recordSearchChanges(tx, 'law', upserted.map((r) => r.id));
  return outcomes;
}

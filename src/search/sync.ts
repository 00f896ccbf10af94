import { type EntityManager } from 'typeorm';
import { refreshSearchDocuments } from './documents';

export type SearchRecordKind = 'case' | 'law' | 'publication';

/**
 * Every write to a case, a law or a publication calls this inside its own transaction: the PostgreSQL search document is
 * rewritten and an outbox row is queued for the configured engine, so the write and its way into the index
 * commit (or roll back) together. A search engine that is down only delays the indexer.
 */
export async function recordSearchChanges(tx: EntityManager, kind: SearchRecordKind, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const type = kind === 'case' ? 'CASE' : kind === 'law' ? 'LAW' : 'PUBLICATION';
  await refreshSearchDocuments(tx, type, ids);
  await tx.query(
    `INSERT INTO search_outbox (record_type, record_id) SELECT $1, id FROM unnest($2::uuid[]) AS id`,
    [type, ids],
  );
}

import { type EntityManager } from 'typeorm';
import { refreshSearchDocuments } from './documents';

export type SearchRecordKind = 'case' | 'law' | 'publication';

/**
 * Every write to a case, a law or a publication calls this inside its own transaction: the PostgreSQL search document is
 * rewritten and an outbox row is queued for the configured engine, so the write and its way into the index
 * commit (or roll back) together. A search engine that is down only delays the indexer.
 */
export async function recordSearchChanges(tx: EntityManager, kind: SearchRecordKind, changed: string[]): Promise<void> {
  if (changed.length === 0) return;
  const ids = kind === 'case' ? await withCitedCases(tx, changed) : changed;
  const type = kind === 'case' ? 'CASE' : kind === 'law' ? 'LAW' : 'PUBLICATION';
  await refreshSearchDocuments(tx, type, ids);
  await tx.query(
    `INSERT INTO search_outbox (record_type, record_id) SELECT $1, id FROM unnest($2::uuid[]) AS id`,
    [type, ids],
  );
}

/**
 * The cases and the cases they cite: a case written, published or withdrawn changes the cited-by count of every
 * case it cites, which their documents carry (the "most cited" order).
 */
async function withCitedCases(tx: EntityManager, ids: string[]): Promise<string[]> {
  const cited: { id: string }[] = await tx.query(
    `SELECT DISTINCT cited_case_id AS id FROM case_citations WHERE citing_case_id = ANY($1::uuid[]) AND cited_case_id IS NOT NULL`,
    [ids],
  );
  return [...new Set([...ids, ...cited.map((r) => r.id)])];
}

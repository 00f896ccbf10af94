import { type EntityManager } from 'typeorm';

/**
 * Replaces the citations of the cases just written (`cites[i]`: a case id and the references it cites), links
 * each citation to the cited case when one with that reference exists, and links the citations that were waiting
 * for the cases just written (`writtenReferences`), so a citation resolves whichever of the two cases is loaded
 * first. Returns the ids of cases that were cited before the write and may be cited no longer: their documents
 * must be refreshed (recordSearchChanges refreshes those of the cases cited now).
 */
export async function writeCitations(
  tx: EntityManager,
  cites: { caseId: string; references: string[] }[],
  updatedIds: string[],
  writtenReferences: string[],
): Promise<string[]> {
  const uncited: { id: string }[] = updatedIds.length
    ? await tx.query(
        `WITH gone AS (DELETE FROM case_citations WHERE citing_case_id = ANY($1::uuid[]) RETURNING cited_case_id)
         SELECT DISTINCT cited_case_id AS id FROM gone WHERE cited_case_id IS NOT NULL`,
        [updatedIds],
      )
    : [];
  const rows = cites.flatMap((c) => c.references.map((reference) => ({ caseId: c.caseId, reference })));
  if (rows.length) {
    await tx.query(
      `INSERT INTO case_citations (citing_case_id, cited_reference, cited_case_id)
       SELECT k.id, k.reference, c.id FROM unnest($1::uuid[], $2::text[]) AS k(id, reference)
         LEFT JOIN cases c ON c.reference = k.reference`,
      [rows.map((r) => r.caseId), rows.map((r) => r.reference)],
    );
  }
  if (writtenReferences.length) {
    await tx.query(
      `UPDATE case_citations x SET cited_case_id = c.id FROM cases c
        WHERE c.reference = ANY($1::text[]) AND x.cited_reference = c.reference AND x.cited_case_id IS NULL
          AND x.citing_case_id <> c.id`,
      [writtenReferences],
    );
  }
  return uncited.map((r) => r.id);
}

import { type DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, type Page, pageSize } from '../schema/pagination';
import { queryPrepared } from '../db/prepared';
import { SqlParams } from './sql';

/** One citation of a case: the cited reference as written, and the cited case when one with it exists. */
export interface Citation {
  citingCaseId: string;
  reference: string;
  citedCaseId: string | null;
}

export interface CitationPageArgs {
  first?: number | null;
  after?: string | null;
}

const CURSOR_KIND = 'cites';

/**
 * The cases a case cites. A citation is part of the citing case's own content, so whoever reads the citing case
 * reads its references; whether the cited case itself is shown is decided where it is loaded (by visibility).
 * Cited-by lists and counts are cases, read through CaseService with the `citing` scope.
 */
export class CitationService {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of citations per citing case (by reference), all in one statement. */
  async pages(caseIds: string[], args: CitationPageArgs): Promise<Page<Citation>[]> {
    const first = pageSize(args.first);
    const params = new SqlParams();
    const after = args.after ? decodeCursor(args.after, CURSOR_KIND, ['text'] as const)[0] : null;
    const keys = params.add(caseIds);
    const keyset = after === null ? '' : `AND x.cited_reference > ${params.add(after)}::text`;
    const limit = params.add(first + 1);
    const rows: { key: string; reference: string; cited_case_id: string | null }[] = await queryPrepared(
      this.dataSource,
      `SELECT s.key, r.reference, r.cited_case_id FROM unnest(${keys}::uuid[]) AS s(key)
         CROSS JOIN LATERAL (SELECT x.cited_reference AS reference, x.cited_case_id FROM case_citations x
                              WHERE x.citing_case_id = s.key ${keyset}
                              ORDER BY x.cited_reference LIMIT ${limit}) r`,
      params.values,
    );
    const byKey = new Map<string, typeof rows>(caseIds.map((id) => [id, []]));
    for (const row of rows) byKey.get(row.key)?.push(row);
    let counts: Promise<Map<string, number>> | null = null;
    return caseIds.map((id) => {
      const all = byKey.get(id)!;
      const page = all.slice(0, first);
      return {
        nodes: page.map((r) => ({ citingCaseId: id, reference: r.reference, citedCaseId: r.cited_case_id })),
        cursors: page.map((r) => encodeCursor(CURSOR_KIND, [r.reference])),
        hasNextPage: all.length > first,
        hasPreviousPage: after !== null,
        totalCount: async () => (await (counts ??= this.counts(caseIds))).get(id) ?? 0,
      };
    });
  }

  /** Number of citations of each citing case, in one statement. */
  async counts(caseIds: string[]): Promise<Map<string, number>> {
    const rows: { key: string; n: number }[] = await this.dataSource.query(
      `SELECT citing_case_id AS key, count(*)::int AS n FROM case_citations WHERE citing_case_id = ANY($1::uuid[])
        GROUP BY citing_case_id`,
      [caseIds],
    );
    return new Map(rows.map((r) => [r.key, r.n]));
  }
}

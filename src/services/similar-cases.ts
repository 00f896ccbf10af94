import { type DataSource } from 'typeorm';
import { Case } from '../entities';
import { badInput } from './errors';
import { mapRows } from './sql';
import { type Viewer, visibleRecordsSql } from './viewer';

/** `Case.similar(first)`: 5 by default, at most 20 (a case page shows a short list). */
export const SIMILAR_DEFAULT = 5;
export const SIMILAR_MAX = 20;

export function similarCount(first: number | null | undefined): number {
  if (first === null || first === undefined) return SIMILAR_DEFAULT;
  if (!Number.isInteger(first) || first < 0 || first > SIMILAR_MAX) {
    throw badInput('first', first, `use a whole number from 0 to ${SIMILAR_MAX}`);
  }
  return first;
}

/**
 * "More like this" for a batch of cases, in one statement over the search documents (so only published cases
 * are proposed). A published case's neighbours are the cases sharing at least one article, crime type or keyword
 * with it; the best 200 by what they share (an article counts 3, a crime type 2, a keyword 1) are then also scored
 * on the words of its facts: the stems of its title and summary, weighted by the other case's fields (ts_rank,
 * 0–1, times 6, so sharing the story weighs like sharing two articles). Ties go to the more recent decision, then
 * the reference. A case without a search document (not published) has no neighbours.
 */
const SIMILAR_SQL = `
  SELECT src.id AS source_id, best.record_id AS id, best.score
    FROM unnest($1::uuid[]) AS src(id)
    JOIN search_documents me ON me.record_type = 'CASE' AND me.record_id = src.id
    CROSS JOIN LATERAL (
      SELECT nullif(string_agg(quote_literal(w.lexeme), ' | '), '')::tsquery AS words
        FROM (SELECT t.lexeme FROM unnest(me.tsv) AS t
               WHERE t.lexeme !~ '^[=0-9]' AND length(t.lexeme) >= 4
                 AND (t.weights && ARRAY['A', 'C']::text[])
               ORDER BY cardinality(t.positions) DESC, t.lexeme LIMIT 40) w) facts
    CROSS JOIN LATERAL (
      SELECT c.record_id, c.shared + 6 * coalesce(ts_rank('{0.05, 0.5, 0.2, 1.0}', o.tsv, facts.words, 32), 0) AS score,
             c.date, c.reference
        FROM (SELECT o.record_id, o.date, o.reference,
                     3 * cardinality(ARRAY(SELECT unnest(o.articles) INTERSECT SELECT unnest(me.articles)))
                   + 2 * cardinality(ARRAY(SELECT unnest(o.crime_types) INTERSECT SELECT unnest(me.crime_types)))
                   + cardinality(ARRAY(SELECT unnest(o.keywords) INTERSECT SELECT unnest(me.keywords))) AS shared
                FROM search_documents o
               WHERE o.record_type = 'CASE' AND o.record_id <> me.record_id
                 AND (o.articles && me.articles OR o.crime_types && me.crime_types OR o.keywords && me.keywords)
               ORDER BY shared DESC, o.date DESC NULLS LAST, o.reference
               LIMIT 200) c
        JOIN search_documents o ON o.record_type = 'CASE' AND o.record_id = c.record_id
       ORDER BY score DESC, c.date DESC NULLS LAST, c.reference
       LIMIT $2) best
   ORDER BY src.id, best.score DESC, best.date DESC NULLS LAST, best.reference`;

/** For each case id, its most similar published cases (best first) that the viewer may read. */
export async function similarCases(
  dataSource: DataSource,
  viewer: Viewer,
  ids: readonly string[],
  first: number,
): Promise<(Case & { key: string })[]> {
  if (ids.length === 0 || first === 0) return [];
  const ranked: { source_id: string; id: string }[] = await dataSource.query(SIMILAR_SQL, [ids, first]);
  if (ranked.length === 0) return [];
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT c.* FROM cases c WHERE c.id = ANY($1::uuid[]) AND ${visibleRecordsSql('c', viewer)}`,
    [[...new Set(ranked.map((r) => r.id))]],
  );
  const byId = new Map(mapRows<Case>(dataSource, Case, rows).map((c) => [c.id, c]));
  return ranked.flatMap((r) => {
    const found = byId.get(r.id);
    return found ? [Object.assign(Object.create(Object.getPrototypeOf(found)), found, { key: r.source_id })] : [];
  });
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * One search document as the rows it adds to `search_facet_counts`: itself ('*') and each facet value it holds,
 * in the bucket of its record type and its set of States and regions (one of each for a case or a law, any number
 * for a publication).
 */
const EXPANDED = (rows: string) => `
  SELECT d.record_type, d.countries, d.regions, f.field, f.value
    FROM ${rows} d
   CROSS JOIN LATERAL (
     SELECT '*'::text, ''::text
     UNION ALL SELECT 'crimeType', unnest(d.crime_types)
     UNION ALL SELECT 'article', unnest(d.articles)
     UNION ALL SELECT 'keyword', unnest(d.keywords)
     UNION ALL SELECT 'courtLevel', d.court_level::text WHERE d.court_level IS NOT NULL
     UNION ALL SELECT 'year', d.year::text WHERE d.year IS NOT NULL) AS f(field, value)`;

const APPLY = (rows: string, sign: '+' | '-') => `
    INSERT INTO search_facet_counts AS c (record_type, countries, regions, field, value, n)
    SELECT record_type, countries, regions, field, value, ${sign}count(*)
      FROM (${EXPANDED(rows)}) e
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY 1, 2, 3, 4, 5  -- one lock order for every writer: concurrent batches queue, never deadlock
    ON CONFLICT (record_type, countries, regions, field, value) DO UPDATE SET n = c.n + EXCLUDED.n;`;

/**
 * Facet counts of the search documents per record type and set of States (`search_facet_counts`), kept by statement-level
 * triggers in the writing transaction: a search without text, filtered at most by record type, State or region
 * (the landing page, a State's listing), counts its facets from these few thousand rows instead of every document.
 * Counts are exact: each statement that inserts, deletes or updates documents adds or subtracts what it changed.
 */
export class SearchFacetCounts1795800000100 implements MigrationInterface {
  name = 'SearchFacetCounts1795800000100';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE search_facet_counts (
      record_type varchar(16) NOT NULL,
      countries text[] NOT NULL,
      regions text[] NOT NULL,
      field text NOT NULL,
      value text NOT NULL,
      n integer NOT NULL,
      PRIMARY KEY (record_type, countries, regions, field, value)
    )`);
    await q.query(`CREATE FUNCTION search_facet_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${APPLY('new_documents', '+')} RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION search_facet_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${APPLY('old_documents', '-')} RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION search_facet_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${APPLY('old_documents', '-')} ${APPLY('new_documents', '+')} RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION search_facet_counts_cleared() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM search_facet_counts; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER search_facet_counts_insert AFTER INSERT ON search_documents
      REFERENCING NEW TABLE AS new_documents FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_added()`);
    await q.query(`CREATE TRIGGER search_facet_counts_delete AFTER DELETE ON search_documents
      REFERENCING OLD TABLE AS old_documents FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_removed()`);
    await q.query(`CREATE TRIGGER search_facet_counts_update AFTER UPDATE ON search_documents
      REFERENCING OLD TABLE AS old_documents NEW TABLE AS new_documents
      FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_changed()`);
    await q.query(`CREATE TRIGGER search_facet_counts_truncate AFTER TRUNCATE ON search_documents
      FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_cleared()`);
    await q.query(APPLY('search_documents', '+'));
    // The newest records first without sorting every document: the landing page's order.
    await q.query(`CREATE INDEX search_documents_newest ON search_documents (date DESC NULLS LAST, reference, record_type)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS search_documents_newest`);
    for (const t of ['insert', 'delete', 'update', 'truncate']) {
      await q.query(`DROP TRIGGER IF EXISTS search_facet_counts_${t} ON search_documents`);
    }
    await q.query(`DROP FUNCTION IF EXISTS search_facet_counts_added, search_facet_counts_removed,
      search_facet_counts_changed, search_facet_counts_cleared`);
    await q.query(`DROP TABLE IF EXISTS search_facet_counts`);
  }
}

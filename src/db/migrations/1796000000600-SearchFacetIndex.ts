import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { SearchFacetCounts1795800000100 } from './1795800000100-SearchFacetCounts';

/**
 * Searches without text count their facets in memory (src/search/facet-index.ts) from a copy of the documents
 * taken with search_version, so the version must change with every change of search_documents, whatever
 * statement makes it: a statement-level trigger bumps it (once per statement, in the writing transaction).
 * search_facet_counts, which answered only listings filtered by State or region, goes with its triggers.
 */
export class SearchFacetIndex1796000000600 implements MigrationInterface {
  name = 'SearchFacetIndex1796000000600';

  public async up(q: QueryRunner): Promise<void> {
    await new SearchFacetCounts1795800000100().down(q);
    // down() also dropped the newest-first index, which the SQL listings (sorts the facet index does not hold) use.
    await q.query(`CREATE INDEX search_documents_newest ON search_documents (date DESC NULLS LAST, reference, record_type)`);
    await q.query(`CREATE FUNCTION search_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE search_version SET version = version + 1; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER search_documents_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON search_documents
      FOR EACH STATEMENT EXECUTE FUNCTION search_version_bump()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS search_documents_version ON search_documents`);
    await q.query(`DROP FUNCTION IF EXISTS search_version_bump`);
    await q.query(`DROP INDEX IF EXISTS search_documents_newest`);
    await new SearchFacetCounts1795800000100().up(q);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The text index also indexes the list filters (crime types, articles, keywords, countries, regions): a search
 * with text and such filters then reads only the rows matching both from the table, which is what the page of a
 * search reads (src/search/postgres-search.ts). It replaces the text-only index, whose every use it serves.
 */
export class SearchTextFilterIndex1796000000700 implements MigrationInterface {
  name = 'SearchTextFilterIndex1796000000700';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX search_documents_text_filters ON search_documents
      USING gin (tsv, crime_types, articles, keywords, countries, regions)`);
    await q.query(`DROP INDEX search_documents_tsv`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv)`);
    await q.query(`DROP INDEX search_documents_text_filters`);
  }
}

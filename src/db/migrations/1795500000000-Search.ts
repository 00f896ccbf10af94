import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Search storage:
 * - `portal_english`, an English stemming configuration that ignores accents ("fiance" finds "fiancé");
 * - `search_documents`, one denormalized row per published case or law, rewritten in the same transaction as
 *   the write (src/search/documents.ts); it is the PostgreSQL index and the source of every engine's documents;
 * - `search_lexemes`, the indexed vocabulary that typo tolerance matches misspelled words against;
 * - `search_outbox`, the transactional outbox the indexer drains into the configured engine. Triggers on the
 *   reference tables queue the records whose documents carry a renamed label, whatever path made the change.
 */
export class Search1795500000000 implements MigrationInterface {
  name = 'Search1795500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TEXT SEARCH CONFIGURATION portal_english (COPY = english)`);
    await q.query(`ALTER TEXT SEARCH CONFIGURATION portal_english
      ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, english_stem`);

    await q.query(`CREATE TABLE search_documents (
      record_type varchar(4) NOT NULL CHECK (record_type IN ('CASE', 'LAW')),
      record_id uuid NOT NULL,
      reference varchar(128) NOT NULL,
      title text NOT NULL,
      title_sort text NOT NULL,
      summary text,
      body text,
      country_code char(3) NOT NULL,
      country_name text NOT NULL,
      region text NOT NULL,
      crime_types text[] NOT NULL DEFAULT '{}',
      crime_type_labels text[] NOT NULL DEFAULT '{}',
      articles text[] NOT NULL DEFAULT '{}',
      article_labels text[] NOT NULL DEFAULT '{}',
      keywords text[] NOT NULL DEFAULT '{}',
      keyword_labels text[] NOT NULL DEFAULT '{}',
      court_level varchar(16),
      year integer,
      date date,
      language varchar(8),
      tsv tsvector NOT NULL,
      PRIMARY KEY (record_type, record_id)
    )`);
    // Narrow tuples: long values (text vector, texts, labels) go out of line, the short code arrays that filters
    // and facets read stay in line. Matching and counting then read a few pages instead of whole documents.
    await q.query(`ALTER TABLE search_documents SET (toast_tuple_target = 128)`);
    await q.query(`ALTER TABLE search_documents ALTER COLUMN crime_types SET STORAGE MAIN,
      ALTER COLUMN articles SET STORAGE MAIN, ALTER COLUMN keywords SET STORAGE MAIN`);
    await q.query(`CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv)`);
    // No index on the filter columns: a search evaluates every filter on the rows its text matches (the facets
    // need the rows that fail one filter too), so such indexes would only slow every write down.

    // Byte order ("C"): the first lexeme at or after a prefix is the one to test for it, straight from the index.
    await q.query(`CREATE TABLE search_lexemes (lexeme text COLLATE "C" PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_lexemes_trgm ON search_lexemes USING gin (lexeme gin_trgm_ops)`);

    // Bumped by every change of search documents, in the same transaction: answers cached under an older
    // version are never served (src/search/postgres-search.ts).
    await q.query(`CREATE TABLE search_version (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 0
    )`);
    await q.query(`INSERT INTO search_version DEFAULT VALUES`);

    await q.query(`CREATE TABLE search_outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      record_type varchar(4) NOT NULL CHECK (record_type IN ('CASE', 'LAW')),
      record_id uuid NOT NULL,
      -- true when the search document itself must be rebuilt first (a reference label changed)
      refresh boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    // Reference data denormalized into documents: a change of label queues the affected published records.
    await q.query(`CREATE FUNCTION search_queue_jurisdiction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', id, true FROM cases WHERE jurisdiction_code = NEW.code AND status = 'PUBLISHED'
          UNION ALL SELECT 'LAW', id, true FROM laws WHERE jurisdiction_code = NEW.code AND status = 'PUBLISHED';
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER search_jurisdiction_renamed AFTER UPDATE ON jurisdictions FOR EACH ROW
      WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.region IS DISTINCT FROM NEW.region)
      EXECUTE FUNCTION search_queue_jurisdiction()`);

    await q.query(`CREATE FUNCTION search_queue_article() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT DISTINCT 'CASE', case_id, true FROM case_articles WHERE article_id = NEW.id
          UNION SELECT DISTINCT 'LAW', p.law_id, true FROM provision_articles pa
            JOIN law_provisions p ON p.id = pa.provision_id WHERE pa.article_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER search_article_retitled AFTER UPDATE ON articles FOR EACH ROW
      WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION search_queue_article()`);

    await q.query(`CREATE FUNCTION search_queue_crime_type() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', case_id, true FROM case_crime_types WHERE crime_type_code = NEW.code
          UNION ALL SELECT 'LAW', law_id, true FROM law_crime_types WHERE crime_type_code = NEW.code;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER search_crime_type_relabelled AFTER UPDATE ON crime_types FOR EACH ROW
      WHEN (OLD.label IS DISTINCT FROM NEW.label) EXECUTE FUNCTION search_queue_crime_type()`);

    await q.query(`CREATE FUNCTION search_queue_keyword() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', case_id, true FROM case_keywords WHERE keyword_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER search_keyword_relabelled AFTER UPDATE ON keywords FOR EACH ROW
      WHEN (OLD.label IS DISTINCT FROM NEW.label) EXECUTE FUNCTION search_queue_keyword()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS search_keyword_relabelled ON keywords`);
    await q.query(`DROP TRIGGER IF EXISTS search_crime_type_relabelled ON crime_types`);
    await q.query(`DROP TRIGGER IF EXISTS search_article_retitled ON articles`);
    await q.query(`DROP TRIGGER IF EXISTS search_jurisdiction_renamed ON jurisdictions`);
    await q.query(`DROP FUNCTION IF EXISTS search_queue_keyword, search_queue_crime_type, search_queue_article, search_queue_jurisdiction`);
    await q.query(`DROP TABLE IF EXISTS search_outbox, search_version, search_lexemes, search_documents`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_english`);
  }
}

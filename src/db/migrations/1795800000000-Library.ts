import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The legal library:
 * - `treaties` and `treaty_parties`: agreements on cooperation in criminal matters, with their parties;
 * - `publications`: the annotated bibliography, linked to articles, crime types, countries and keywords by
 *   arrays of codes (GIN-indexed for the lists on article, crime-type and State pages);
 * - search documents and the outbox take a third record type, PUBLICATION. A publication may concern several
 *   countries (or none), so documents carry `countries` and `regions` arrays, which filters and facets read;
 *   `country_code`, `country_name` and `region` stay for cases and laws and are null for a publication that
 *   is not about exactly one country.
 * - the triggers that queue records carrying a renamed label queue publications too.
 */
export class Library1795800000000 implements MigrationInterface {
  name = 'Library1795800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE treaties (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      reference varchar(128) NOT NULL,
      title text NOT NULL,
      scope varchar(16) NOT NULL CHECK (scope IN ('BILATERAL', 'REGIONAL', 'MULTILATERAL')),
      kinds text[] NOT NULL DEFAULT '{}',
      adopted_on date,
      in_force_on date,
      sources jsonb NOT NULL DEFAULT '[]',
      is_sample boolean NOT NULL DEFAULT false,
      provenance jsonb,
      content_hash varchar(64),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "CHK_treaties_dates" CHECK (in_force_on IS NULL OR adopted_on IS NULL OR in_force_on >= adopted_on)
    )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_treaties_reference" ON treaties (reference)`);
    await q.query(`CREATE INDEX "IDX_treaties_kinds" ON treaties USING gin (kinds)`);
    await q.query(`CREATE TABLE treaty_parties (
      treaty_id uuid NOT NULL REFERENCES treaties (id) ON DELETE CASCADE,
      jurisdiction_code char(3) NOT NULL REFERENCES jurisdictions (code) ON DELETE RESTRICT,
      seq int NOT NULL,
      signed_on date,
      in_force_on date,
      PRIMARY KEY (treaty_id, jurisdiction_code)
    )`);
    await q.query(`CREATE INDEX "IDX_treaty_parties_jurisdiction" ON treaty_parties (jurisdiction_code)`);

    await q.query(`CREATE TABLE publications (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      reference varchar(128) NOT NULL,
      title text NOT NULL,
      authors text[] NOT NULL DEFAULT '{}',
      year int,
      kind varchar(16) NOT NULL CHECK (kind IN ('BOOK', 'ARTICLE', 'REPORT', 'MANUAL', 'GUIDE')),
      publisher text,
      language varchar(8),
      annotation text,
      url text,
      article_ids text[] NOT NULL DEFAULT '{}',
      crime_type_codes text[] NOT NULL DEFAULT '{}',
      country_codes text[] NOT NULL DEFAULT '{}',
      keywords text[] NOT NULL DEFAULT '{}',
      is_sample boolean NOT NULL DEFAULT false,
      provenance jsonb,
      content_hash varchar(64),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_publications_reference" ON publications (reference)`);
    for (const column of ['article_ids', 'crime_type_codes', 'country_codes']) {
      await q.query(`CREATE INDEX "IDX_publications_${column}" ON publications USING gin (${column})`);
    }

    await q.query(`ALTER TABLE search_documents ALTER COLUMN record_type TYPE varchar(16),
      DROP CONSTRAINT search_documents_record_type_check,
      ADD CONSTRAINT search_documents_record_type_check CHECK (record_type IN ('CASE', 'LAW', 'PUBLICATION')),
      ALTER COLUMN country_code DROP NOT NULL, ALTER COLUMN country_name DROP NOT NULL, ALTER COLUMN region DROP NOT NULL,
      ADD COLUMN countries text[] NOT NULL DEFAULT '{}', ADD COLUMN regions text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE search_documents ALTER COLUMN countries SET STORAGE MAIN, ALTER COLUMN regions SET STORAGE MAIN`);
    await q.query(`UPDATE search_documents SET countries = ARRAY[country_code::text], regions = ARRAY[region]`);
    await q.query(`ALTER TABLE search_outbox ALTER COLUMN record_type TYPE varchar(16),
      DROP CONSTRAINT search_outbox_record_type_check,
      ADD CONSTRAINT search_outbox_record_type_check CHECK (record_type IN ('CASE', 'LAW', 'PUBLICATION'))`);

    await q.query(`CREATE OR REPLACE FUNCTION search_queue_jurisdiction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', id, true FROM cases WHERE jurisdiction_code = NEW.code AND status = 'PUBLISHED'
          UNION ALL SELECT 'LAW', id, true FROM laws WHERE jurisdiction_code = NEW.code AND status = 'PUBLISHED'
          UNION ALL SELECT 'PUBLICATION', id, true FROM publications WHERE country_codes @> ARRAY[NEW.code::text];
        RETURN NULL;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION search_queue_article() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT DISTINCT 'CASE', case_id, true FROM case_articles WHERE article_id = NEW.id
          UNION SELECT DISTINCT 'LAW', p.law_id, true FROM provision_articles pa
            JOIN law_provisions p ON p.id = pa.provision_id WHERE pa.article_id = NEW.id
          UNION SELECT 'PUBLICATION', id, true FROM publications WHERE article_ids @> ARRAY[NEW.id::text];
        RETURN NULL;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION search_queue_crime_type() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', case_id, true FROM case_crime_types WHERE crime_type_code = NEW.code
          UNION ALL SELECT 'LAW', law_id, true FROM law_crime_types WHERE crime_type_code = NEW.code
          UNION ALL SELECT 'PUBLICATION', id, true FROM publications WHERE crime_type_codes @> ARRAY[NEW.code::text];
        RETURN NULL;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION search_queue_keyword() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', case_id, true FROM case_keywords WHERE keyword_id = NEW.id;
        -- publications name their keywords by label: they follow the new one
        WITH relabelled AS (
          UPDATE publications SET keywords = array_replace(keywords, OLD.label::text, NEW.label::text)
           WHERE keywords @> ARRAY[OLD.label::text] RETURNING id)
        INSERT INTO search_outbox (record_type, record_id, refresh) SELECT 'PUBLICATION', id, true FROM relabelled;
        RETURN NULL;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION search_queue_keyword() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', case_id, true FROM case_keywords WHERE keyword_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION search_queue_crime_type() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', case_id, true FROM case_crime_types WHERE crime_type_code = NEW.code
          UNION ALL SELECT 'LAW', law_id, true FROM law_crime_types WHERE crime_type_code = NEW.code;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION search_queue_article() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT DISTINCT 'CASE', case_id, true FROM case_articles WHERE article_id = NEW.id
          UNION SELECT DISTINCT 'LAW', p.law_id, true FROM provision_articles pa
            JOIN law_provisions p ON p.id = pa.provision_id WHERE pa.article_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION search_queue_jurisdiction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (record_type, record_id, refresh)
          SELECT 'CASE', id, true FROM cases WHERE jurisdiction_code = NEW.code AND status = 'PUBLISHED'
          UNION ALL SELECT 'LAW', id, true FROM laws WHERE jurisdiction_code = NEW.code AND status = 'PUBLISHED';
        RETURN NULL;
      END $$`);
    await q.query(`DELETE FROM search_outbox WHERE record_type = 'PUBLICATION'`);
    await q.query(`DELETE FROM search_documents WHERE record_type = 'PUBLICATION'`);
    await q.query(`ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_record_type_check,
      ADD CONSTRAINT search_outbox_record_type_check CHECK (record_type IN ('CASE', 'LAW')),
      ALTER COLUMN record_type TYPE varchar(4)`);
    await q.query(`ALTER TABLE search_documents DROP COLUMN countries, DROP COLUMN regions,
      DROP CONSTRAINT search_documents_record_type_check,
      ADD CONSTRAINT search_documents_record_type_check CHECK (record_type IN ('CASE', 'LAW')),
      ALTER COLUMN record_type TYPE varchar(4), ALTER COLUMN country_code SET NOT NULL,
      ALTER COLUMN country_name SET NOT NULL, ALTER COLUMN region SET NOT NULL`);
    await q.query(`DROP TABLE IF EXISTS publications, treaty_parties, treaties`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Ranking and "did you mean" for PostgreSQL search (src/search/postgres-search.ts):
 * - `portal_exact`: the same words as `portal_english` (accents folded, English stop words dropped) but not
 *   stemmed, so "organ" and "organized", "arms" and "armed" stay apart;
 * - `search_tsv(a, b, c, d)`: the one definition of a document's text vector, per weight (A title and reference,
 *   B labels, C country and facts, D the rest): the stemmed lexemes that matching uses, followed by the exact
 *   forms of A–C marked with a leading `=` ("=organ"), which ranking uses to put exact words above stems;
 * - `search_words`: the catalogue's own vocabulary of exact word forms, which "did you mean" suggestions
 *   are chosen from.
 * Existing documents get the new vector here, so no reindex is needed.
 */
export class SearchRanking1795800000050 implements MigrationInterface {
  name = 'SearchRanking1795800000050';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TEXT SEARCH DICTIONARY portal_exact_words (TEMPLATE = simple, STOPWORDS = english)`);
    await q.query(`CREATE TEXT SEARCH CONFIGURATION portal_exact (COPY = simple)`);
    await q.query(`ALTER TEXT SEARCH CONFIGURATION portal_exact
      ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, portal_exact_words`);
    // Exact forms are renamed through their text form, where each lexeme opens a quoted token after a space
    // ('organ':1A 'removal':2): lexemes hold no spaces, so " '" only ever starts one (plain replace: 5× a regexp).
    await q.query(`CREATE FUNCTION search_exact_forms(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE WHEN length(v) = 0 THEN v ELSE ('''=' || substr(replace(v::text, ' ''', ' ''='), 2))::tsvector END`);
    await q.query(`CREATE FUNCTION search_tsv(a text, b text, c text, d text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN setweight(to_tsvector('portal_english'::regconfig, coalesce(a, '')), 'A')
          || setweight(to_tsvector('portal_english'::regconfig, coalesce(b, '')), 'B')
          || setweight(to_tsvector('portal_english'::regconfig, coalesce(c, '')), 'C')
          || setweight(to_tsvector('portal_english'::regconfig, coalesce(d, '')), 'D')
          || search_exact_forms(setweight(to_tsvector('portal_exact'::regconfig, coalesce(a, '')), 'A')
                             || setweight(to_tsvector('portal_exact'::regconfig, coalesce(b, '')), 'B')
                             || setweight(to_tsvector('portal_exact'::regconfig, coalesce(c, '')), 'C'))`);

    await q.query(`CREATE TABLE search_words (word text COLLATE "C" PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_words_trgm ON search_words USING gin (word gin_trgm_ops)`);

    await q.query(`UPDATE search_documents SET tsv = search_tsv(
        title || ' ' || reference,
        array_to_string(crime_type_labels || article_labels || keyword_labels, ' '),
        concat_ws(' ', country_name, summary),
        body)`);
    await q.query(`INSERT INTO search_words (word)
      SELECT DISTINCT substr(lexeme, 2) FROM search_documents, unnest(tsvector_to_array(tsv)) AS lexeme
       WHERE lexeme LIKE '=%' AND length(lexeme) BETWEEN 4 AND 41 AND lexeme !~ '^=[0-9]'
      ON CONFLICT DO NOTHING`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_words`);
    await q.query(`DROP FUNCTION IF EXISTS search_tsv(text, text, text, text)`);
    await q.query(`DROP FUNCTION IF EXISTS search_exact_forms(tsvector)`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_exact`);
    await q.query(`DROP TEXT SEARCH DICTIONARY IF EXISTS portal_exact_words`);
  }
}

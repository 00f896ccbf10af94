import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The coverage page reads two small materialized aggregates instead of scanning every published case, defendant and
 * charge per request:
 * - `coverage_by_state`: per State (`*` for all States together) the published cases and laws, the latest decision
 *   date and additions, and how many cases record a court, a decision date, an article, a defendant and a sentence;
 * - `coverage_by_year`: published cases per year of decision and laws per year of enactment.
 * A write to `cases` or `laws` (every write of a case or law touches its row, and deleting it deletes its parts) bumps
 * the sequence `coverage_changes` when its transaction commits (a deferred trigger; TRUNCATE too); `coverage_refreshes` holds the
 * value the aggregates were last refreshed at, so CoverageService refreshes them on the first read after a change.
 */
export class CoverageAggregate1796000000510 implements MigrationInterface {
  name = 'CoverageAggregate1796000000510';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE MATERIALIZED VIEW coverage_by_state AS
      WITH case_rows AS (
        SELECT c.jurisdiction_code AS code, c.decision_date, coalesce(c.published_at, c.created_at) AS added,
               c.court_id IS NOT NULL AS court, c.decision_date IS NOT NULL AS dated,
               EXISTS (SELECT 1 FROM case_articles a WHERE a.case_id = c.id) AS articles,
               coalesce(o.defendants, false) AS defendants, coalesce(o.sentence, false) AS sentence
          FROM cases c
          LEFT JOIN LATERAL (
            SELECT count(d.id) > 0 AS defendants,
                   bool_or(ch.sentence_kind IS NOT NULL)
                     OR bool_and(coalesce(ch.verdict IN ('acquitted', 'dismissed'), false)) AS sentence
              FROM defendants d LEFT JOIN charges ch ON ch.defendant_id = d.id
             WHERE d.case_id = c.id
          ) o ON true
         WHERE c.status = 'PUBLISHED'
      ), case_counts AS (
        SELECT coalesce(code, '*') AS k, count(*)::int AS cases, max(decision_date)::text AS latest_decision,
               max(added) AS latest_case_added,
               count(*) FILTER (WHERE court)::int AS court, count(*) FILTER (WHERE dated)::int AS dated,
               count(*) FILTER (WHERE articles)::int AS articles, count(*) FILTER (WHERE defendants)::int AS defendants,
               count(*) FILTER (WHERE sentence)::int AS sentence
          FROM case_rows GROUP BY GROUPING SETS ((code), ())
      ), law_counts AS (
        SELECT coalesce(jurisdiction_code, '*') AS k, count(*)::int AS laws,
               max(coalesce(published_at, created_at)) AS latest_law_added
          FROM laws WHERE status = 'PUBLISHED' GROUP BY GROUPING SETS ((jurisdiction_code), ())
      )
      SELECT k, coalesce(cc.cases, 0) AS cases, coalesce(lc.laws, 0) AS laws, cc.latest_decision, cc.latest_case_added,
             lc.latest_law_added, coalesce(cc.court, 0) AS court, coalesce(cc.dated, 0) AS dated,
             coalesce(cc.articles, 0) AS articles, coalesce(cc.defendants, 0) AS defendants,
             coalesce(cc.sentence, 0) AS sentence
        FROM case_counts cc FULL JOIN law_counts lc USING (k)`);
    await q.query(`CREATE UNIQUE INDEX "IDX_coverage_by_state_k" ON coverage_by_state (k)`);
    await q.query(`CREATE MATERIALIZED VIEW coverage_by_year AS
      SELECT year, sum(cases)::int AS cases, sum(laws)::int AS laws FROM (
        SELECT extract(year FROM decision_date)::int AS year, 1 AS cases, 0 AS laws
          FROM cases WHERE status = 'PUBLISHED' AND decision_date IS NOT NULL
        UNION ALL
        SELECT extract(year FROM enacted_on)::int, 0, 1
          FROM laws WHERE status = 'PUBLISHED' AND enacted_on IS NOT NULL
      ) r GROUP BY year`);
    await q.query(`CREATE UNIQUE INDEX "IDX_coverage_by_year_year" ON coverage_by_year (year)`);
    await q.query(`CREATE SEQUENCE coverage_changes`);
    await q.query(`CREATE TABLE coverage_refreshes (id int PRIMARY KEY CHECK (id = 1), seen bigint NOT NULL)`);
    await q.query(`INSERT INTO coverage_refreshes (id, seen) VALUES (1, 0)`);
    await q.query(`CREATE FUNCTION coverage_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM nextval('coverage_changes'); RETURN NULL; END $$`);
    for (const table of ['cases', 'laws']) {
      await q.query(`CREATE CONSTRAINT TRIGGER coverage_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coverage_changed()`);
      await q.query(`CREATE TRIGGER coverage_truncated AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION coverage_changed()`);
    }
    // Anything already stored counts as a change: the first read refreshes.
    await q.query(`SELECT nextval('coverage_changes')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['cases', 'laws']) {
      await q.query(`DROP TRIGGER coverage_changed ON ${table}`);
      await q.query(`DROP TRIGGER coverage_truncated ON ${table}`);
    }
    await q.query(`DROP FUNCTION coverage_changed()`);
    await q.query(`DROP TABLE coverage_refreshes`);
    await q.query(`DROP SEQUENCE coverage_changes`);
    await q.query(`DROP MATERIALIZED VIEW coverage_by_year`);
    await q.query(`DROP MATERIALIZED VIEW coverage_by_state`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * requestStatistics reads counts kept per State, year and value, so its cost depends on the number of States,
 * years and values, not on the number of requests:
 * - `request_statistics_cells`: for each State that records requests (`owner_state`; `*` for all States
 *   together, so the aggregate reads as few cells as one State), year sent or received (0 when undated) and dimension (total, year by direction, counterpart country, outcome, kind, legal basis,
 *   crime type, refusal ground, days to completion), the number of requests. Drafts are not counted.
 * - A trigger on `cooperation_requests` takes a row's old contribution away and adds its new one on every insert,
 *   update and delete, in the same transaction; the existing rows are counted once here.
 */
export class RequestStatisticsCells1795950000000 implements MigrationInterface {
  name = 'RequestStatisticsCells1795950000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE request_statistics_cells (
      owner_state char(3) NOT NULL,
      year int NOT NULL,
      dimension varchar(16) NOT NULL,
      value text NOT NULL,
      n int NOT NULL,
      PRIMARY KEY (owner_state, year, dimension, value)
    )`);
    await q.query(`CREATE INDEX "IDX_request_statistics_cells_year" ON request_statistics_cells (year, dimension)`);
    await q.query(`CREATE FUNCTION request_statistics_add(r cooperation_requests, delta int) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        owner char(3);
        counterpart char(3);
        opened date;
        y int;
      BEGIN
        IF r.status = 'DRAFT' THEN RETURN; END IF;
        owner := CASE WHEN r.direction = 'OUTGOING' THEN r.requesting_state ELSE r.requested_state END;
        counterpart := CASE WHEN r.direction = 'OUTGOING' THEN r.requested_state ELSE r.requesting_state END;
        opened := CASE WHEN r.direction = 'OUTGOING' THEN r.sent_on ELSE COALESCE(r.received_on, r.sent_on) END;
        y := COALESCE(extract(year FROM opened)::int, 0);
        INSERT INTO request_statistics_cells AS c (owner_state, year, dimension, value, n)
        SELECT o, y, d, v, sum(delta) FROM (
          SELECT 'total' AS d, '' AS v
          UNION ALL SELECT 'year', r.direction WHERE opened IS NOT NULL
          UNION ALL SELECT 'country', counterpart
          UNION ALL SELECT 'outcome', COALESCE(r.outcome, 'PENDING')
          UNION ALL SELECT 'kind', r.kind
          UNION ALL SELECT 'legalBasis', COALESCE(r.legal_basis, 'NOT_STATED')
          UNION ALL SELECT 'crimeType', t FROM unnest(r.crime_type_codes) AS t
          UNION ALL SELECT 'refusalGround', g FROM unnest(r.refusal_grounds) AS g WHERE r.outcome = 'REFUSED'
          UNION ALL SELECT 'days', (r.completed_on - opened)::text WHERE r.completed_on IS NOT NULL AND opened IS NOT NULL
        ) AS cells, (VALUES (owner), ('*')) AS owners(o)
        GROUP BY o, d, v
        ON CONFLICT (owner_state, year, dimension, value) DO UPDATE SET n = c.n + EXCLUDED.n;
      END $$`);
    await q.query(`CREATE FUNCTION request_statistics_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM request_statistics_add(OLD, -1); END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM request_statistics_add(NEW, 1); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER request_statistics_track AFTER INSERT OR UPDATE OR DELETE ON cooperation_requests
      FOR EACH ROW EXECUTE FUNCTION request_statistics_track()`);
    await q.query(`SELECT request_statistics_add(r, 1) FROM cooperation_requests r`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER request_statistics_track ON cooperation_requests`);
    await q.query(`DROP FUNCTION request_statistics_track()`);
    await q.query(`DROP FUNCTION request_statistics_add(cooperation_requests, int)`);
    await q.query(`DROP TABLE request_statistics_cells`);
  }
}

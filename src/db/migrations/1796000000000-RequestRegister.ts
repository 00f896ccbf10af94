import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Registers of requests kept elsewhere, loaded with `portal ingest --kind request`:
 * - `owner_state`: the State whose register holds the request (the requesting State of an outgoing request, the
 *   requested State of an incoming one), computed from the row so it can never disagree with it;
 * - `register_reference`: that State's own reference for the request, unique per State, so loading the same
 *   register again updates the requests instead of adding them twice; `counterpart_reference`: the other
 *   State's reference;
 * - `note`: a remark kept with the request (the demo register says there that it is synthetic);
 * - `provenance`, `content_hash`, `ingested_at`, `is_sample`: where a loaded request came from, whether the file
 *   changed it, whether it was changed in the portal since (`updated_at` after `ingested_at`), and whether it
 *   is one of the demo's synthetic requests.
 */
export class RequestRegister1796000000000 implements MigrationInterface {
  name = 'RequestRegister1796000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cooperation_requests
      ADD COLUMN owner_state char(3) GENERATED ALWAYS AS (CASE WHEN direction = 'OUTGOING' THEN requesting_state ELSE requested_state END) STORED,
      ADD COLUMN register_reference text,
      ADD COLUMN counterpart_reference text,
      ADD COLUMN note text,
      ADD COLUMN provenance jsonb,
      ADD COLUMN content_hash text,
      ADD COLUMN ingested_at timestamptz,
      ADD COLUMN is_sample boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE UNIQUE INDEX "UQ_cooperation_requests_register" ON cooperation_requests (owner_state, register_reference)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_cooperation_requests_register"`);
    await q.query(`ALTER TABLE cooperation_requests DROP COLUMN owner_state, DROP COLUMN register_reference,
      DROP COLUMN counterpart_reference, DROP COLUMN note, DROP COLUMN provenance, DROP COLUMN content_hash,
      DROP COLUMN ingested_at, DROP COLUMN is_sample`);
  }
}

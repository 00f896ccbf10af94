import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Ingest runs and the rows they rejected; provenance and content hash on ratifications, which are now loaded
 * by ingest like cases and laws.
 */
export class IngestRuns1795600000000 implements MigrationInterface {
  name = 'IngestRuns1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ingest_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "started_by" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "file" text, "kind" character varying(16) NOT NULL, "format" character varying(16), "compressed" boolean NOT NULL DEFAULT false, "publish" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL, "read" integer NOT NULL DEFAULT 0, "created" integer NOT NULL DEFAULT 0, "updated" integer NOT NULL DEFAULT 0, "unchanged" integer NOT NULL DEFAULT 0, "rejected" integer NOT NULL DEFAULT 0, "error" text, "host" text NOT NULL, "pid" integer NOT NULL, CONSTRAINT "PK_ingest_runs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ingest_runs_started" ON "ingest_runs" ("started_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "ingest_rejections" ("id" BIGSERIAL NOT NULL, "run_id" uuid NOT NULL, "line" integer NOT NULL, "reference" text, "field" text NOT NULL, "value" text, "reason" text NOT NULL, CONSTRAINT "PK_ingest_rejections" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ingest_rejections_run_line" ON "ingest_rejections" ("run_id", "line", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "ingest_rejections" ADD CONSTRAINT "FK_ingest_rejections_run" FOREIGN KEY ("run_id") REFERENCES "ingest_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "ratifications" ADD "provenance" jsonb`);
    await queryRunner.query(`ALTER TABLE "ratifications" ADD "content_hash" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ratifications" DROP COLUMN "content_hash"`);
    await queryRunner.query(`ALTER TABLE "ratifications" DROP COLUMN "provenance"`);
    await queryRunner.query(`ALTER TABLE "ingest_rejections" DROP CONSTRAINT "FK_ingest_rejections_run"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ingest_rejections_run_line"`);
    await queryRunner.query(`DROP TABLE "ingest_rejections"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ingest_runs_started"`);
    await queryRunner.query(`DROP TABLE "ingest_runs"`);
  }
}

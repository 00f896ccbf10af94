import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Accounts and access: users and their jurisdictions, API tokens, the append-only audit log and record history,
 * the directory of competent national authorities (persons, proposed changes, the cooperation networks of
 * States), who created each case and law, the reviewer's note, the WITHDRAWN status, and victims' names.
 * The table statements mirror the entities (as `migration:generate` writes them); the triggers are by hand.
 */
export class Access1795700000000 implements MigrationInterface {
  name = 'Access1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "authorities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jurisdiction_code" character(3) NOT NULL, "name" text NOT NULL, "kinds" character varying(40) array NOT NULL DEFAULT '{}', "designations" character varying(40) array NOT NULL DEFAULT '{}', "contact_email" text, "contact_phone" text, "contact_fax" text, "contact_address" text, "contact_website" text, "office_hours" text, "time_zone" character varying(64), "languages" character varying(8) array NOT NULL DEFAULT '{}', "documents_required" text, "formats" text array NOT NULL DEFAULT '{}', "channels" text array NOT NULL DEFAULT '{}', "interpol_accepted" boolean, "urgent_procedure" text, "comments" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10bd95b9548629cdf02016dab65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_authorities_jurisdiction" ON "authorities" ("jurisdiction_code", "name")`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" text, "password_hash" text NOT NULL, "role" character varying(16) NOT NULL, "authority_id" uuid, "session_version" integer NOT NULL DEFAULT '0', "disabled_at" TIMESTAMP WITH TIME ZONE, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_users_role" CHECK ("role" IN ('RESEARCHER', 'CONTRIBUTOR', 'AUTHORITY', 'SECRETARIAT', 'ADMIN')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_users_email" ON "users" ("email")`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" character(64) NOT NULL, "display" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_api_tokens_hash" ON "api_tokens" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_api_tokens_user" ON "api_tokens" ("user_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor" text NOT NULL, "action" character varying(64) NOT NULL, "entity_type" character varying(32) NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, "request_id" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_log_at" ON "audit_log" ("at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_log_actor" ON "audit_log" ("actor_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_log_entity" ON "audit_log" ("entity_type", "entity_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "authority_persons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "seq" integer NOT NULL, "name" text NOT NULL, "title" text, "email" text, "phone" text, "languages" character varying(8) array NOT NULL DEFAULT '{}', CONSTRAINT "PK_2ffdff15d5eb933e0e42b9b9935" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_authority_persons_authority" ON "authority_persons" ("authority_id", "seq")`,
    );
    await queryRunner.query(
      `CREATE TABLE "authority_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "authority_id" uuid NOT NULL, "changes" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "proposed_by_id" uuid, "proposed_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewed_by_id" uuid, "reviewed_by" text, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reason" text, CONSTRAINT "CHK_authority_proposals_status" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "PK_4c52990e453eb2ed3abc27d980f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_authority_proposals_authority" ON "authority_proposals" ("authority_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_authority_proposals_status" ON "authority_proposals" ("status", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "jurisdiction_networks" ("jurisdiction_code" character(3) NOT NULL, "network" text NOT NULL, CONSTRAINT "PK_c53b603a7273125ac9551fd8b6c" PRIMARY KEY ("jurisdiction_code", "network"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "record_history" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "record_type" character varying(8) NOT NULL, "record_id" uuid NOT NULL, "action" character varying(24) NOT NULL, "status" character varying(16) NOT NULL, "actor_id" uuid, "actor" text NOT NULL, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_record_history_type" CHECK ("record_type" IN ('case', 'law')), CONSTRAINT "PK_bcbbb913eef5acf5cd0b71aba4d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_record_history_record" ON "record_history" ("record_type", "record_id", "at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_jurisdictions" ("user_id" uuid NOT NULL, "jurisdiction_code" character(3) NOT NULL, CONSTRAINT "PK_07756731c6994e1ac7186862908" PRIMARY KEY ("user_id", "jurisdiction_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_user_jurisdictions_jurisdiction" ON "user_jurisdictions" ("jurisdiction_code")`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "created_by" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD "review_note" text`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" ADD "created_by" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" ADD "review_note" text`,
    );
    await queryRunner.query(
      `ALTER TABLE "victim_groups" ADD "name" text`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "CHK_cases_status" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" ADD CONSTRAINT "CHK_laws_status" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "authorities" ADD CONSTRAINT "FK_f0becaa39344d1137badde9007a" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdictions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_45da59cb386f4cbc4aa8c1806f2" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_16623a33f4933798b679f058d0b" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" ADD CONSTRAINT "FK_edfe5babfe025f5c42094af272f" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_persons" ADD CONSTRAINT "FK_f805f999779dd9fc3d2f30ab5a6" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_proposals" ADD CONSTRAINT "FK_13e30b1d5097cceb13d5b1edda6" FOREIGN KEY ("authority_id") REFERENCES "authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jurisdiction_networks" ADD CONSTRAINT "FK_3638c24bbec52ecb26add736d17" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdictions"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_jurisdictions" ADD CONSTRAINT "FK_dcf02774b2f5542cb2ad8029654" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_jurisdictions" ADD CONSTRAINT "FK_386aa0fed0a391148430c19f761" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdictions"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // The audit log and the record history are append-only: rows are never changed or removed, by anyone.
    await queryRunner.query(`CREATE FUNCTION reject_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_log', 'record_history']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_history_rewrite()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'record_history']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_append_only ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS reject_history_rewrite()`);
    await queryRunner.query(
      `ALTER TABLE "user_jurisdictions" DROP CONSTRAINT "FK_386aa0fed0a391148430c19f761"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_jurisdictions" DROP CONSTRAINT "FK_dcf02774b2f5542cb2ad8029654"`,
    );
    await queryRunner.query(
      `ALTER TABLE "jurisdiction_networks" DROP CONSTRAINT "FK_3638c24bbec52ecb26add736d17"`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_proposals" DROP CONSTRAINT "FK_13e30b1d5097cceb13d5b1edda6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "authority_persons" DROP CONSTRAINT "FK_f805f999779dd9fc3d2f30ab5a6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" DROP CONSTRAINT "FK_edfe5babfe025f5c42094af272f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" DROP CONSTRAINT "FK_16623a33f4933798b679f058d0b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" DROP CONSTRAINT "FK_45da59cb386f4cbc4aa8c1806f2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "authorities" DROP CONSTRAINT "FK_f0becaa39344d1137badde9007a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" DROP CONSTRAINT "CHK_laws_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" DROP CONSTRAINT "CHK_cases_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "victim_groups" DROP COLUMN "name"`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" DROP COLUMN "review_note"`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" DROP COLUMN "created_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" DROP COLUMN "review_note"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" DROP COLUMN "created_by"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_user_jurisdictions_jurisdiction"`,
    );
    await queryRunner.query(
      `DROP TABLE "user_jurisdictions"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_record_history_record"`,
    );
    await queryRunner.query(
      `DROP TABLE "record_history"`,
    );
    await queryRunner.query(
      `DROP TABLE "jurisdiction_networks"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_authority_proposals_status"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_authority_proposals_authority"`,
    );
    await queryRunner.query(
      `DROP TABLE "authority_proposals"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_authority_persons_authority"`,
    );
    await queryRunner.query(
      `DROP TABLE "authority_persons"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_audit_log_entity"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_audit_log_actor"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_audit_log_at"`,
    );
    await queryRunner.query(
      `DROP TABLE "audit_log"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_api_tokens_user"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_api_tokens_hash"`,
    );
    await queryRunner.query(
      `DROP TABLE "api_tokens"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_users_email"`,
    );
    await queryRunner.query(
      `DROP TABLE "users"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_authorities_jurisdiction"`,
    );
    await queryRunner.query(
      `DROP TABLE "authorities"`,
    );
  }
}

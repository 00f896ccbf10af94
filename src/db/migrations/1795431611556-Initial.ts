import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795431611556 implements MigrationInterface {
  name = 'Initial1795431611556';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "instruments" ("code" character varying(16) NOT NULL, "title" text NOT NULL, "short_title" text NOT NULL, "adopted_on" date, "entry_into_force" date, CONSTRAINT "PK_40686155516c825c49583a52c07" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "articles" ("id" character varying(24) NOT NULL, "instrument_code" character varying(16) NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1f0951aa62fba12d2c85c3fbe7" ON "articles" ("instrument_code", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "jurisdictions" ("code" character(3) NOT NULL, "alpha2" character(2), "name" text NOT NULL, "official_name" text, "region" text NOT NULL, "subregion" text, "m49" character varying(3), "un_status" character varying(16) NOT NULL, "legal_system" character varying(32), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e33b5f6afb84e58de0c2399edb0" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e8baf56927b68c6eab5c07f7b8" ON "jurisdictions" ("region") `);
    await queryRunner.query(
      `CREATE TABLE "courts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "jurisdiction_code" character(3) NOT NULL, "level" character varying(16), CONSTRAINT "PK_948a5d356c3083f3237ecbf9897" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8123ee71d34af84aeeb241c6d9" ON "courts" ("jurisdiction_code", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(128) NOT NULL, "title" text NOT NULL, "jurisdiction_code" character(3) NOT NULL, "court_id" uuid, "court_level" character varying(16), "decision_date" date, "sentence_date" date, "language" character varying(8), "summary" text, "legal_reasoning" text, "commentary" text, "sources" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "provenance" jsonb, "content_hash" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_54644dc5f4b6350d047ab0ce40" ON "cases" ("reference") `);
    await queryRunner.query(`CREATE INDEX "IDX_935dfc9ee47884cc58b8749529" ON "cases" ("status", "decision_date") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_ab036a58569825e889326409d2" ON "cases" ("status", "jurisdiction_code", "decision_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_articles" ("case_id" uuid NOT NULL, "article_id" character varying(24) NOT NULL, "paragraph" character varying(32), CONSTRAINT "PK_3177ee45bae40c13cc9f09a37cf" PRIMARY KEY ("case_id", "article_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3177ee45bae40c13cc9f09a37c" ON "case_articles" ("article_id", "case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "crime_types" ("code" character varying(64) NOT NULL, "label" text NOT NULL, "description" text, CONSTRAINT "PK_a62f344334eafd9b35cc0c8fddd" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_crime_types" ("case_id" uuid NOT NULL, "crime_type_code" character varying(64) NOT NULL, CONSTRAINT "PK_d3888078e8639649264919f5c36" PRIMARY KEY ("case_id", "crime_type_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d3888078e8639649264919f5c3" ON "case_crime_types" ("crime_type_code", "case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keywords" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "category" text NOT NULL, "label" text NOT NULL, CONSTRAINT "PK_4aa660a7a585ed828da68f3c28e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d67fd6b9d6b9052d89c29ef8ba" ON "keywords" ("label") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ba3a3e0ad56e984b472647ccfd" ON "keywords" ("category", "label") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_keywords" ("case_id" uuid NOT NULL, "keyword_id" integer NOT NULL, CONSTRAINT "PK_73dd992c4adebe6ada97691e4d9" PRIMARY KEY ("case_id", "keyword_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_73dd992c4adebe6ada97691e4d" ON "case_keywords" ("keyword_id", "case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_laws" ("case_id" uuid NOT NULL, "law_reference" character varying(128) NOT NULL, CONSTRAINT "PK_85a37e5b43e1bfb6e0ecb2f82db" PRIMARY KEY ("case_id", "law_reference"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_85a37e5b43e1bfb6e0ecb2f82d" ON "case_laws" ("law_reference", "case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "defendants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "seq" integer NOT NULL, "name" text, "legal_person" boolean NOT NULL DEFAULT false, "gender" character varying(16), "nationality_code" character(3), "age" integer, CONSTRAINT "PK_489ba14899931739f9a25f9232d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_194ee0d9ba05ff15d950583267" ON "defendants" ("case_id", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "charges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "defendant_id" uuid NOT NULL, "seq" integer NOT NULL, "law_reference" character varying(128), "verdict" character varying(16), "sentence" text, "prison_months" integer, CONSTRAINT "PK_0c6feb10df0fa460714f8464dce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_369ebdda66aa5dbccdc91d8453" ON "charges" ("law_reference") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ede054d98204f38515d65d54c0" ON "charges" ("defendant_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cooperation_acts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "counterpart_code" character(3), "legal_basis_article_id" character varying(24), "description" text, CONSTRAINT "PK_88fc521e12989f7823857e7a05e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ccc1f6b1b12597796c17d839b4" ON "cooperation_acts" ("case_id") `);
    await queryRunner.query(
      `CREATE TABLE "laws" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(128) NOT NULL, "title" text NOT NULL, "jurisdiction_code" character(3) NOT NULL, "enacted_on" date, "legal_status" character varying(16), "sources" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "provenance" jsonb, "content_hash" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_44cb27c4edaa03da5e06d635432" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c444222e63bee8dff408048d9b" ON "laws" ("reference") `);
    await queryRunner.query(`CREATE INDEX "IDX_f6efdc0f714fd412a31975fa74" ON "laws" ("status", "jurisdiction_code") `);
    await queryRunner.query(
      `CREATE TABLE "law_crime_types" ("law_id" uuid NOT NULL, "crime_type_code" character varying(64) NOT NULL, CONSTRAINT "PK_eaeb591644440e9f7088ef6efd5" PRIMARY KEY ("law_id", "crime_type_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eaeb591644440e9f7088ef6efd" ON "law_crime_types" ("crime_type_code", "law_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "law_provisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "law_id" uuid NOT NULL, "seq" integer NOT NULL, "number" text NOT NULL, "heading" text, "text" text, CONSTRAINT "PK_d786c5844084431848e93abc8b3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ec750106a00f458b1619258779" ON "law_provisions" ("law_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "proceedings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "seq" integer NOT NULL, "stage" text, "decision_date" date, "court_name" text, "place" text, "outcome" text, CONSTRAINT "PK_990adceb39d7045b0c487c9e802" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_38553cab1882e817ed60b72f2b" ON "proceedings" ("case_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "provision_articles" ("provision_id" uuid NOT NULL, "article_id" character varying(24) NOT NULL, CONSTRAINT "PK_8402b6bccdf17afa5d679b2d065" PRIMARY KEY ("provision_id", "article_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8402b6bccdf17afa5d679b2d06" ON "provision_articles" ("article_id", "provision_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ratifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jurisdiction_code" character(3) NOT NULL, "instrument_code" character varying(16) NOT NULL, "signed_on" date, "ratified_on" date, "kind" character varying(24), "convention_as_extradition_basis" boolean, "source" text, "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_0cf45b6522c9bfd99986b10efec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5b2387b9a02a6eb53c2e4164c5" ON "ratifications" ("instrument_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d34e4255a413ad9d839a99e5cb" ON "ratifications" ("jurisdiction_code", "instrument_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "victim_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "count" integer, "gender" character varying(16), "child" boolean, "nationality_code" character(3), CONSTRAINT "PK_09270ed5d2db289d3244b2abf7c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_de43edc8ba90c5465e4af4df4f" ON "victim_groups" ("case_id") `);
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_7126806b4feba4808dcf55f1a7a" FOREIGN KEY ("instrument_code") REFERENCES "instruments"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "courts" ADD CONSTRAINT "FK_385066e7050b28265553b8577de" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdictions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_e157e4da00f3553f702b3a3916f" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdictions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_ce497602239da17967965595644" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_articles" ADD CONSTRAINT "FK_2601ac4c59f0c521c93eee76c09" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_articles" ADD CONSTRAINT "FK_912cf607e94a8b319cf52c02164" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_crime_types" ADD CONSTRAINT "FK_be5f282a0897a092fb9fe3210f6" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_crime_types" ADD CONSTRAINT "FK_74dc2625477ef2d464ec1b22f63" FOREIGN KEY ("crime_type_code") REFERENCES "crime_types"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_keywords" ADD CONSTRAINT "FK_7fcdc0dca19ffdbe74c02c1c4a6" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_keywords" ADD CONSTRAINT "FK_fee33dffcdd48c67013bf5877b4" FOREIGN KEY ("keyword_id") REFERENCES "keywords"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_laws" ADD CONSTRAINT "FK_5b10858879fdc1813c0e06c9a0f" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "defendants" ADD CONSTRAINT "FK_f2c4f1a6c58c280bc9fd13a940a" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "charges" ADD CONSTRAINT "FK_c892c0b205bf8e30d08733219ae" FOREIGN KEY ("defendant_id") REFERENCES "defendants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cooperation_acts" ADD CONSTRAINT "FK_ccc1f6b1b12597796c17d839b4f" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cooperation_acts" ADD CONSTRAINT "FK_a017a6e73a00872e36a85830cd5" FOREIGN KEY ("counterpart_code") REFERENCES "jurisdictions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cooperation_acts" ADD CONSTRAINT "FK_f04be59454e3d8f934f1d555e89" FOREIGN KEY ("legal_basis_article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "laws" ADD CONSTRAINT "FK_aa75a175c778fde5d072de86644" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdictions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "law_crime_types" ADD CONSTRAINT "FK_c65065f4766bdf42d0caa1e4a01" FOREIGN KEY ("law_id") REFERENCES "laws"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "law_crime_types" ADD CONSTRAINT "FK_f349d4bd06e5bd8b4166db06457" FOREIGN KEY ("crime_type_code") REFERENCES "crime_types"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "law_provisions" ADD CONSTRAINT "FK_8f10a81487bd0b1442858bee7ab" FOREIGN KEY ("law_id") REFERENCES "laws"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proceedings" ADD CONSTRAINT "FK_addd4c0d1cfd97e83b8e0ca16ef" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provision_articles" ADD CONSTRAINT "FK_1c31b10ccb9834837c054d0140f" FOREIGN KEY ("provision_id") REFERENCES "law_provisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provision_articles" ADD CONSTRAINT "FK_8f2a2f98213abf5fcff24d6897c" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ratifications" ADD CONSTRAINT "FK_fc928bd6cc980168f76a33d8636" FOREIGN KEY ("jurisdiction_code") REFERENCES "jurisdictions"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ratifications" ADD CONSTRAINT "FK_5b2387b9a02a6eb53c2e4164c53" FOREIGN KEY ("instrument_code") REFERENCES "instruments"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "victim_groups" ADD CONSTRAINT "FK_de43edc8ba90c5465e4af4df4fd" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "victim_groups" DROP CONSTRAINT "FK_de43edc8ba90c5465e4af4df4fd"`);
    await queryRunner.query(`ALTER TABLE "ratifications" DROP CONSTRAINT "FK_5b2387b9a02a6eb53c2e4164c53"`);
    await queryRunner.query(`ALTER TABLE "ratifications" DROP CONSTRAINT "FK_fc928bd6cc980168f76a33d8636"`);
    await queryRunner.query(`ALTER TABLE "provision_articles" DROP CONSTRAINT "FK_8f2a2f98213abf5fcff24d6897c"`);
    await queryRunner.query(`ALTER TABLE "provision_articles" DROP CONSTRAINT "FK_1c31b10ccb9834837c054d0140f"`);
    await queryRunner.query(`ALTER TABLE "proceedings" DROP CONSTRAINT "FK_addd4c0d1cfd97e83b8e0ca16ef"`);
    await queryRunner.query(`ALTER TABLE "law_provisions" DROP CONSTRAINT "FK_8f10a81487bd0b1442858bee7ab"`);
    await queryRunner.query(`ALTER TABLE "law_crime_types" DROP CONSTRAINT "FK_f349d4bd06e5bd8b4166db06457"`);
    await queryRunner.query(`ALTER TABLE "law_crime_types" DROP CONSTRAINT "FK_c65065f4766bdf42d0caa1e4a01"`);
    await queryRunner.query(`ALTER TABLE "laws" DROP CONSTRAINT "FK_aa75a175c778fde5d072de86644"`);
    await queryRunner.query(`ALTER TABLE "cooperation_acts" DROP CONSTRAINT "FK_f04be59454e3d8f934f1d555e89"`);
    await queryRunner.query(`ALTER TABLE "cooperation_acts" DROP CONSTRAINT "FK_a017a6e73a00872e36a85830cd5"`);
    await queryRunner.query(`ALTER TABLE "cooperation_acts" DROP CONSTRAINT "FK_ccc1f6b1b12597796c17d839b4f"`);
    await queryRunner.query(`ALTER TABLE "charges" DROP CONSTRAINT "FK_c892c0b205bf8e30d08733219ae"`);
    await queryRunner.query(`ALTER TABLE "defendants" DROP CONSTRAINT "FK_f2c4f1a6c58c280bc9fd13a940a"`);
    await queryRunner.query(`ALTER TABLE "case_laws" DROP CONSTRAINT "FK_5b10858879fdc1813c0e06c9a0f"`);
    await queryRunner.query(`ALTER TABLE "case_keywords" DROP CONSTRAINT "FK_fee33dffcdd48c67013bf5877b4"`);
    await queryRunner.query(`ALTER TABLE "case_keywords" DROP CONSTRAINT "FK_7fcdc0dca19ffdbe74c02c1c4a6"`);
    await queryRunner.query(`ALTER TABLE "case_crime_types" DROP CONSTRAINT "FK_74dc2625477ef2d464ec1b22f63"`);
    await queryRunner.query(`ALTER TABLE "case_crime_types" DROP CONSTRAINT "FK_be5f282a0897a092fb9fe3210f6"`);
    await queryRunner.query(`ALTER TABLE "case_articles" DROP CONSTRAINT "FK_912cf607e94a8b319cf52c02164"`);
    await queryRunner.query(`ALTER TABLE "case_articles" DROP CONSTRAINT "FK_2601ac4c59f0c521c93eee76c09"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_ce497602239da17967965595644"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_e157e4da00f3553f702b3a3916f"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "FK_385066e7050b28265553b8577de"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_7126806b4feba4808dcf55f1a7a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de43edc8ba90c5465e4af4df4f"`);
    await queryRunner.query(`DROP TABLE "victim_groups"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d34e4255a413ad9d839a99e5cb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b2387b9a02a6eb53c2e4164c5"`);
    await queryRunner.query(`DROP TABLE "ratifications"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8402b6bccdf17afa5d679b2d06"`);
    await queryRunner.query(`DROP TABLE "provision_articles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38553cab1882e817ed60b72f2b"`);
    await queryRunner.query(`DROP TABLE "proceedings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec750106a00f458b1619258779"`);
    await queryRunner.query(`DROP TABLE "law_provisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eaeb591644440e9f7088ef6efd"`);
    await queryRunner.query(`DROP TABLE "law_crime_types"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f6efdc0f714fd412a31975fa74"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c444222e63bee8dff408048d9b"`);
    await queryRunner.query(`DROP TABLE "laws"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ccc1f6b1b12597796c17d839b4"`);
    await queryRunner.query(`DROP TABLE "cooperation_acts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ede054d98204f38515d65d54c0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_369ebdda66aa5dbccdc91d8453"`);
    await queryRunner.query(`DROP TABLE "charges"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_194ee0d9ba05ff15d950583267"`);
    await queryRunner.query(`DROP TABLE "defendants"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85a37e5b43e1bfb6e0ecb2f82d"`);
    await queryRunner.query(`DROP TABLE "case_laws"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73dd992c4adebe6ada97691e4d"`);
    await queryRunner.query(`DROP TABLE "case_keywords"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba3a3e0ad56e984b472647ccfd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d67fd6b9d6b9052d89c29ef8ba"`);
    await queryRunner.query(`DROP TABLE "keywords"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d3888078e8639649264919f5c3"`);
    await queryRunner.query(`DROP TABLE "case_crime_types"`);
    await queryRunner.query(`DROP TABLE "crime_types"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3177ee45bae40c13cc9f09a37c"`);
    await queryRunner.query(`DROP TABLE "case_articles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab036a58569825e889326409d2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_935dfc9ee47884cc58b8749529"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54644dc5f4b6350d047ab0ce40"`);
    await queryRunner.query(`DROP TABLE "cases"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8123ee71d34af84aeeb241c6d9"`);
    await queryRunner.query(`DROP TABLE "courts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e8baf56927b68c6eab5c07f7b8"`);
    await queryRunner.query(`DROP TABLE "jurisdictions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f0951aa62fba12d2c85c3fbe7"`);
    await queryRunner.query(`DROP TABLE "articles"`);
    await queryRunner.query(`DROP TABLE "instruments"`);
  }
}

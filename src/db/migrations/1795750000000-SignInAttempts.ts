import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Sign-in attempts counted per (hashed) email and client address, shared by every portal process. */
export class SignInAttempts1795750000000 implements MigrationInterface {
  name = 'SignInAttempts1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempts" ("key" text NOT NULL, "attempts" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "refused" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_sign_in_attempts" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_attempts_window" ON "sign_in_attempts" ("window_started_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_attempts"`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Extensions the search and lookup code relies on (both ship with PostgreSQL and with PGlite). */
export class Extensions1795431600000 implements MigrationInterface {
  name = 'Extensions1795431600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
  }

  public async down(): Promise<void> {
    // Extensions may be shared with other schemas: left in place.
  }
}

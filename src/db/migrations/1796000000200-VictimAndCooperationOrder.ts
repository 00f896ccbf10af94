import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Victim groups and cooperation acts keep the order of the catalogue record they came from (`seq`), as
 * proceedings, defendants and charges do, so a record read back (an export, an audit snapshot) lists them as
 * they were written. Rows written before keep 0 and fall back to their id order.
 */
export class VictimAndCooperationOrder1796000000200 implements MigrationInterface {
  name = 'VictimAndCooperationOrder1796000000200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE victim_groups ADD COLUMN seq integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE cooperation_acts ADD COLUMN seq integer NOT NULL DEFAULT 0`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cooperation_acts DROP COLUMN seq`);
    await q.query(`ALTER TABLE victim_groups DROP COLUMN seq`);
  }
}

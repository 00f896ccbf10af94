import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { classifySentence } from '../../../ingest/normalize/sentence';

const BATCH = 5000;

/**
 * charges.sentence_kind: the kind of sentence (CUSTODIAL, SUSPENDED, LIFE, DEATH, NON_CUSTODIAL), which every
 * write now derives from the sentence text and term, so the sentencing figures can leave out what is not a
 * comparable prison term. The charges already stored are classified here by the same rule, and a term given
 * only in the text ("Imprisonment for 3 years") is filled into prison_months.
 */
export class SentenceKinds1796000000500 implements MigrationInterface {
  name = 'SentenceKinds1796000000500';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE charges ADD COLUMN sentence_kind varchar(16)`);
    await q.query(`ALTER TABLE charges ADD CONSTRAINT "CHK_charges_sentence_kind"
      CHECK (sentence_kind IN ('CUSTODIAL', 'SUSPENDED', 'LIFE', 'DEATH', 'NON_CUSTODIAL'))`);
    await classifyStoredCharges(q);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE charges DROP COLUMN sentence_kind`);
  }
}

/** Classifies every stored charge with a sentence or a term, in batches (also used by the test of this migration). */
export async function classifyStoredCharges(q: QueryRunner): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: { id: string; sentence: string | null; prison_months: number | null }[] = await q.query(
      `SELECT id, sentence, prison_months FROM charges
          WHERE id > $1 AND (sentence IS NOT NULL OR prison_months IS NOT NULL) ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    const classified = rows.map((r) => ({ id: r.id, ...classifySentence(r.sentence, r.prison_months) }));
    await q.query(
      `UPDATE charges c SET sentence_kind = u.kind, prison_months = u.months
           FROM unnest($1::uuid[], $2::text[], $3::int[]) AS u(id, kind, months) WHERE c.id = u.id`,
      [classified.map((c) => c.id), classified.map((c) => c.kind), classified.map((c) => c.prisonMonths)],
    );
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Citations between cases:
 * - `case_citations`: the citing case, the cited case's reference as the catalogue gives it, and the cited case
 *   once a case with that reference exists (NULL until then; set back to NULL if that case is deleted). A case
 *   never cites itself.
 * - `search_documents.cited_by_count`: the number of published cases citing a published case, for the
 *   "most cited" order; the writers keep it with the rest of the document.
 */
export class CaseCitations1796000000400 implements MigrationInterface {
  name = 'CaseCitations1796000000400';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "case_citations" (
      "citing_case_id" uuid NOT NULL,
      "cited_reference" character varying(128) NOT NULL,
      "cited_case_id" uuid,
      CONSTRAINT "PK_case_citations" PRIMARY KEY ("citing_case_id", "cited_reference"),
      CONSTRAINT "CHK_case_citations_not_self" CHECK ("cited_case_id" IS DISTINCT FROM "citing_case_id")
    )`);
    await q.query(`CREATE INDEX "IDX_case_citations_reference" ON "case_citations" ("cited_reference")`);
    await q.query(`CREATE INDEX "IDX_case_citations_cited" ON "case_citations" ("cited_case_id", "citing_case_id")`);
    await q.query(`ALTER TABLE "case_citations" ADD CONSTRAINT "FK_case_citations_citing" FOREIGN KEY ("citing_case_id")
      REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "case_citations" ADD CONSTRAINT "FK_case_citations_cited" FOREIGN KEY ("cited_case_id")
      REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "search_documents" ADD COLUMN "cited_by_count" integer NOT NULL DEFAULT 0`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "search_documents" DROP COLUMN "cited_by_count"`);
    await q.query(`DROP TABLE "case_citations"`);
  }
}

import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column } from 'typeorm';
import { Case } from './case.entity';

/**
 * A case relying on another case, by the cited case's reference. The reference is kept as written, so a
 * citation of a case not (yet) in the catalogue survives; `citedCaseId` is filled as soon as a case with that
 * reference exists, whichever of the two was loaded first (ingest/load/case-writer.ts).
 */
@Entity('case_citations')
@Index(['citedReference'])
@Index(['citedCaseId', 'citingCaseId'])
@Check('"cited_case_id" IS DISTINCT FROM "citing_case_id"')
export class CaseCitation {
  @PrimaryColumn({ name: 'citing_case_id', type: 'uuid' })
  citingCaseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'citing_case_id' })
  citingCase?: Case;

  @PrimaryColumn({ name: 'cited_reference', type: 'varchar', length: 128 })
  citedReference: string;

  @Column({ name: 'cited_case_id', type: 'uuid', nullable: true })
  citedCaseId: string | null;

  @ManyToOne(() => Case, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'cited_case_id' })
  citedCase?: Case | null;
}

import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from './case.entity';

/**
 * A case applying a law, by the law's reference. No foreign key on purpose: a case catalogue may
 * arrive before the legislation it cites; the link resolves as soon as a law with that reference exists.
 */
@Entity('case_laws')
@Index(['lawReference', 'caseId'])
export class CaseLaw {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ name: 'law_reference', type: 'varchar', length: 128 })
  lawReference: string;
}

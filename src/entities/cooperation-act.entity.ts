import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Article } from './article.entity';
import { Case } from './case.entity';
import { Jurisdiction } from './jurisdiction.entity';

@ObjectType({ description: 'International cooperation used in a case: extradition, mutual legal assistance, joint investigation…' })
@Entity('cooperation_acts')
@Index(['caseId'])
export class CooperationAct {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  /** Position in the catalogue record's list (0 for rows written before it was kept). */
  @Column({ type: 'int', default: 0 })
  seq: number;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /** extradition, mutual-legal-assistance, joint-investigation, transfer-of-proceedings, transfer-of-sentenced-persons, confiscation, law-enforcement-cooperation. */
  @Field()
  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ name: 'counterpart_code', type: 'char', length: 3, nullable: true })
  counterpartCode: string | null;

  @ManyToOne(() => Jurisdiction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'counterpart_code' })
  counterpart?: Jurisdiction | null;

  @Column({ name: 'legal_basis_article_id', type: 'varchar', length: 24, nullable: true })
  legalBasisArticleId: string | null;

  @ManyToOne(() => Article, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'legal_basis_article_id' })
  legalBasis?: Article | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}

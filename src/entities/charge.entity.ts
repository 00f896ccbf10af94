import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Defendant } from './defendant.entity';
import { SentenceKind } from './enums';

// Plain fields resolve by property (simpleResolvers: no middleware): none of them is restricted.
@ObjectType({ simpleResolvers: true, description: 'A charge against a defendant: the provision, the verdict and the sentence.' })
@Entity('charges')
@Index(['defendantId', 'seq'], { unique: true })
export class Charge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'defendant_id', type: 'uuid' })
  defendantId: string;

  @ManyToOne(() => Defendant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'defendant_id' })
  defendant?: Defendant;

  @Column({ type: 'int' })
  seq: number;

  /** Reference of the law charged (resolves to a Law when one with that reference is loaded). */
  @Field(() => String, { nullable: true })
  @Index()
  @Column({ name: 'law_reference', type: 'varchar', length: 128, nullable: true })
  lawReference: string | null;

  @Field(() => String, { nullable: true, description: 'guilty, acquitted, dismissed, pending or other.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  verdict: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  sentence: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'prison_months', type: 'int', nullable: true })
  prisonMonths: number | null;

  @Field(() => SentenceKind, { nullable: true, description: 'The kind of sentence, read from the sentence text and term when the record is written; null when none is recorded.' })
  @Column({ name: 'sentence_kind', type: 'varchar', length: 16, nullable: true })
  sentenceKind: SentenceKind | null;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from './case.entity';

@ObjectType({ description: 'One stage of the procedural history: first instance, appeal, cassation…' })
@Entity('proceedings')
@Index(['caseId', 'seq'], { unique: true })
export class Proceeding {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Field(() => Int)
  @Column({ type: 'int' })
  seq: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  stage: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'court_name', type: 'text', nullable: true })
  courtName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;
}

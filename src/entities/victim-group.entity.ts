import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from './case.entity';

@ObjectType({ description: 'A group of victims sharing a profile (never names).' })
@Entity('victim_groups')
@Index(['caseId'])
export class VictimGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  count: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  gender: string | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  child: boolean | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'nationality_code', type: 'char', length: 3, nullable: true })
  nationalityCode: string | null;
}

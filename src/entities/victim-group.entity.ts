import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from './case.entity';

@ObjectType({ description: 'A group of victims sharing a profile, or one identified victim.' })
@Entity('victim_groups')
@Index(['caseId'])
export class VictimGroup {
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

  /** An identified victim's name: the public reads initials only (src/services/privacy.ts). */
  @Field(() => String, { nullable: true, description: 'Initials only, except for the secretariat and the editors of the record.' })
  @Column({ type: 'text', nullable: true })
  name: string | null;

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

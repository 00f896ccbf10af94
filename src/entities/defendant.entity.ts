import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from './case.entity';

// Plain fields resolve by property (simpleResolvers: no middleware): none of them is restricted.
@ObjectType({ simpleResolvers: true, description: 'A natural or legal person prosecuted in a case.' })
@Entity('defendants')
@Index(['caseId', 'seq'], { unique: true })
export class Defendant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'int' })
  seq: number;

  /** The public reads the initials of a defendant who was a minor (src/services/privacy.ts). */
  @Field(() => String, { nullable: true, description: 'Initials only for a defendant who was a minor, except for the secretariat and the editors of the record.' })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field()
  @Column({ name: 'legal_person', type: 'boolean', default: false })
  legalPerson: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  gender: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code.' })
  @Column({ name: 'nationality_code', type: 'char', length: 3, nullable: true })
  nationalityCode: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  age: number | null;
}

import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CatalogueRecord } from './catalogue-record';
import { Jurisdiction } from './jurisdiction.entity';

@ObjectType({ description: 'A piece of national legislation, provision by provision.' })
@Entity('laws')
@Index(['status', 'jurisdictionCode'])
@Check('CHK_laws_status', `"status" IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')`)
export class Law extends CatalogueRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 128 })
  reference: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'jurisdiction_code', type: 'char', length: 3 })
  jurisdictionCode: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code' })
  jurisdiction?: Jurisdiction;

  @Field(() => String, { nullable: true })
  @Column({ name: 'enacted_on', type: 'date', nullable: true })
  enactedOn: string | null;

  @Field(() => String, { nullable: true, description: 'in-force, amended, repealed or draft.' })
  @Column({ name: 'legal_status', type: 'varchar', length: 16, nullable: true })
  legalStatus: string | null;
}

import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Provenance, Source } from './embedded.types';
import { RecordStatus } from './enums';
import { Jurisdiction } from './jurisdiction.entity';

@ObjectType({ description: 'A piece of national legislation, provision by provision.' })
@Entity('laws')
@Index(['status', 'jurisdictionCode'])
export class Law {
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

  @Field(() => [Source])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources: Source[];

  @Field(() => RecordStatus)
  @Column({ type: 'varchar', length: 16, default: RecordStatus.DRAFT })
  status: RecordStatus;

  @Field(() => Provenance, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  provenance: Provenance | null;

  @Column({ name: 'content_hash', type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
